package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.laborbridge.shared.RegionCode;

/**
 * Numbers charters into batches (批次) as the trips service would have: per batch region — the
 * partner region covering the origin on the day, else the origin's prefecture — and year, counting
 * on from the last number already given. Vehicles of one batch region leaving on the same day form
 * one batch, so the numbers run without gaps in the order of the days.
 */
final class Batches {

    /** A charter with its batch. */
    record Numbered(Charter charter, RegionCode region, int year, int no) {}

    private Batches() {}

    static List<Numbered> number(
            List<Charter> charters,
            BiFunction<String, LocalDate, RegionCode> batchRegion,
            Map<String, Integer> lastNumbers) {
        Map<String, TreeSet<LocalDate>> days = new HashMap<>();
        List<RegionCode> regions = new ArrayList<>(charters.size());
        for (Charter charter : charters) {
            RegionCode region = batchRegion.apply(charter.origin(), charter.day());
            regions.add(region);
            days.computeIfAbsent(key(region, charter.day().getYear()), k -> new TreeSet<>())
                    .add(charter.day());
        }
        List<Numbered> numbered = new ArrayList<>(charters.size());
        for (int i = 0; i < charters.size(); i++) {
            Charter charter = charters.get(i);
            RegionCode region = regions.get(i);
            int year = charter.day().getYear();
            String key = key(region, year);
            int no = lastNumbers.getOrDefault(key, 0)
                    + days.get(key).headSet(charter.day()).size()
                    + 1;
            numbered.add(new Numbered(charter, region, year, no));
        }
        numbered.sort(Comparator.comparing((Numbered n) -> n.charter().departure())
                .thenComparing(n -> n.region().value())
                .thenComparing(n -> n.charter().vehicleNo()));
        return numbered;
    }

    static String key(RegionCode region, int year) {
        return region.value() + "/" + year;
    }
}

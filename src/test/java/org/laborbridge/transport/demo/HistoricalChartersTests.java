package org.laborbridge.transport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;

/** The earlier charters at the demo's full size: the mode mix the README states, every seat real. */
class HistoricalChartersTests {

    static final LocalDate LAST = LocalDate.of(2026, 11, 21);

    /** The demo workforce's helped-out people outside Xiangxi, county by county as DemoPeople deals them. */
    static List<WorkerHousehold> article() {
        List<WorkerHousehold> people = new ArrayList<>();
        add(people, List.of("500156"), 30_000);
        add(people, List.of("371321", "371323", "371325", "371328"), 70_000);
        add(
                people,
                List.of(
                        "421102", "421121", "421122", "421123", "421124", "421125", "421126", "421127", "421181",
                        "421182"),
                60_000);
        add(people, List.of("522323", "522324", "522326", "522327"), 24_772);
        return people;
    }

    static void add(List<WorkerHousehold> people, List<String> counties, int count) {
        for (int i = 0; i < count; i++) {
            people.add(new WorkerHousehold(new WorkerId(UUID.randomUUID()), counties.get(i % counties.size())));
        }
    }

    static List<Charter.Workplace> workplaces() {
        List<Charter.Workplace> workplaces = new ArrayList<>();
        for (String county : List.of("370112", "370114", "370102", "370105", "370115")) {
            workplaces.add(new Charter.Workplace(
                    new EmployerId(UUID.randomUUID()), "济南某公司", new RegionCode(county), "工业路 1 号", "人事部 王晓丽"));
        }
        return workplaces;
    }

    List<Charter> plan(List<WorkerHousehold> people) {
        return new HistoricalCharters(CharterRoutes.toJinan(), workplaces(), TransportDemo.CHARTERS_SINCE, LAST)
                .plan(people);
    }

    @Test
    void carriesEveryoneOnceInTheStatedModeMix() {
        List<WorkerHousehold> people = article();
        List<Charter> charters = plan(people);

        Map<TransportMode, Integer> byMode = new EnumMap<>(TransportMode.class);
        Set<WorkerId> carried = new HashSet<>();
        for (Charter charter : charters) {
            byMode.merge(charter.mode(), charter.travellers().size(), Integer::sum);
            charter.travellers().forEach(seat -> carried.add(seat.traveller().worker()));
            assertThat(charter.travellers())
                    .allSatisfy(seat ->
                            assertThat(seat.traveller().householdCounty()).isEqualTo(charter.origin()));
            assertThat(charter.day()).isBetween(TransportDemo.CHARTERS_SINCE, LAST);
            assertThat(charter.arrival()).isAfter(charter.departure());
        }
        assertThat(carried).hasSize(people.size());
        // The README's figures, with Xiangxi's 416 by coach and 112 by carriage added there.
        assertThat(byMode)
                .containsEntry(TransportMode.BUS, 81_408)
                .containsEntry(TransportMode.CARRIAGE, 45_692)
                .containsEntry(TransportMode.TRAIN, 34_000)
                .containsEntry(TransportMode.FLIGHT, 23_672);
        Map<TransportMode, Long> vehicles = charters.stream()
                .collect(java.util.stream.Collectors.groupingBy(Charter::mode, java.util.stream.Collectors.counting()));
        assertThat(vehicles)
                .containsEntry(TransportMode.BUS, 1_630L)
                .containsEntry(TransportMode.CARRIAGE, 400L)
                .containsEntry(TransportMode.FLIGHT, 142L);
        assertThat(charters.stream().filter(c -> c.mode() == TransportMode.TRAIN))
                .hasSize(34)
                .allSatisfy(train -> assertThat(train.travellers()).hasSize(1_000));
        assertThat(XiangxiCharters.TRAVELLERS).isEqualTo(528);
    }

    @Test
    void linyiNeverFliesAndNobodyCharterAPlaneForAFew() {
        List<WorkerHousehold> few = new ArrayList<>();
        add(few, List.of("522323"), 60);
        add(few, List.of("371321"), 500);

        List<Charter> charters = plan(few);

        assertThat(charters).noneMatch(c -> c.mode() == TransportMode.FLIGHT || c.mode() == TransportMode.TRAIN);
        assertThat(charters.stream().mapToInt(c -> c.travellers().size()).sum()).isEqualTo(560);
    }

    @Test
    void batchesRunWithoutGapsPerRegionAndYearAfterTheLastNumberGiven() {
        List<Charter> charters = plan(article().subList(0, 40_000));

        List<Batches.Numbered> numbered = Batches.number(
                charters, (county, day) -> new RegionCode(county.substring(0, 4) + "00"), Map.of("500100/2021", 3));

        Map<String, TreeSet<Integer>> numbers = new HashMap<>();
        Map<String, LocalDate> dayOfBatch = new HashMap<>();
        for (Batches.Numbered batch : numbered) {
            String key = Batches.key(batch.region(), batch.year());
            numbers.computeIfAbsent(key, k -> new TreeSet<>()).add(batch.no());
            LocalDate previous = dayOfBatch.putIfAbsent(
                    key + "/" + batch.no(), batch.charter().day());
            assertThat(previous == null || previous.equals(batch.charter().day()))
                    .isTrue();
        }
        numbers.forEach((key, used) -> {
            int first = key.equals("500100/2021") ? 4 : 1;
            assertThat(used.first()).as(key).isEqualTo(first);
            assertThat(used.last() - used.first() + 1).as(key).isEqualTo(used.size());
        });
    }
}

package org.laborbridge.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Works out today's division for every retired code, once, when the directory loads.
 *
 * <ol>
 *   <li>A curated merger or rename (mergers.tsv) wins: a district merged into its neighbour
 *       leaves no name behind, so nothing else could find 崇文区 → 东城区.
 *   <li>Otherwise the name stem (武隆县 → 武隆) of each name the code carried, latest first, is
 *       matched against today's divisions, same level preferred: in the same prefecture, else
 *       the same province, else the province that took over the whole territory (Sichuan's
 *       east became Chongqing in 1997, Hainan left Guangdong in 1988). A nationwide match
 *       would be wrong too often: 大同县 of Shanxi is not 大同区 of Heilongjiang. Several
 *       matches at one step are ambiguous unless exactly one has the same full name, and end
 *       the search; generic stems (市中, 城关, 郊 …)
 *       only match in their own prefecture. A one-character stem with no match tries its
 *       州 form (通县 → 通州区).
 *   <li>A stem without a current match may have passed to a later code that was renamed in
 *       turn, so later historical codes with the same stem are followed.
 *   <li>Otherwise the nearest current ancestor: the prefecture xxxx00 or the
 *       current prefecture that carries a retired prefecture's name, else the province its
 *       territory lies in now.
 * </ol>
 */
final class RegionSuccessors {

    // Whole territories that changed province: Sichuan's east became Chongqing in 1997,
    // Guangdong's Hainan region became Hainan province in 1988.
    static final Map<String, String> TRANSFERRED_PROVINCES = Map.of("51", "50", "44", "46");

    private final Map<String, Region> current;
    private final Map<String, List<Region>> formerNamesByCode;
    private final Map<String, String> mergers;
    private final Map<String, List<Region>> currentByStem = new HashMap<>();
    private final Map<String, List<Region>> formerByStem = new HashMap<>();

    private RegionSuccessors(
            Map<String, Region> current, Map<String, List<Region>> formerNamesByCode, Map<String, String> mergers) {
        this.current = current;
        this.formerNamesByCode = formerNamesByCode;
        this.mergers = mergers;
        current.values().forEach(r -> index(currentByStem, r));
        formerNamesByCode.values().forEach(names -> names.forEach(r -> index(formerByStem, r)));
    }

    /** Successor codes for every code that is not current. */
    static Map<String, String> compute(
            Map<String, Region> current, Map<String, List<Region>> formerNamesByCode, Map<String, String> mergers) {
        RegionSuccessors successors = new RegionSuccessors(current, formerNamesByCode, mergers);
        Map<String, String> result = new HashMap<>();
        for (String code : formerNamesByCode.keySet()) {
            if (!current.containsKey(code)) {
                result.put(code, successors.successorOf(code));
            }
        }
        return result;
    }

    private static void index(Map<String, List<Region>> byStem, Region region) {
        String stem = RegionNameStem.of(region.name());
        if (!stem.isEmpty()) {
            byStem.computeIfAbsent(stem, s -> new ArrayList<>()).add(region);
        }
    }

    private String successorOf(String code) {
        return byName(code, new HashSet<>()).orElseGet(() -> nearestCurrentAncestor(code));
    }

    private Optional<String> byName(String code, Set<String> visited) {
        visited.add(code);
        if (current.containsKey(code)) {
            return Optional.of(code);
        }
        String merged = mergers.get(code);
        if (merged != null && current.containsKey(merged)) {
            return Optional.of(merged);
        }
        List<Region> names = formerNamesByCode.getOrDefault(code, List.of());
        for (Region former : names) {
            Optional<Region> match = matchByStem(former, currentByStem);
            if (match.isPresent()) {
                return Optional.of(match.get().code().value());
            }
        }
        for (Region former : names) {
            Optional<String> later = laterCodeWithSameStem(former, visited)
                    .flatMap(r -> byName(r.code().value(), visited));
            if (later.isPresent()) {
                return later;
            }
        }
        return Optional.empty();
    }

    // Includes former names of current codes: 万盛区 500110 gave its code to today's 綦江区.
    private Optional<Region> laterCodeWithSameStem(Region former, Set<String> visited) {
        String stem = RegionNameStem.of(former.name());
        List<Region> later = formerByStem.getOrDefault(stem, List.of()).stream()
                .filter(r -> !visited.contains(r.code().value()))
                .filter(r -> !r.validFrom().isBefore(former.validTo()))
                .toList();
        return matchByStem(former, Map.of(stem, later));
    }

    private Optional<Region> matchByStem(Region former, Map<String, List<Region>> byStem) {
        String stem = RegionNameStem.of(former.name());
        List<Region> candidates = byStem.getOrDefault(stem, List.of());
        if (candidates.isEmpty() && stem.length() == 1) {
            // One-character counties took 州 when they became cities or districts: 通县 → 通州区.
            candidates = byStem.getOrDefault(stem + "州", List.of());
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (Predicate<Region> place : places(former.code().value(), stem)) {
            List<Region> sameLevel = candidates.stream()
                    .filter(place)
                    .filter(r -> r.level() == former.level())
                    .toList();
            // A county-level city may have become a prefecture-level city (儋州), a prefecture may
            // have shrunk to the district that carries its name (涪陵地区 → 涪陵区).
            List<Region> found = sameLevel.isEmpty()
                    ? candidates.stream()
                            .filter(place)
                            .filter(r -> coversAsMuch(r, former))
                            .toList()
                    : sameLevel;
            if (!found.isEmpty()) {
                return unique(found, former.name());
            }
        }
        return Optional.empty();
    }

    // 重庆市 was a prefecture-level city of Sichuan before it became a municipality.
    private static boolean coversAsMuch(Region candidate, Region former) {
        return candidate.level() != RegionLevel.PROVINCE || former.level() == RegionLevel.PREFECTURE;
    }

    // 伊宁市 and 伊宁县 share a stem; the full name tells them apart.
    private static Optional<Region> unique(List<Region> found, String formerName) {
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        List<Region> sameName =
                found.stream().filter(r -> r.name().equals(formerName)).toList();
        return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
    }

    /** Where to look, nearest first. */
    private static List<Predicate<Region>> places(String code, String stem) {
        Predicate<Region> samePrefecture = r -> r.code().prefecturePrefix().equals(code.substring(0, 4));
        if (RegionNameStem.isGeneric(stem)) {
            return List.of(samePrefecture);
        }
        String province = code.substring(0, 2);
        String receiving = TRANSFERRED_PROVINCES.get(province);
        return List.of(
                samePrefecture,
                r -> r.code().provincePrefix().equals(province),
                r -> r.code().provincePrefix().equals(receiving));
    }

    private String nearestCurrentAncestor(String code) {
        String prefecture = code.substring(0, 4) + "00";
        String province = code.substring(0, 2) + "0000";
        if (current.containsKey(prefecture)) {
            return prefecture;
        }
        // A retired prefecture lives on under its name (邯郸地区 → 邯郸市), possibly in another
        // province (涪陵地区 → 涪陵区 of 重庆).
        Optional<Region> movedTo = prefecture.equals(code) || prefecture.equals(province)
                ? Optional.empty()
                : byName(prefecture, new HashSet<>(Set.of(code))).map(current::get);
        if (movedTo.isPresent() && movedTo.get().level() == RegionLevel.PREFECTURE) {
            return movedTo.get().code().value();
        }
        String ancestor = movedTo.map(r -> r.code().provincePrefix() + "0000").orElse(province);
        if (!current.containsKey(ancestor)) {
            throw new IllegalStateException("No current division covers retired code " + code);
        }
        return ancestor;
    }
}

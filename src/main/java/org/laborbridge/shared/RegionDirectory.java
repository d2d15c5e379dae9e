package org.laborbridge.shared;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The GB/T 2260 divisions of today and every code assigned since 1980, loaded once from the
 * resources described in {@code regions/README.md}.
 *
 * <p>A resident ID keeps the code of the place that issued it forever, so any code that ever
 * existed is known here and {@link #currentSuccessor} names today's division for it; how
 * retired codes are mapped is explained on {@link RegionSuccessors}. Districts and counties
 * of the four municipalities hang directly below the municipality (500156 → 500000), and
 * county-level cities administered by their province below the province (429004 → 420000).
 */
public final class RegionDirectory {

    private static final DateTimeFormatter LIST_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final RegionDirectory STANDARD = load();

    private final Map<String, Region> current;
    private final Map<String, List<Region>> formerNamesByCode;
    private final Map<String, String> successors;
    private final Map<String, List<Region>> childrenByParent = new HashMap<>();
    private final Set<String> everExisted = new HashSet<>();

    private RegionDirectory(
            Map<String, Region> current, Map<String, List<Region>> formerNamesByCode, Map<String, String> mergers) {
        this.current = current;
        this.formerNamesByCode = formerNamesByCode;
        this.successors = RegionSuccessors.compute(current, formerNamesByCode, mergers);
        everExisted.addAll(current.keySet());
        everExisted.addAll(formerNamesByCode.keySet());
        for (Region region : current.values()) {
            if (region.parentCode() != null) {
                childrenByParent
                        .computeIfAbsent(region.parentCode().value(), p -> new ArrayList<>())
                        .add(region);
            }
        }
    }

    public static RegionDirectory standard() {
        return STANDARD;
    }

    /** Whether the six digits are, or ever were since 1980, a GB/T 2260 code. */
    public boolean everExisted(String code) {
        return everExisted.contains(code);
    }

    /** Today's division under this code, or else the last name the code carried. */
    public Optional<Region> find(RegionCode code) {
        Region today = current.get(code.value());
        if (today != null) {
            return Optional.of(today);
        }
        return formerNamesByCode.getOrDefault(code.value(), List.of()).stream().findFirst();
    }

    public Region require(RegionCode code) {
        return find(code).orElseThrow(RegionDirectory::unknown);
    }

    /** Today's division for any code that ever existed; a current code is its own successor. */
    public Region currentSuccessor(RegionCode code) {
        Region today = current.get(code.value());
        if (today != null) {
            return today;
        }
        String successor = successors.get(code.value());
        if (successor == null) {
            throw unknown();
        }
        return current.get(successor);
    }

    /** The parent chain, nearest first, ending with the province; empty for a province. */
    public List<Region> ancestors(RegionCode code) {
        List<Region> chain = new ArrayList<>();
        for (Region region = require(code); region.parentCode() != null && chain.size() < 3; ) {
            region = require(region.parentCode());
            chain.add(region);
        }
        return chain;
    }

    /**
     * Whether {@code ancestor} covers {@code descendant} today, a division covering itself. A
     * retired descendant code is judged by its successor, so 500232 lies in 500000.
     */
    public boolean contains(RegionCode ancestor, RegionCode descendant) {
        if (!everExisted(descendant.value())) {
            return false;
        }
        Region today = currentSuccessor(descendant);
        return today.code().equals(ancestor)
                || ancestors(today.code()).stream().anyMatch(r -> r.code().equals(ancestor));
    }

    /** Today's divisions directly below this one. */
    public List<Region> children(RegionCode code) {
        return List.copyOf(childrenByParent.getOrDefault(code.value(), List.of()));
    }

    /** Divisions whose name contains the fragment, in either script; current ones first. */
    public List<Region> search(String nameFragment, int limit) {
        String fragment = Simplified.of(nameFragment.strip());
        if (fragment.isEmpty() || limit <= 0) {
            return List.of();
        }
        return Stream.concat(current.values().stream(), formerNames())
                .filter(r -> r.name().contains(fragment))
                .limit(limit)
                .toList();
    }

    /**
     * The division an import names: its exact name ("泸溪县") or a path of names from the
     * province down ("湖南省湘西土家族苗族自治州泸溪县", ancestors may be left out), in either
     * script. Today's divisions win; a former name is accepted only if no current division
     * carries it. Empty when nothing or more than one division matches (市中区).
     */
    public Optional<Region> findByName(String name) {
        String wanted = Simplified.of(name).replaceAll("[\\s/·\\-]", "");
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Region> today = current.values().stream()
                .filter(r -> namesPath(r, wanted))
                .limit(2)
                .toList();
        if (!today.isEmpty()) {
            return today.size() == 1 ? Optional.of(today.get(0)) : Optional.empty();
        }
        List<Region> former =
                formerNames().filter(r -> r.name().equals(wanted)).limit(2).toList();
        return former.size() == 1 ? Optional.of(former.get(0)) : Optional.empty();
    }

    List<Region> currentRegions() {
        return List.copyOf(current.values());
    }

    Set<String> retiredCodes() {
        return Collections.unmodifiableSet(successors.keySet());
    }

    private boolean namesPath(Region region, String wanted) {
        if (!wanted.endsWith(region.name())) {
            return false;
        }
        String above = wanted.substring(0, wanted.length() - region.name().length());
        List<String> ancestorNames = new ArrayList<>(
                ancestors(region.code()).stream().map(Region::name).toList());
        Collections.reverse(ancestorNames);
        return isInOrder(above, ancestorNames);
    }

    private static boolean isInOrder(String text, List<String> names) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < names.size(); i++) {
            if (text.startsWith(names.get(i))
                    && isInOrder(text.substring(names.get(i).length()), names.subList(i + 1, names.size()))) {
                return true;
            }
        }
        return false;
    }

    private Stream<Region> formerNames() {
        return formerNamesByCode.values().stream().flatMap(List::stream);
    }

    private static InvalidValueException unknown() {
        return new InvalidValueException("regionCode", "UNKNOWN");
    }

    private static RegionDirectory load() {
        Map<String, List<String[]>> history = new LinkedHashMap<>();
        readTsv(
                "/regions/history-1980-2019.tsv",
                row -> history.computeIfAbsent(row[0], c -> new ArrayList<>()).add(row));
        Map<String, Region> current = new LinkedHashMap<>();
        readTsv("/regions/current.tsv", row -> current.put(row[0], currentRegion(row, history)));
        Map<String, String> mergers = new HashMap<>();
        readTsv("/regions/mergers.tsv", row -> mergers.put(row[0], row[2]));
        return new RegionDirectory(current, formerNames(history, current), mergers);
    }

    private static Region currentRegion(String[] row, Map<String, List<String[]>> history) {
        YearMonth since = history.getOrDefault(row[0], List.of()).stream()
                .filter(h -> h[1].equals(row[1]))
                .map(h -> YearMonth.parse(h[2], LIST_MONTH))
                .findFirst()
                .orElse(null);
        RegionCode parent = row.length > 3 && !row[3].isEmpty() ? RegionCode.of(row[3]) : null;
        return new Region(RegionCode.of(row[0]), row[1], RegionLevel.valueOf(row[2]), parent, true, since, null);
    }

    /** Every (code, name) of the history that is not today's, latest first per code. */
    private static Map<String, List<Region>> formerNames(
            Map<String, List<String[]>> history, Map<String, Region> current) {
        Map<String, List<Region>> former = new LinkedHashMap<>();
        history.forEach((code, rows) -> {
            Region today = current.get(code);
            List<Region> names = rows.stream()
                    .filter(row -> today == null || !today.name().equals(row[1]))
                    .map(row -> formerRegion(row, history))
                    .sorted(Comparator.comparing(Region::validTo).reversed())
                    .toList();
            if (!names.isEmpty()) {
                former.put(code, names);
            }
        });
        return former;
    }

    private static Region formerRegion(String[] row, Map<String, List<String[]>> history) {
        RegionCode code = RegionCode.of(row[0]);
        return new Region(
                code,
                row[1],
                code.level(),
                formerParent(code, history),
                false,
                YearMonth.parse(row[2], LIST_MONTH),
                YearMonth.parse(row[3], LIST_MONTH));
    }

    /** The lists only imply a retired code's parent: its prefecture if that existed, else its province. */
    private static RegionCode formerParent(RegionCode code, Map<String, List<String[]>> history) {
        String prefecture = code.prefecturePrefix() + "00";
        String province = code.provincePrefix() + "0000";
        return switch (code.level()) {
            case PROVINCE -> null;
            case PREFECTURE -> RegionCode.of(province);
            case COUNTY -> RegionCode.of(history.containsKey(prefecture) ? prefecture : province);
        };
    }

    private static void readTsv(String resource, Consumer<String[]> rowConsumer) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RegionDirectory.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rowConsumer.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts queries in Traditional script; ICU transliterators are not thread-safe. */
    private static final class Simplified {

        private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");

        static String of(String text) {
            synchronized (HANT_TO_HANS) {
                return HANT_TO_HANS.transliterate(text);
            }
        }
    }
}

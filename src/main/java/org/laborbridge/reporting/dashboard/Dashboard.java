package org.laborbridge.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.Statistics;
import org.laborbridge.reporting.Summary;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's figures for one filter: the summary's headline numbers as tiles and the tables
 * behind the charts, each a GROUP BY on the pre-aggregated figures (never the modules' tables).
 * The summary checks the caller and the filter first, so the page refuses exactly what the API
 * refuses; the tables then count the regions the summary counted.
 */
@Service
public class Dashboard {

    /** The table ids, in the page's order; also the names of their downloads. */
    public static final List<String> TABLES =
            List.of("headline", "trend", "modes", "fairs", "retention", "subsidies", "workshops", "regions");

    static final int TREND_MONTHS = 24;
    static final int FAIRS_SHOWN = 20;
    private static final List<String> FOLLOW_UPS = List.of("1", "3", "6");
    private static final List<String> MODES = List.of("BUS", "CARRIAGE", "TRAIN", "FLIGHT");

    private final Statistics statistics;
    private final StatFigures figures;
    private final PartnerRegions partnerRegions;
    private final SubsidyPolicies policies;
    private final FairNames fairNames;
    private final MessageSource messages;
    private final RegionDirectory directory = RegionDirectory.standard();

    Dashboard(
            Statistics statistics,
            StatFigures figures,
            PartnerRegions partnerRegions,
            SubsidyPolicies policies,
            FairNames fairNames,
            MessageSource messages) {
        this.statistics = statistics;
        this.figures = figures;
        this.partnerRegions = partnerRegions;
        this.policies = policies;
        this.fairNames = fairNames;
        this.messages = messages;
    }

    /** Everything the page shows; {@code allFairs} lists every fair rather than the largest few. */
    public DashboardView read(DashboardFilter filter, boolean allFairs) {
        Summary summary = statistics.summary(filter.query());
        Scope scope = new Scope(
                summary.regions().stream()
                        .map(RegionCode::coveringPrefix)
                        .distinct()
                        .toList(),
                summary.from(),
                summary.to());
        Map<Metric, Long> sums = figures.sums(scope.prefixes(), scope.from(), scope.to());
        Map<String, DashboardTable> tables = new LinkedHashMap<>();
        List<FollowUp> followUps = followUps(scope);
        List<Tile> tiles = tiles(summary, sums, followUps, filter);
        tables.put("headline", headline(tiles));
        tables.put("trend", trend(scope));
        tables.put("modes", modes(scope));
        tables.put("fairs", fairs(scope, allFairs));
        tables.put("retention", retention(followUps));
        tables.put("subsidies", subsidies(scope));
        tables.put("workshops", workshops(scope));
        tables.put("regions", regions(summary, scope, filter));
        return new DashboardView(summary, tiles, tables, figures.lastRefreshed().orElse(null));
    }

    /** The regions offered in the filter: the caller's own for a partner, every partner region for staff. */
    public List<RegionOption> regionOptions(String selected) {
        Caller caller = Callers.current();
        Set<String> codes = new TreeSet<>();
        if (caller.is(Role.PARTNER)) {
            codes.addAll(caller.regionCodes());
        } else {
            partnerRegions.all().forEach(region -> codes.add(region.code().value()));
        }
        if (selected != null && !selected.isBlank() && !codes.contains(selected)) {
            codes.add(selected);
        }
        return codes.stream()
                .map(code -> new RegionOption(code, regionName(code)))
                .toList();
    }

    public record RegionOption(String code, String name) {}

    /** The counties and months the tables count, as the summary resolved them. */
    record Scope(List<String> prefixes, YearMonth from, YearMonth to) {}

    private List<Tile> tiles(
            Summary summary, Map<Metric, Long> sums, List<FollowUp> followUps, DashboardFilter filter) {
        Locale locale = LocaleContextHolder.getLocale();
        String region = filter.region();
        String transport =
                link("/transport", "region", region, "from", firstDay(summary.from()), "to", lastDay(summary.to()));
        String fairs = link("/fairs", "hostRegion", region);
        String placements = link(
                "/placements",
                "month",
                summary.from() != null && summary.from().equals(summary.to())
                        ? summary.from().toString()
                        : "");
        String subsidies = link(
                "/subsidies/reports", "region", region, "from", firstDay(summary.from()), "to", lastDay(summary.to()));
        String workshops = link("/workshops", "region", region);
        List<Tile> tiles = new ArrayList<>();
        tiles.add(count("workersHelpedOut", summary.workersHelpedOut(), transport, locale));
        tiles.add(count("pointToPointBatches", summary.pointToPointBatches(), transport, locale));
        tiles.add(count("pointToPointTravellers", summary.pointToPointTravellers(), transport, locale));
        tiles.add(count("fairs", summary.fairs(), fairs, locale));
        tiles.add(count("fairEmployers", summary.fairEmployers(), fairs, locale));
        tiles.add(count("positionsOffered", summary.positionsOffered(), fairs, locale));
        tiles.add(count("fairApplications", sums.get(Metric.FAIR_APPLICATIONS), fairs, locale));
        tiles.add(count("placements", summary.placements(), placements, locale));
        for (FollowUp followUp : followUps) {
            tiles.add(retentionTile(followUp.months(), followUp.due(), followUp.retained(), locale));
        }
        tiles.add(count("subsidiesApproved", sums.get(Metric.SUBSIDIES_APPROVED), subsidies, locale));
        tiles.add(yuan("subsidiesApprovedYuan", fenToYuan(sums.get(Metric.SUBSIDIES_APPROVED_FEN)), subsidies, locale));
        tiles.add(yuan("subsidiesPaidYuan", summary.subsidiesPaidYuan(), subsidies, locale));
        tiles.add(count("workshops", summary.workshops(), workshops, locale));
        tiles.add(count("workshopEmployees", summary.workshopEmployees(), workshops, locale));
        return tiles;
    }

    private Tile count(String key, long value, String href, Locale locale) {
        return new Tile(
                key,
                text("dashboard.tile." + key),
                DashboardTable.format(value, locale),
                Long.toString(value),
                null,
                href);
    }

    private Tile yuan(String key, BigDecimal value, String href, Locale locale) {
        return new Tile(
                key,
                text("dashboard.tile." + key),
                DashboardTable.format(value, locale),
                DashboardTable.plain(value),
                text("dashboard.unit.yuan"),
                href);
    }

    private Tile retentionTile(String months, long due, long retained, Locale locale) {
        BigDecimal rate = rate(retained, due);
        return new Tile(
                "retention" + months,
                text("dashboard.tile.retention", Integer.parseInt(months)),
                rate == null ? "—" : DashboardTable.format(rate, locale) + "%",
                rate == null ? "" : DashboardTable.plain(rate),
                text(
                        "dashboard.tile.retention.note",
                        DashboardTable.format(retained, locale),
                        DashboardTable.format(due, locale)),
                "/placements/due");
    }

    private DashboardTable headline(List<Tile> tiles) {
        List<Row> rows = new ArrayList<>();
        for (Tile tile : tiles) {
            if (tile.raw().isEmpty()) {
                continue;
            }
            rows.add(new Row(List.of(tile.label()), tile.href(), List.of(new BigDecimal(tile.raw()))));
        }
        return new DashboardTable(
                "headline",
                text("dashboard.table.headline"),
                List.of(text("dashboard.column.figure"), text("dashboard.column.value")),
                1,
                rows);
    }

    private DashboardTable trend(Scope scope) {
        List<Metric> metrics = List.of(Metric.WORKERS_HELPED_OUT, Metric.POINT_TO_POINT_TRAVELLERS, Metric.PLACEMENTS);
        Map<Metric, Map<String, Long>> byMonth =
                figures.breakdown(Breakdown.MONTH, metrics, scope.prefixes(), scope.from(), scope.to());
        TreeSet<YearMonth> withData = new TreeSet<>();
        byMonth.values()
                .forEach(months -> months.forEach((month, value) -> {
                    if (value != 0) {
                        withData.add(YearMonth.parse(month));
                    }
                }));
        List<Row> rows = new ArrayList<>();
        if (!withData.isEmpty()) {
            YearMonth last = withData.last();
            YearMonth first = withData.first();
            if (scope.from() == null
                    && scope.to() == null
                    && first.plusMonths(TREND_MONTHS - 1).isBefore(last)) {
                first = last.minusMonths(TREND_MONTHS - 1);
            }
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                String key = month.toString();
                rows.add(new Row(
                        List.of(key),
                        null,
                        metrics.stream()
                                .map(metric -> (Number) byMonth.get(metric).getOrDefault(key, 0L))
                                .toList()));
            }
        }
        return new DashboardTable(
                "trend",
                text("dashboard.table.trend"),
                List.of(
                        text("dashboard.column.month"),
                        text("dashboard.column.helpedOut"),
                        text("dashboard.column.travellers"),
                        text("dashboard.column.placements")),
                1,
                rows);
    }

    private DashboardTable modes(Scope scope) {
        Map<String, Long> travellers = figures.breakdown(
                        Breakdown.DETAIL,
                        List.of(Metric.POINT_TO_POINT_TRAVELLERS),
                        scope.prefixes(),
                        scope.from(),
                        scope.to())
                .get(Metric.POINT_TO_POINT_TRAVELLERS);
        List<Row> rows = new ArrayList<>();
        travellers.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> entry) -> modeOrder(entry.getKey())))
                .forEach(
                        entry -> rows.add(new Row(List.of(modeName(entry.getKey())), null, List.of(entry.getValue()))));
        return new DashboardTable(
                "modes",
                text("dashboard.table.modes"),
                List.of(text("dashboard.column.mode"), text("dashboard.column.travellers")),
                1,
                rows);
    }

    private DashboardTable fairs(Scope scope, boolean all) {
        List<Metric> metrics = List.of(Metric.POSITIONS_OFFERED, Metric.FAIR_EMPLOYERS, Metric.FAIR_APPLICATIONS);
        Map<Metric, Map<String, Long>> byFair =
                figures.breakdown(Breakdown.DETAIL, metrics, scope.prefixes(), scope.from(), scope.to());
        Set<String> fairs = new TreeSet<>();
        byFair.values().forEach(values -> fairs.addAll(values.keySet()));
        List<Row> rows = fairs.stream()
                .map(fair -> new Row(
                        List.of(fair),
                        null,
                        metrics.stream()
                                .map(metric -> (Number) byFair.get(metric).getOrDefault(fair, 0L))
                                .toList()))
                .filter(row -> row.values().stream().anyMatch(value -> value.longValue() != 0))
                .sorted(Comparator.comparingLong((Row row) -> row.longValue(0))
                        .thenComparingLong(row -> row.longValue(1))
                        .reversed())
                .limit(all ? Long.MAX_VALUE : FAIRS_SHOWN)
                .map(row -> new Row(List.of(fairName(row.label())), fairLink(row.label()), row.values()))
                .toList();
        return new DashboardTable(
                "fairs",
                text("dashboard.table.fairs"),
                List.of(
                        text("dashboard.column.fair"),
                        text("dashboard.column.positions"),
                        text("dashboard.column.enterprises"),
                        text("dashboard.column.applications")),
                1,
                rows);
    }

    /** Hires due for the follow-up after N months, and those still employed then. */
    private record FollowUp(String months, long due, long retained) {}

    private List<FollowUp> followUps(Scope scope) {
        Map<Metric, Map<String, Long>> byMonths = figures.breakdown(
                Breakdown.DETAIL,
                List.of(Metric.RETENTION_DUE, Metric.RETAINED),
                scope.prefixes(),
                scope.from(),
                scope.to());
        return FOLLOW_UPS.stream()
                .map(months -> new FollowUp(
                        months,
                        byMonths.get(Metric.RETENTION_DUE).getOrDefault(months, 0L),
                        byMonths.get(Metric.RETAINED).getOrDefault(months, 0L)))
                .toList();
    }

    private DashboardTable retention(List<FollowUp> followUps) {
        List<Row> rows = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            BigDecimal rate = rate(followUp.retained(), followUp.due());
            if (rate != null) {
                rows.add(new Row(
                        List.of(text("dashboard.retention.after", Integer.parseInt(followUp.months()))),
                        null,
                        List.of(followUp.due(), followUp.retained(), rate)));
            }
        }
        return new DashboardTable(
                "retention",
                text("dashboard.table.retention"),
                List.of(
                        text("dashboard.column.followUp"),
                        text("dashboard.column.due"),
                        text("dashboard.column.retained"),
                        text("dashboard.column.rate")),
                1,
                rows);
    }

    private DashboardTable subsidies(Scope scope) {
        List<Metric> metrics =
                List.of(Metric.SUBSIDIES_APPROVED, Metric.SUBSIDIES_APPROVED_FEN, Metric.SUBSIDIES_PAID_FEN);
        Map<Metric, Map<String, Long>> byPolicy =
                figures.breakdown(Breakdown.DETAIL, metrics, scope.prefixes(), scope.from(), scope.to());
        Set<String> codes = new TreeSet<>();
        byPolicy.values().forEach(values -> codes.addAll(values.keySet()));
        Map<String, String> names = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            policies.all().forEach(policy -> names.put(policy.code(), policy.name()));
        }
        List<Row> rows = codes.stream()
                .map(code -> new Row(
                        List.of(code.isEmpty() ? text("dashboard.detail.none") : names.getOrDefault(code, code), code),
                        null,
                        List.<Number>of(
                                byPolicy.get(Metric.SUBSIDIES_APPROVED).getOrDefault(code, 0L),
                                fenToYuan(byPolicy.get(Metric.SUBSIDIES_APPROVED_FEN)
                                        .getOrDefault(code, 0L)),
                                fenToYuan(
                                        byPolicy.get(Metric.SUBSIDIES_PAID_FEN).getOrDefault(code, 0L)))))
                .filter(row -> row.values().stream().anyMatch(value -> value.doubleValue() != 0))
                .toList();
        return new DashboardTable(
                "subsidies",
                text("dashboard.table.subsidies"),
                List.of(
                        text("dashboard.column.policy"),
                        text("dashboard.column.policyCode"),
                        text("dashboard.column.claimsApproved"),
                        text("dashboard.column.approvedYuan"),
                        text("dashboard.column.paidYuan")),
                2,
                rows);
    }

    private DashboardTable workshops(Scope scope) {
        List<Metric> metrics = List.of(Metric.WORKSHOPS, Metric.WORKSHOP_EMPLOYEES);
        Map<Metric, Map<String, Long>> byCounty =
                figures.breakdown(Breakdown.COUNTY, metrics, scope.prefixes(), scope.from(), scope.to());
        Set<String> counties = new TreeSet<>();
        byCounty.values().forEach(values -> counties.addAll(values.keySet()));
        List<Row> rows = counties.stream()
                .map(county -> new Row(
                        List.of(regionName(county), county),
                        link("/workshops", "region", county),
                        metrics.stream()
                                .map(metric -> (Number) byCounty.get(metric).getOrDefault(county, 0L))
                                .toList()))
                .filter(row -> row.longValue(0) != 0 || row.longValue(1) != 0)
                .sorted(Comparator.comparingLong((Row row) -> row.longValue(0))
                        .thenComparingLong(row -> row.longValue(1))
                        .reversed())
                .toList();
        return new DashboardTable(
                "workshops",
                text("dashboard.table.workshops"),
                List.of(
                        text("dashboard.column.county"),
                        text("dashboard.column.code"),
                        text("dashboard.column.workshops"),
                        text("dashboard.column.employees")),
                2,
                rows);
    }

    private DashboardTable regions(Summary summary, Scope scope, DashboardFilter filter) {
        List<Metric> metrics = List.of(
                Metric.WORKERS_HELPED_OUT,
                Metric.POINT_TO_POINT_TRAVELLERS,
                Metric.FAIRS,
                Metric.POSITIONS_OFFERED,
                Metric.PLACEMENTS,
                Metric.SUBSIDIES_PAID_FEN,
                Metric.WORKSHOPS,
                Metric.WORKSHOP_EMPLOYEES);
        Map<String, String> prefixes = new LinkedHashMap<>();
        // A row per partner region, or per filtered region inside one, named for what it counts.
        Map<String, String> filtered = new LinkedHashMap<>();
        summary.regions().forEach(code -> filtered.putIfAbsent(RegionCode.coveringPrefix(code), code));
        for (RegionOption region : regionOptions(null)) {
            narrowed(RegionCode.coveringPrefix(region.code()), scope.prefixes())
                    .ifPresent(prefix -> prefixes.putIfAbsent(
                            prefix.equals(RegionCode.coveringPrefix(region.code()))
                                    ? region.code()
                                    : filtered.getOrDefault(prefix, region.code()),
                            prefix));
        }
        Map<Metric, Map<String, Long>> byRegion =
                figures.byPrefix(metrics, prefixes.values().stream().distinct().toList(), scope.from(), scope.to());
        List<Row> rows = new ArrayList<>();
        prefixes.forEach((code, prefix) -> rows.add(new Row(
                List.of(regionName(code), code),
                "/reporting" + new DashboardFilter(code, filter.from(), filter.to()).parameters(),
                metrics.stream()
                        .map(metric -> {
                            long value = byRegion.get(metric).getOrDefault(prefix, 0L);
                            return metric == Metric.SUBSIDIES_PAID_FEN ? (Number) fenToYuan(value) : (Number) value;
                        })
                        .toList())));
        return new DashboardTable(
                "regions",
                text("dashboard.table.regions"),
                List.of(
                        text("dashboard.column.region"),
                        text("dashboard.column.code"),
                        text("dashboard.column.helpedOut"),
                        text("dashboard.column.travellers"),
                        text("dashboard.column.fairs"),
                        text("dashboard.column.positions"),
                        text("dashboard.column.placements"),
                        text("dashboard.column.paidYuan"),
                        text("dashboard.column.workshops"),
                        text("dashboard.column.employees")),
                2,
                rows);
    }

    /** The part of a partner region inside the filter: itself, the filtered region within it, or nothing. */
    private static Optional<String> narrowed(String region, List<String> filter) {
        if (filter.isEmpty()) {
            return Optional.of(region);
        }
        for (String prefix : filter) {
            if (region.startsWith(prefix)) {
                return Optional.of(region);
            }
            if (prefix.startsWith(region)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    private String fairName(String fairId) {
        if (fairId.isEmpty()) {
            return text("dashboard.detail.none");
        }
        return fairNames.name(fairId).orElse(fairId);
    }

    private static String fairLink(String fairId) {
        return fairId.isEmpty() ? null : "/fairs/" + fairId;
    }

    private String modeName(String mode) {
        if (mode.isEmpty()) {
            return text("dashboard.detail.none");
        }
        return messages.getMessage("transport.mode." + mode, null, mode, LocaleContextHolder.getLocale());
    }

    private static int modeOrder(String mode) {
        int index = MODES.indexOf(mode);
        return index < 0 ? MODES.size() : index;
    }

    String regionName(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return code == null ? "" : code;
        }
        return directory.find(RegionCode.of(code)).map(region -> region.name()).orElse(code);
    }

    static BigDecimal rate(long retained, long due) {
        if (due == 0) {
            return null;
        }
        return BigDecimal.valueOf(retained * 100).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal fenToYuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static String firstDay(YearMonth month) {
        return month == null ? "" : month.atDay(1).toString();
    }

    private static String lastDay(YearMonth month) {
        return month == null ? "" : month.atEndOfMonth().toString();
    }

    /** A list's address with the given parameters, leaving out blank ones. */
    static String link(String path, String... nameValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null && !nameValues[i + 1].isBlank()) {
                uri.queryParam(nameValues[i], nameValues[i + 1]);
            }
        }
        return uri.build().encode().toUriString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}

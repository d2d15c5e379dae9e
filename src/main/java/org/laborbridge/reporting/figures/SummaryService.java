package org.laborbridge.reporting.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.Statistics;
import org.laborbridge.reporting.Summary;
import org.laborbridge.reporting.SummaryQuery;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The summary from {@code stat_figure} alone: one indexed GROUP BY per request. */
@Service
class SummaryService implements Statistics {

    private final StatFigures figures;
    private final RegionDirectory directory = RegionDirectory.standard();

    SummaryService(StatFigures figures) {
        this.figures = figures;
    }

    @Override
    public Summary summary(SummaryQuery query) {
        Caller caller = Callers.current();
        if (!caller.role().isBureauStaff() && !caller.is(Role.PARTNER)) {
            throw new AccessDeniedException("Only bureau and partner staff see the programme's figures");
        }
        List<Violation> violations = new ArrayList<>();
        for (String region : query.regions()) {
            if (!known(region)) {
                violations.add(Violation.of("region", "UNKNOWN", "invalid.stats.region.UNKNOWN", region));
            }
        }
        YearMonth from = Months.parse(query.from(), "from", violations);
        YearMonth to = Months.parse(query.to(), "to", violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of("to", "BEFORE_FROM", "invalid.stats.to.BEFORE_FROM", query.to(), query.from()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<String> regions = query.regions();
        if (caller.is(Role.PARTNER)) {
            for (String region : regions) {
                if (!caller.coversRegion(region)) {
                    throw new AccessDeniedException("Region " + region + " is outside the partner's regions");
                }
            }
            if (regions.isEmpty()) {
                regions = caller.regionCodes();
            }
            if (regions.isEmpty()) {
                throw new AccessDeniedException("A partner without regions sees no figures");
            }
        }
        Map<Metric, Long> sums = figures.sums(
                regions.stream().map(RegionCode::coveringPrefix).distinct().toList(), from, to);
        return new Summary(
                regions,
                from,
                to,
                sums.get(Metric.WORKERS_HELPED_OUT),
                sums.get(Metric.POINT_TO_POINT_BATCHES),
                sums.get(Metric.POINT_TO_POINT_TRAVELLERS),
                sums.get(Metric.FAIRS),
                sums.get(Metric.FAIR_EMPLOYERS),
                sums.get(Metric.POSITIONS_OFFERED),
                sums.get(Metric.PLACEMENTS),
                sums.get(Metric.WORKSHOPS),
                sums.get(Metric.WORKSHOP_EMPLOYEES),
                BigDecimal.valueOf(sums.get(Metric.SUBSIDIES_PAID_FEN), 2));
    }

    private boolean known(String region) {
        if (!region.matches("[0-9]{6}")) {
            return false;
        }
        return directory.find(RegionCode.of(region)).isPresent();
    }
}

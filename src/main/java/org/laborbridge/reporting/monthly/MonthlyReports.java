package org.laborbridge.reporting.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly reports per partner region (a region registered in the cooperation module) and month.
 *
 * <ul>
 *   <li>One report per region and month, for a month that has ended on the bureau's calendar.
 *   <li>A caseworker (or administrator) submits it: its figures are snapshotted from the
 *       pre-aggregated figures by {@link LateRecordRule} (flows: the month plus records that
 *       arrived late for earlier locked months; stocks: the stock at the month's end).
 *   <li>A region's month may be submitted only when it has no earlier report or the month before
 *       is locked ({@link ReportOrderRule}).
 *   <li>An approver (or administrator) who did not submit it ({@link FourEyesRule}) locks it — from
 *       then on neither it nor its figures change (service and database) — or returns it with a
 *       reason, after which it may be submitted again with a fresh snapshot.
 *   <li>Partner staff read the reports of their regions; enterprises and workers none.
 * </ul>
 *
 * Refusals: wrong role {@code AccessDeniedException} (403); a report the caller may not see
 * {@link RecordNotFoundException} (404); bad input {@link InvalidInputException} (422, fields
 * {@code region}, {@code month}, {@code reason}, {@code approver}); a step the report's state does
 * not allow {@link StepRefusedException} (409). Nothing is stored when refused.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);
    private static final int REASON_MAX = 2000;

    private final MonthlyReportStore store;
    private final StatFigures figures;
    private final PartnerRegions partnerRegions;
    private final Clock clock;
    private final FourEyesRule fourEyes = new FourEyesRule();
    private final ReportOrderRule order = new ReportOrderRule();
    private final LateRecordRule lateRecords = new LateRecordRule();

    MonthlyReports(MonthlyReportStore store, StatFigures figures, PartnerRegions partnerRegions) {
        this.store = store;
        this.figures = figures;
        this.partnerRegions = partnerRegions;
        this.clock = Clock.system(BureauTime.ZONE);
    }

    /** What a preview or a submission would store, before anything is stored. */
    public record Preview(String region, YearMonth month, List<FigureLine> figures) {}

    /** A submission's result: {@code created} false when a returned report was submitted again. */
    public record Submitted(MonthlyReportView report, boolean created) {}

    /** The partner regions the caller may see reports of, by code. */
    public List<PartnerRegion> regions() {
        Caller caller = Callers.current();
        MonthlyAccess.checkRead(caller);
        return partnerRegions.all().stream()
                .filter(region -> caller.coversRegion(region.code().value()))
                .toList();
    }

    public boolean maySubmit() {
        return Callers.find().map(MonthlyAccess::maySubmit).orElse(false);
    }

    public boolean mayApprove() {
        return Callers.find().map(MonthlyAccess::mayApprove).orElse(false);
    }

    /** Newest first, filtered by region code and status (blank: any); a partner sees their regions only. */
    public List<MonthlyReportView> list(String region, String status) {
        Caller caller = Callers.current();
        MonthlyAccess.checkRead(caller);
        List<Violation> violations = new ArrayList<>();
        String code = blank(region) ? null : region.strip();
        if (code != null && !code.matches("[0-9]{6}")) {
            violations.add(Violation.of("region", "UNKNOWN", "reporting.monthly.invalid.region.UNKNOWN", region));
        }
        ReportStatus wanted = null;
        if (!blank(status)) {
            try {
                wanted = ReportStatus.valueOf(status.strip());
            } catch (IllegalArgumentException unknown) {
                violations.add(Violation.of("status", "UNKNOWN", "reporting.monthly.invalid.status.UNKNOWN", status));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<String> scope = null;
        if (caller.is(Role.PARTNER)) {
            if (code != null && !caller.coversRegion(code)) {
                throw new AccessDeniedException("Region " + code + " is outside the partner's regions");
            }
            scope = caller.regionCodes().stream()
                    .map(RegionCode::coveringPrefix)
                    .distinct()
                    .toList();
        }
        return store.list(scope, code, wanted);
    }

    /** One report with its figures and steps; 404 when it does not exist or is outside the partner's regions. */
    public MonthlyReportView get(UUID id) {
        Caller caller = Callers.current();
        MonthlyAccess.checkRead(caller);
        return store.find(id)
                .filter(report -> caller.coversRegion(report.region()))
                .orElseThrow(() -> new RecordNotFoundException("monthlyReport", id));
    }

    /** The figures a submission of this region and month would store now; nothing is stored. */
    public Preview preview(String region, String month) {
        Caller caller = Callers.current();
        MonthlyAccess.checkRead(caller);
        Target target = target(region, month);
        if (!caller.coversRegion(target.region())) {
            throw new AccessDeniedException("Outside the partner's regions");
        }
        return new Preview(target.region(), target.month(), snapshot(target.region(), target.month()));
    }

    @Transactional
    public Submitted submit(String region, String month) {
        Caller caller = Callers.current();
        MonthlyAccess.checkSubmit(caller);
        Target target = target(region, month);
        Optional<MonthlyReportView> existing = store.find(target.region(), target.month());
        if (existing.isPresent()) {
            switch (existing.get().status()) {
                case LOCKED ->
                    throw new StepRefusedException(
                            "ALREADY_LOCKED", target.month().toString());
                case SUBMITTED ->
                    throw new StepRefusedException(
                            "ALREADY_SUBMITTED", target.month().toString());
                case RETURNED -> {
                    // Submitted again below with a fresh snapshot.
                }
            }
        }
        order.check(
                target.month(),
                store.hasEarlier(target.region(), target.month()),
                store.find(target.region(), target.month().minusMonths(1)).map(MonthlyReportView::status));
        List<FigureLine> lines = snapshot(target.region(), target.month());
        Instant now = clock.instant();
        UUID id;
        boolean created;
        if (existing.isPresent()) {
            id = existing.get().id();
            store.findForUpdate(id);
            if (!store.resubmit(id, caller.username(), now)) {
                throw new StepRefusedException(
                        "ALREADY_SUBMITTED", target.month().toString());
            }
            created = false;
        } else {
            id = UUID.randomUUID();
            if (!store.insert(id, target.region(), target.month(), caller.username(), now)) {
                throw new StepRefusedException(
                        "ALREADY_SUBMITTED", target.month().toString());
            }
            created = true;
        }
        store.replaceFigures(id, lines);
        store.addStep(id, ReportStatus.SUBMITTED, caller.username(), now, null);
        log.info("Monthly report {} {} submitted by {}", target.region(), target.month(), caller.username());
        return new Submitted(store.find(id).orElseThrow(), created);
    }

    @Transactional
    public MonthlyReportView lock(UUID id) {
        Caller caller = Callers.current();
        MonthlyAccess.checkApprove(caller);
        MonthlyReportView report = waitingForApproval(id);
        fourEyes.check(caller.username(), store.submitters(id)).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        Instant now = clock.instant();
        // The step first: once the row says LOCKED the database takes nothing more for this report.
        store.addStep(id, ReportStatus.LOCKED, caller.username(), now, null);
        if (!store.lock(id, caller.username(), now)) {
            throw new StepRefusedException("ALREADY_LOCKED", report.month().toString());
        }
        log.info("Monthly report {} {} locked by {}", report.region(), report.month(), caller.username());
        return store.find(id).orElseThrow();
    }

    @Transactional
    public MonthlyReportView returnReport(UUID id, String reason) {
        Caller caller = Callers.current();
        MonthlyAccess.checkApprove(caller);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(
                    Violation.of("reason", "REQUIRED", "reporting.monthly.invalid.reason.REQUIRED"));
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException(
                    Violation.of("reason", "LENGTH", "reporting.monthly.invalid.reason.LENGTH", REASON_MAX));
        }
        MonthlyReportView report = waitingForApproval(id);
        Instant now = clock.instant();
        store.addStep(id, ReportStatus.RETURNED, caller.username(), now, why);
        if (!store.giveBack(id, caller.username(), now, why)) {
            throw new StepRefusedException("NOT_SUBMITTED", report.month().toString());
        }
        return store.find(id).orElseThrow();
    }

    private MonthlyReportView waitingForApproval(UUID id) {
        MonthlyReportView report = store.findForUpdate(id)
                .filter(found -> Callers.current().coversRegion(found.region()))
                .orElseThrow(() -> new RecordNotFoundException("monthlyReport", id));
        if (report.status() == ReportStatus.LOCKED) {
            throw new StepRefusedException("ALREADY_LOCKED", report.month().toString());
        }
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new StepRefusedException("NOT_SUBMITTED", report.month().toString());
        }
        return report;
    }

    private List<FigureLine> snapshot(String region, YearMonth month) {
        List<String> prefix = List.of(RegionCode.coveringPrefix(region));
        Map<Metric, Long> own = figures.sums(prefix, month, month);
        Map<Metric, Long> lockedCurrent = new EnumMap<>(Metric.class);
        for (List<YearMonth> run : runs(store.lockedMonthsBefore(region, month))) {
            figures.sums(prefix, run.get(0), run.get(run.size() - 1))
                    .forEach((metric, value) -> lockedCurrent.merge(metric, value, Long::sum));
        }
        return lateRecords.figures(own, lockedCurrent, store.lockedValuesBefore(region, month));
    }

    /** Consecutive months together, so that each run is one query. */
    static List<List<YearMonth>> runs(List<YearMonth> months) {
        List<List<YearMonth>> runs = new ArrayList<>();
        for (YearMonth month : months) {
            if (runs.isEmpty()) {
                runs.add(new ArrayList<>(List.of(month)));
                continue;
            }
            List<YearMonth> last = runs.get(runs.size() - 1);
            if (last.get(last.size() - 1).plusMonths(1).equals(month)) {
                last.add(month);
            } else {
                runs.add(new ArrayList<>(List.of(month)));
            }
        }
        return runs;
    }

    private record Target(String region, YearMonth month) {}

    private Target target(String region, String month) {
        List<Violation> violations = new ArrayList<>();
        String code = blank(region) ? "" : region.strip();
        if (code.isEmpty()) {
            violations.add(Violation.of("region", "REQUIRED", "reporting.monthly.invalid.region.REQUIRED"));
        } else if (partnerRegions.all().stream()
                .noneMatch(partner -> partner.code().value().equals(code))) {
            violations.add(Violation.of("region", "UNKNOWN", "reporting.monthly.invalid.region.UNKNOWN", region));
        }
        YearMonth parsed = ReportMonth.parse(month, BureauTime.today(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Target(code, parsed);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

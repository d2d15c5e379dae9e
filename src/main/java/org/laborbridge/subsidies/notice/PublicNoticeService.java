package org.laborbridge.subsidies.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.subsidies.NoticeEntry;
import org.laborbridge.subsidies.PublicNotice;
import org.laborbridge.subsidies.clock.WorkingDays;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the notice for anyone, signed in or not: it shows only what a notice board may show, the
 * names cut to the family name and the ID numbers as the registry masks them.
 */
@Service
@Transactional(readOnly = true)
class PublicNoticeService implements PublicNotice {

    private final JdbcClient jdbc;
    private final WorkerRegistry registry;
    private final NoticePeriod period;
    private final RegionDirectory regions = RegionDirectory.standard();

    PublicNoticeService(
            JdbcClient jdbc,
            WorkerRegistry registry,
            WorkingDays workingDays,
            @Value("${laborbridge.subsidies.notice-working-days:5}") int noticeWorkingDays) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.period = new NoticePeriod(workingDays, noticeWorkingDays);
    }

    private record Row(
            String number,
            String policyName,
            UUID worker,
            String householdCounty,
            String payeeKind,
            String payeeName,
            long amountFen,
            LocalDate noticeFrom,
            LocalDate noticeUntil) {}

    @Override
    public List<NoticeEntry> runningOn(LocalDate day) {
        List<Row> rows = jdbc.sql("""
                        select a.number, p.name as policy_name, a.worker_id as worker, a.household_county,
                               a.payee_kind, a.payee_name, a.amount_fen, a.notice_from, a.notice_until
                          from subsidy_application a
                          join subsidy_policy p on p.id = a.policy_id
                         where a.status = 'APPROVED' and a.notice_until >= :day
                           and (a.approved_at at time zone 'Asia/Shanghai')::date <= :day
                         order by a.approved_at desc, a.number desc
                        """).param("day", day).query(Row.class).list();
        Map<UUID, WorkerSummary> workers =
                registry
                        .summariesOf(rows.stream()
                                .map(row -> new WorkerId(row.worker()))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(summary -> summary.id().value(), Function.identity(), (a, b) -> a));
        return rows.stream().map(row -> entry(row, workers.get(row.worker()))).toList();
    }

    private NoticeEntry entry(Row row, WorkerSummary worker) {
        String name = worker == null ? null : worker.name();
        String payee = "WORKER".equals(row.payeeKind()) ? NoticeNames.mask(row.payeeName()) : row.payeeName();
        return new NoticeEntry(
                row.number(),
                row.policyName(),
                NoticeNames.mask(name),
                worker == null ? "" : worker.residentId(),
                countyName(row.householdCounty()),
                payee,
                Money.ofFen(row.amountFen()),
                row.noticeFrom(),
                row.noticeUntil());
    }

    private String countyName(String code) {
        return regions.find(RegionCode.of(code)).map(region -> region.name()).orElse(code);
    }

    @Override
    public LocalDate noticeUntil(LocalDate approvedOn) {
        return period.until(approvedOn);
    }

    @Override
    public LocalDate noticeFrom(LocalDate approvedOn) {
        return period.from(approvedOn);
    }
}

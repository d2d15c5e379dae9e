package org.laborbridge.subsidies.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApprovalFigure;
import org.laborbridge.subsidies.ReportRow;
import org.laborbridge.subsidies.SubsidyFigure;
import org.laborbridge.subsidies.SubsidyReports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Totals of claims by policy, partner region or month. The database sums by policy, county and
 * month; the counties are then folded into the partner regions covering them (a county no
 * agreement covers counts under "other") and narrowed to a partner's own regions.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements SubsidyReports {

    static final String OTHER = "OTHER";

    private final JdbcClient jdbc;
    private final PartnerRegions partnerRegions;
    private final MessageSource messages;

    ReportService(JdbcClient jdbc, PartnerRegions partnerRegions, MessageSource messages) {
        this.jdbc = jdbc;
        this.partnerRegions = partnerRegions;
        this.messages = messages;
    }

    /** Sums of one policy, county and month; claims made and paid are counted separately. */
    record Cell(
            String code,
            String name,
            String county,
            String month,
            long applied,
            long approved,
            long approvedFen,
            long paidClaims,
            long paidFen) {}

    @Override
    public List<ReportRow> totals(By by, LocalDate from, LocalDate to, String region) {
        Caller caller = Callers.current();
        if (!caller.role().isBureauStaff() && !caller.is(Role.PARTNER)) {
            throw new AccessDeniedException("Subsidy reports are for bureau and partner staff");
        }
        String filter = region == null || region.isBlank() ? null : region.strip();
        if (filter != null && !filter.matches("\\d{6}")) {
            throw new InvalidInputException(
                    Violation.of("region", "FORMAT", "subsidies.invalid.reportRegion.FORMAT", filter));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(
                    Violation.of("to", "REVERSED", "subsidies.invalid.reportPeriod.REVERSED", from, to));
        }
        if (filter != null && !caller.coversRegion(filter)) {
            throw new AccessDeniedException("The region lies outside the caller's partner regions");
        }
        String prefix = filter == null ? "" : RegionCode.coveringPrefix(filter);
        List<Cell> cells = cells(from, to, prefix).stream()
                .filter(cell -> caller.coversRegion(cell.county()))
                .toList();
        List<PartnerRegion> partners = by == By.REGION ? mostSpecificFirst(partnerRegions.all()) : List.of();
        Map<String, Optional<PartnerRegion>> regions = new HashMap<>();
        Function<Cell, String[]> key = switch (by == null ? By.POLICY : by) {
            case POLICY -> cell -> new String[] {cell.code(), cell.name()};
            case MONTH -> cell -> new String[] {cell.month(), cell.month()};
            case REGION ->
                cell -> regions.computeIfAbsent(cell.county(), county -> covering(partners, county))
                        .map(partner -> new String[] {partner.code().value(), partner.regionName()})
                        .orElseGet(() -> new String[] {OTHER, otherLabel()});
        };
        Map<String, Sum> sums = new TreeMap<>(
                Comparator.comparing((String k) -> k.equals(OTHER)).thenComparing(k -> k));
        for (Cell cell : cells) {
            String[] named = key.apply(cell);
            sums.computeIfAbsent(named[0], k -> new Sum(named[1])).add(cell);
        }
        List<ReportRow> rows = new ArrayList<>();
        sums.forEach((k, sum) -> rows.add(sum.row(k)));
        return rows;
    }

    /**
     * The partner region whose area holds the county, whatever the dates of its agreement: a
     * report of 2020 still counts Luxi under Xiangxi. The most specific region wins.
     */
    private static Optional<PartnerRegion> covering(List<PartnerRegion> partners, String county) {
        return partners.stream()
                .filter(partner -> county.startsWith(
                        RegionCode.coveringPrefix(partner.code().value())))
                .findFirst();
    }

    private static List<PartnerRegion> mostSpecificFirst(List<PartnerRegion> partners) {
        return partners.stream()
                .sorted(Comparator.comparingInt((PartnerRegion partner) -> RegionCode.coveringPrefix(
                                        partner.code().value())
                                .length())
                        .reversed())
                .toList();
    }

    private String otherLabel() {
        return messages.getMessage("subsidies.reports.other", null, OTHER, LocaleContextHolder.getLocale());
    }

    private List<Cell> cells(LocalDate from, LocalDate to, String prefix) {
        return jdbc.sql("""
                        with made as (
                            select a.policy_id, a.household_county,
                                   to_char(a.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                                   count(*) as applied,
                                   count(*) filter (where a.status in ('APPROVED', 'PAID')) as approved,
                                   coalesce(sum(a.amount_fen) filter (where a.status in ('APPROVED', 'PAID')), 0)
                                       as approved_fen
                              from subsidy_application a
                             where (cast(:from as date) is null
                                    or (a.created_at at time zone 'Asia/Shanghai')::date >= cast(:from as date))
                               and (cast(:to as date) is null
                                    or (a.created_at at time zone 'Asia/Shanghai')::date <= cast(:to as date))
                               and a.household_county like :prefix
                             group by 1, 2, 3),
                        paid as (
                            select a.policy_id, a.household_county, to_char(s.paid_on, 'YYYY-MM') as month,
                                   count(distinct a.id) as paid_claims, sum(s.amount_fen) as paid_fen
                              from subsidy_stage s
                              join subsidy_application a on a.id = s.application_id
                             where s.status = 'PAID'
                               and (cast(:from as date) is null or s.paid_on >= cast(:from as date))
                               and (cast(:to as date) is null or s.paid_on <= cast(:to as date))
                               and a.household_county like :prefix
                             group by 1, 2, 3)
                        select p.code, p.name, coalesce(m.household_county, d.household_county) as county,
                               coalesce(m.month, d.month) as month,
                               coalesce(m.applied, 0) as applied, coalesce(m.approved, 0) as approved,
                               coalesce(m.approved_fen, 0) as approved_fen,
                               coalesce(d.paid_claims, 0) as paid_claims, coalesce(d.paid_fen, 0) as paid_fen
                          from made m
                          full join paid d
                            on d.policy_id = m.policy_id and d.household_county = m.household_county
                           and d.month = m.month
                          join subsidy_policy p on p.id = coalesce(m.policy_id, d.policy_id)
                        """)
                .param("from", from)
                .param("to", to)
                .param("prefix", prefix + "%")
                .query(Cell.class)
                .list();
    }

    private static final class Sum {
        private final String label;
        private long applied;
        private long approved;
        private long approvedFen;
        private long paidClaims;
        private long paidFen;

        Sum(String label) {
            this.label = label;
        }

        void add(Cell cell) {
            applied += cell.applied();
            approved += cell.approved();
            approvedFen += cell.approvedFen();
            paidClaims += cell.paidClaims();
            paidFen += cell.paidFen();
        }

        ReportRow row(String key) {
            return new ReportRow(
                    key, label, applied, approved, paidClaims, Money.ofFen(approvedFen), Money.ofFen(paidFen));
        }
    }

    @Override
    public List<SubsidyFigure> paidFigures() {
        return jdbc.sql("""
                        select a.household_county, date_trunc('month', s.paid_on)::date as month, p.code,
                               sum(s.amount_fen) as paid_fen
                          from subsidy_stage s
                          join subsidy_application a on a.id = s.application_id
                          join subsidy_policy p on p.id = a.policy_id
                         where s.status = 'PAID'
                         group by 1, 2, 3
                        """)
                .query((row, number) -> new SubsidyFigure(
                        row.getString("household_county"), month(row), row.getString("code"), row.getLong("paid_fen")))
                .list();
    }

    @Override
    public List<ApprovalFigure> approvalFigures() {
        return jdbc.sql("""
                        select a.household_county, date_trunc('month', a.approved_at at time zone 'Asia/Shanghai')::date
                               as month, p.code, count(*) as claims, sum(a.amount_fen) as amount_fen
                          from subsidy_application a
                          join subsidy_policy p on p.id = a.policy_id
                         where a.status in ('APPROVED', 'PAID') and a.approved_at is not null
                         group by 1, 2, 3
                        """)
                .query((row, number) -> new ApprovalFigure(
                        row.getString("household_county"),
                        month(row),
                        row.getString("code"),
                        row.getLong("claims"),
                        row.getLong("amount_fen")))
                .list();
    }

    private static YearMonth month(ResultSet row) throws SQLException {
        return YearMonth.from(row.getDate("month").toLocalDate());
    }
}

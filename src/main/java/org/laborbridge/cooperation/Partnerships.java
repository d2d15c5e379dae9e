package org.laborbridge.cooperation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored partnerships; a few dozen rows at most, so reads that need them all simply load them. */
@Repository
class Partnerships {

    private static final String COLUMNS = "id, region_code, agreement_name, valid_from, valid_to, flags, notes";

    private final JdbcClient jdbc;
    private final RegionDirectory directory;

    Partnerships(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.directory = RegionDirectory.standard();
    }

    List<Partnership> all() {
        return jdbc.sql("select " + COLUMNS + " from partner_region order by region_code")
                .query(this::partnership)
                .list();
    }

    Optional<Partnership> find(PartnerRegionId id) {
        return jdbc.sql("select " + COLUMNS + " from partner_region where id = :id")
                .param("id", id.value())
                .query(this::partnership)
                .optional();
    }

    /** Partnerships registered under any of these codes: a county's own, its prefecture's, its province's. */
    List<Partnership> registeredUnder(List<RegionCode> codes) {
        return jdbc.sql("select " + COLUMNS + " from partner_region where region_code = any(:codes)")
                .param("codes", codes.stream().map(RegionCode::value).toArray(String[]::new))
                .query(this::partnership)
                .list();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from partner_region)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Serialises registrations and changes until the transaction ends: the overlap rule reads
     * every partnership, and two administrators adding a prefecture and one of its counties at
     * the same moment must not both pass it.
     */
    void lockForChanges() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('partner_region'))")
                .query((row, number) -> 0)
                .single();
    }

    void insert(Partnership partnership) {
        jdbc.sql("""
                        insert into partner_region (id, region_code, agreement_name, valid_from, valid_to, flags, notes)
                        values (:id, :regionCode, :agreementName, :validFrom, :validTo, :flags, :notes)
                        """).params(columns(partnership)).update();
    }

    private static Map<String, Object> columns(Partnership partnership) {
        AgreementTerms terms = partnership.terms();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", partnership.id().value());
        columns.put("regionCode", terms.region().code().value());
        columns.put("agreementName", terms.agreementName());
        columns.put("validFrom", terms.period().from());
        columns.put("validTo", terms.period().to());
        columns.put("flags", flagNames(terms));
        columns.put("notes", terms.notes());
        return columns;
    }

    void update(Partnership partnership) {
        jdbc.sql("""
                        update partner_region set region_code = :regionCode, agreement_name = :agreementName,
                            valid_from = :validFrom, valid_to = :validTo, flags = :flags, notes = :notes,
                            changed_at = now()
                        where id = :id
                        """).params(columns(partnership)).update();
    }

    private static String[] flagNames(AgreementTerms terms) {
        return terms.flags().stream().map(PartnerFlag::name).toArray(String[]::new);
    }

    private Partnership partnership(ResultSet row, int rowNumber) throws SQLException {
        AgreementTerms terms = new AgreementTerms(
                directory.require(RegionCode.of(row.getString("region_code"))),
                row.getString("agreement_name"),
                new AgreementPeriod(
                        row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class)),
                PartnerFlags.ordered(flags(row.getArray("flags"))),
                row.getString("notes"));
        return Partnership.restore(new PartnerRegionId(row.getObject("id", UUID.class)), terms);
    }

    private static List<PartnerFlag> flags(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((String[]) array.getArray())
                        .map(PartnerFlag::valueOf)
                        .toList();
    }
}

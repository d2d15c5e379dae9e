package org.laborbridge.subsidies.documents;

import java.util.Optional;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What scopes a claim, read straight from its row: whose it is, which county and enterprise, who
 * applied and where it stands. Documents need no more of a claim than this, so they do not wait
 * for the claims service to answer.
 */
record ClaimReach(
        ApplicationId id,
        String number,
        UUID worker,
        String householdCounty,
        UUID employer,
        String payeeKind,
        String createdBy,
        ApplicationStatus status) {

    /** The claims' own read rule: bureau all, a partner their counties', an enterprise what it is paid, a worker their own. */
    boolean readableBy(Caller caller) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(householdCounty);
            case EMPLOYER -> "EMPLOYER".equals(payeeKind) && employer != null && employer.equals(caller.employerId());
            case WORKER -> worker.equals(caller.workerId());
        };
    }

    /** The applicant, or caseworking staff and partners in scope; the approver judges the papers, never adds to them. */
    boolean attachableBy(Caller caller) {
        return readableBy(caller)
                && (caller.username().equals(createdBy)
                        || caller.is(Role.ADMIN)
                        || caller.is(Role.CASEWORKER)
                        || caller.is(Role.PARTNER));
    }

    /** Papers are added while the claim waits for review or for the applicant's answer. */
    boolean open() {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.MORE_REQUESTED;
    }

    @Repository
    static class Rows {

        private static final String COLUMNS =
                "id, number, worker_id, household_county, employer_id, payee_kind, created_by, status";

        private final JdbcClient jdbc;

        Rows(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        Optional<ClaimReach> find(ApplicationId id) {
            return read("select " + COLUMNS + " from subsidy_application where id = :id", id);
        }

        /** Held to the end of the transaction, so that no review or approval slips in while a file is attached. */
        Optional<ClaimReach> lock(ApplicationId id) {
            return read("select " + COLUMNS + " from subsidy_application where id = :id for update", id);
        }

        private Optional<ClaimReach> read(String sql, ApplicationId id) {
            return jdbc.sql(sql)
                    .param("id", id.value())
                    .query((row, number) -> new ClaimReach(
                            new ApplicationId(row.getObject("id", UUID.class)),
                            row.getString("number"),
                            row.getObject("worker_id", UUID.class),
                            row.getString("household_county"),
                            row.getObject("employer_id", UUID.class),
                            row.getString("payee_kind"),
                            row.getString("created_by"),
                            ApplicationStatus.valueOf(row.getString("status"))))
                    .optional();
        }
    }
}

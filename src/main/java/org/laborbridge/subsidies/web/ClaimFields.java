package org.laborbridge.subsidies.web;

import java.util.UUID;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;

/** The apply form as typed; the basis comes from hidden fields the form page wrote. */
record ClaimFields(
        String policyCode,
        String basisKind,
        String basisId,
        String worker,
        String payeeName,
        String bankName,
        String bankAccount,
        String note) {

    ApplicationForm toForm() {
        return new ApplicationForm(
                policyCode,
                kind(),
                uuid(basisId),
                uuid(worker) == null ? null : new WorkerId(uuid(worker)),
                payeeName,
                bankName,
                bankAccount,
                note);
    }

    BasisKind kind() {
        try {
            return basisKind == null ? null : BasisKind.valueOf(basisKind.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

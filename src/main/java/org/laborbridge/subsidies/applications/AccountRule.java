package org.laborbridge.subsidies.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.laborbridge.shared.Violation;

/**
 * The payee's bank account: digits only, 8 to 30 of them (spaces and dashes as typed are dropped).
 * It may wait at application, but the approver never signs off a claim the bank could not pay.
 */
final class AccountRule {

    static final int MAX_PAYEE_NAME = 200;
    static final int MAX_BANK_NAME = 100;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{8,30}");

    /** The account as stored: null when left empty. */
    static String normalise(String account) {
        if (account == null) {
            return null;
        }
        String compact = account.replaceAll("[\\s-]", "");
        return compact.isEmpty() ? null : compact;
    }

    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    List<Violation> check(String payeeName, String bankName, String bankAccount, boolean payeeNameRequired) {
        List<Violation> violations = new ArrayList<>();
        if (payeeName == null && payeeNameRequired) {
            violations.add(Refusals.violation("payeeName", "REQUIRED"));
        } else if (payeeName != null && payeeName.length() > MAX_PAYEE_NAME) {
            violations.add(Refusals.violation("payeeName", "TOO_LONG", MAX_PAYEE_NAME));
        }
        if (bankName != null && bankName.length() > MAX_BANK_NAME) {
            violations.add(Refusals.violation("bankName", "TOO_LONG", MAX_BANK_NAME));
        }
        if (bankAccount != null && !DIGITS.matcher(bankAccount).matches()) {
            violations.add(Refusals.violation("bankAccount", "FORMAT"));
        }
        return violations;
    }

    /** Before approval the account must be there. */
    Optional<Violation> presentForApproval(String bankAccount) {
        return bankAccount == null
                ? Optional.of(Refusals.violation("bankAccount", "ACCOUNT_MISSING"))
                : Optional.empty();
    }
}

package org.laborbridge.subsidies.payments;

import java.util.List;

/**
 * The columns of the bank file, worded by {@code subsidies.payments.column.<name>} in the reader's
 * language; the bank's result file may use the same headers in any language.
 */
final class BankColumns {

    static final List<String> EXPORTED = List.of(
            BankResultFile.BATCH,
            BankResultFile.LINE_NO,
            "application",
            "policy",
            "payee",
            "bank",
            "account",
            "amount",
            BankResultFile.STATUS,
            BankResultFile.REASON);

    private BankColumns() {}

    static String key(String column) {
        return "subsidies.payments.column." + column;
    }
}

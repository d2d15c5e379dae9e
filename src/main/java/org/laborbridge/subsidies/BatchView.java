package org.laborbridge.subsidies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Money;

/** A payment batch (撥付批次) with its lines; OPEN until every line is paid or failed, then SETTLED. */
public record BatchView(
        UUID id,
        String number,
        String status,
        String createdBy,
        Instant createdAt,
        Instant exportedAt,
        Instant settledAt,
        int lineCount,
        Money total,
        Money paid,
        Money failed,
        List<PaymentLineView> lines) {

    public BatchView {
        lines = List.copyOf(lines);
    }
}

package org.laborbridge.subsidies.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.LedgerLine;
import org.laborbridge.subsidies.PayableStage;
import org.laborbridge.subsidies.PaymentLineView;

/** The JSON forms of batches, lines, payable stages and ledger lines; amounts in yuan. */
final class PaymentJson {

    private PaymentJson() {}

    record Batch(
            UUID id,
            String number,
            String status,
            String createdBy,
            Instant createdAt,
            Instant exportedAt,
            Instant settledAt,
            int lineCount,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal failed,
            List<Line> lines) {

        static Batch of(BatchView view) {
            return new Batch(
                    view.id(),
                    view.number(),
                    view.status(),
                    view.createdBy(),
                    view.createdAt(),
                    view.exportedAt(),
                    view.settledAt(),
                    view.lineCount(),
                    yuan(view.total()),
                    yuan(view.paid()),
                    yuan(view.failed()),
                    view.lines().stream().map(Line::of).toList());
        }
    }

    record Line(
            int lineNo,
            UUID application,
            String applicationNumber,
            int stageNo,
            String policyCode,
            String householdCounty,
            String payeeName,
            String bankName,
            String bankAccount,
            BigDecimal amount,
            String status,
            String failureReason,
            String settledBy,
            Instant settledAt) {

        static Line of(PaymentLineView line) {
            return new Line(
                    line.lineNo(),
                    line.application().value(),
                    line.applicationNumber(),
                    line.stageNo(),
                    line.policyCode(),
                    line.householdCounty(),
                    line.payeeName(),
                    line.bankName(),
                    line.bankAccount(),
                    yuan(line.amount()),
                    line.status(),
                    line.failureReason(),
                    line.settledBy(),
                    line.settledAt());
        }
    }

    record Payable(
            UUID application,
            String applicationNumber,
            int stageNo,
            String policyCode,
            String payeeName,
            String householdCounty,
            BigDecimal amount,
            LocalDate payableFrom) {

        static Payable of(PayableStage stage) {
            return new Payable(
                    stage.application().value(),
                    stage.applicationNumber(),
                    stage.stageNo(),
                    stage.policyCode(),
                    stage.payeeName(),
                    stage.householdCounty(),
                    yuan(stage.amount()),
                    stage.payableFrom());
        }
    }

    record Ledger(
            String policyCode,
            String policyName,
            BigDecimal budget,
            BigDecimal committed,
            BigDecimal paid,
            BigDecimal remaining) {

        static Ledger of(LedgerLine line) {
            return new Ledger(
                    line.policyCode(),
                    line.policyName(),
                    yuan(line.budget()),
                    yuan(line.committed()),
                    yuan(line.paid()),
                    yuan(line.remaining()));
        }
    }

    static BigDecimal yuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }
}

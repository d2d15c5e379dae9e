package org.laborbridge.subsidies;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Payment batches, APPROVER and ADMIN only (CASEWORKER may read them, accounts masked). A batch
 * takes payable stages and freezes their payee, account and amount; it is exported for the bank
 * (CSV or XLSX, complete accounts for APPROVER and ADMIN, audit-logged), then each line is marked
 * paid or failed, by hand or from the bank's result file. A failed stage may go into a later batch.
 */
public interface PaymentBatches {

    /** Stages payable today in the caller's view, oldest first; {@code policyCode} null for all. */
    List<PayableStage> payable(String policyCode);

    /**
     * A batch of the given stages (or, when {@code stages} is empty, every payable stage of the
     * policy, or of all policies when null). Refuses (422) a stage that is not payable or has no
     * account, naming each; at most {@link #MAX_LINES} lines.
     */
    BatchView create(String policyCode, List<StageRef> stages);

    List<BatchView> list(int page, int size);

    BatchView find(UUID batch);

    /** The bank file: {@code format} CSV or XLSX, in the caller's language. */
    Export export(UUID batch, String format);

    BatchView markPaid(UUID batch, List<Integer> lineNos);

    BatchView markFailed(UUID batch, int lineNo, String reason);

    /**
     * The bank's result file, CSV or XLSX as exported, filled in: the batch number on every row
     * (required), the line number, PAID or FAILED and a reason for a failure; where the file keeps
     * the claim number and amount they must match the frozen line. All or nothing: a missing batch
     * column, another batch, a line number the batch does not have, a line already settled, a
     * mismatch or a FAILED without reason refuses the whole file, naming each row.
     */
    BatchView importResult(UUID batch, InputStream csv);

    boolean mayPay();

    int MAX_LINES = 5000;

    record StageRef(ApplicationId application, int stageNo) {}

    record Export(String fileName, String contentType, byte[] content) {}
}

package org.laborbridge.subsidies.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.web.Downloads;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.BudgetLedger;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PaymentBatches.Export;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Payment batches",
        description = "Payment batches (拨付批次): payable stages frozen into lines, exported for the bank, settled")
class PaymentBatchesApi {

    static final String BASE = "/api/v1/payment-batches";

    private final PaymentBatches batches;
    private final BudgetLedger ledger;

    PaymentBatchesApi(PaymentBatches batches, BudgetLedger ledger) {
        this.batches = batches;
        this.ledger = ledger;
    }

    record StageInput(UUID application, int stageNo) {}

    record CreateInput(String policyCode, List<StageInput> stages) {}

    record FailedInput(String reason) {}

    @GetMapping(BASE)
    @Operation(summary = "Batches, newest first, without their lines (bureau staff)")
    List<PaymentJson.Batch> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return batches.list(page, size).stream().map(PaymentJson.Batch::of).toList();
    }

    @GetMapping(BASE + "/payable")
    @Operation(summary = "Stages payable today: notice over, no open objection, earlier stages paid, account present")
    List<PaymentJson.Payable> payable(@RequestParam(required = false) String policy) {
        return batches.payable(policy).stream().map(PaymentJson.Payable::of).toList();
    }

    @PostMapping(BASE)
    @Operation(summary = "Make a batch of the given stages, or of every payable stage of the policy (APPROVER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Made; Location names the batch")
    @ApiResponse(responseCode = "422", description = "A stage is not payable; each is named")
    ResponseEntity<PaymentJson.Batch> create(@RequestBody(required = false) CreateInput input) {
        List<StageRef> stages = input == null || input.stages() == null
                ? List.of()
                : input.stages().stream()
                        .map(stage -> new StageRef(new ApplicationId(stage.application()), stage.stageNo()))
                        .toList();
        BatchView made = batches.create(input == null ? null : input.policyCode(), stages);
        return ResponseEntity.created(URI.create(BASE + "/" + made.id())).body(PaymentJson.Batch.of(made));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "One batch with its lines; accounts complete for APPROVER and ADMIN only")
    PaymentJson.Batch find(@PathVariable UUID id) {
        return PaymentJson.Batch.of(batches.find(id));
    }

    @GetMapping(BASE + "/{id}/export")
    @Operation(summary = "The bank file, CSV (UTF-8 with BOM) or XLSX, headers in the caller's language; audit-logged")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        return download(batches.export(id, format));
    }

    @PostMapping(BASE + "/{id}/lines/{lineNo}/paid")
    @Operation(summary = "The bank paid this line: the stage is paid, the claim too when all its stages are")
    @ApiResponse(responseCode = "409", description = "The line or the batch is already settled")
    PaymentJson.Batch paid(@PathVariable UUID id, @PathVariable int lineNo) {
        return PaymentJson.Batch.of(batches.markPaid(id, List.of(lineNo)));
    }

    @PostMapping(BASE + "/{id}/lines/{lineNo}/failed")
    @Operation(summary = "The bank could not pay this line (reason required): the stage may go into a later batch")
    PaymentJson.Batch failed(
            @PathVariable UUID id, @PathVariable int lineNo, @RequestBody(required = false) FailedInput input) {
        return PaymentJson.Batch.of(batches.markFailed(id, lineNo, input == null ? null : input.reason()));
    }

    @PostMapping(value = BASE + "/{id}/bank-result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "The bank's result file (batch column required; claim and amount checked), all or nothing; each bad row is named")
    PaymentJson.Batch bankResult(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        return PaymentJson.Batch.of(batches.importResult(id, file.getInputStream()));
    }

    @GetMapping("/api/v1/subsidy-budgets")
    @Operation(summary = "The budget ledger of every policy: budget, committed, paid, remaining (bureau staff)")
    List<PaymentJson.Ledger> budgets() {
        return ledger.all().stream().map(PaymentJson.Ledger::of).toList();
    }

    @GetMapping("/api/v1/subsidy-budgets/{code}")
    @Operation(summary = "The budget ledger of one policy")
    PaymentJson.Ledger budget(@PathVariable String code) {
        return PaymentJson.Ledger.of(ledger.of(code));
    }

    static ResponseEntity<byte[]> download(Export export) {
        return Downloads.attachment(export.fileName(), export.contentType(), export.content());
    }
}

package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.BudgetLedger;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with payments, the ledger and the reports: approvers and administrators pay;
 * caseworkers read with accounts masked; partners read reports of their own regions; employers
 * and workers see none of it.
 */
@SpringBootTest
class PaymentAccessMatrixTests {

    private static final Map<String, Caller> CALLERS = Map.of(
            "admin", ClaimFixtures.ADMIN,
            "caseworker", ClaimFixtures.CASEWORKER,
            "approver", ClaimFixtures.APPROVER,
            "partner-in", ClaimFixtures.XIANGXI,
            "partner-out", ClaimFixtures.LINYI,
            "employer", ClaimFixtures.EMPLOYER,
            "worker", ClaimFixtures.WORKER);

    @Autowired
    PaymentBatches batches;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    SubsidyReports reports;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,       payable,  allowed",
        "caseworker,  payable,  allowed",
        "approver,    payable,  allowed",
        "partner-in,  payable,  denied",
        "employer,    payable,  denied",
        "worker,      payable,  denied",
        "admin,       create,   allowed",
        "approver,    create,   allowed",
        "caseworker,  create,   denied",
        "partner-in,  create,   denied",
        "partner-out, create,   denied",
        "employer,    create,   denied",
        "worker,      create,   denied",
        "admin,       read,     allowed",
        "caseworker,  read,     allowed",
        "approver,    read,     allowed",
        "partner-in,  read,     denied",
        "employer,    read,     denied",
        "worker,      read,     denied",
        "admin,       export,   allowed",
        "caseworker,  export,   allowed",
        "approver,    export,   allowed",
        "partner-in,  export,   denied",
        "employer,    export,   denied",
        "worker,      export,   denied",
        "admin,       pay,      allowed",
        "approver,    pay,      allowed",
        "caseworker,  pay,      denied",
        "partner-in,  pay,      denied",
        "employer,    pay,      denied",
        "worker,      pay,      denied",
        "approver,    fail,     allowed",
        "caseworker,  fail,     denied",
        "worker,      fail,     denied",
        "admin,       import,   allowed",
        "caseworker,  import,   denied",
        "employer,    import,   denied",
        "admin,       ledger,   allowed",
        "caseworker,  ledger,   allowed",
        "approver,    ledger,   allowed",
        "partner-in,  ledger,   denied",
        "employer,    ledger,   denied",
        "worker,      ledger,   denied",
        "admin,       report,   allowed",
        "caseworker,  report,   allowed",
        "approver,    report,   allowed",
        "partner-in,  report,   allowed",
        "partner-out, report,   denied",
        "employer,    report,   denied",
        "worker,      report,   denied",
    })
    void onlyTheBureauPaysAndReadsWhatItMay(String who, String action, String expected) {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("MATRIX", 1);
        Claim claim = fixtures.claim(policy).write();
        BatchView batch = Callers.runAs(
                ClaimFixtures.ADMIN,
                () -> batches.create(
                        null, List.of(fixtures.claim(policy).write().stage(1))));
        Supplier<Object> attempt = switch (action) {
            case "payable" -> () -> batches.payable(policy.code());
            case "create" -> () -> batches.create(null, List.of(claim.stage(1)));
            case "read" -> () -> List.of(batches.list(0, 10), batches.find(batch.id()));
            case "export" -> () -> batches.export(batch.id(), "csv");
            case "pay" -> () -> batches.markPaid(batch.id(), List.of(1));
            case "fail" -> () -> batches.markFailed(batch.id(), 1, "账户冻结");
            case "import" ->
                () -> batches.importResult(
                        batch.id(),
                        new ByteArrayInputStream(("batch,lineNo,status\n" + batch.number() + ",1,PAID")
                                .getBytes(StandardCharsets.UTF_8)));
            case "ledger" -> () -> List.of(ledger.all(), ledger.of(policy.code()));
            case "report" -> () -> reports.totals(SubsidyReports.By.REGION, null, null, "433100");
            default -> throw new IllegalArgumentException(action);
        };
        Caller caller = CALLERS.get(who);

        if (expected.equals("allowed")) {
            assertThat(Callers.runAs(caller, attempt)).isNotNull();
        } else {
            assertThatThrownBy(() -> Callers.runAs(caller, attempt)).isInstanceOf(AccessDeniedException.class);
            assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("PENDING");
            assertThat(Callers.runAs(ClaimFixtures.ADMIN, () -> batches.find(batch.id()))
                            .lines()
                            .get(0)
                            .status())
                    .isEqualTo("PENDING");
        }
        assertThat(Callers.runAs(caller, batches::mayPay)).isEqualTo(who.equals("admin") || who.equals("approver"));
    }
}

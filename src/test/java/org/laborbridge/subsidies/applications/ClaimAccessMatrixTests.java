package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a claim, role by role: OK, 403 (may see it but not take the step), 404 (may
 * not know it exists) or 422 (may try, but the claim is not theirs to make). Each cell acts on a
 * claim of its own, made for a worker of 泸溪 hired by one enterprise.
 */
@SpringBootTest
class ClaimAccessMatrixTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyApplications applications;

    ClaimFixtures fixtures;
    PolicyView workerPaid;
    PolicyView employerPaid;
    JobPostingView posting;
    JobPostingView otherPosting;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        workerPaid = fixtures.workerPolicy("1000000");
        employerPaid = fixtures.policy(
                PolicyKind.EMPLOYER_HIRING, Payee.EMPLOYER, "800", "1000000", OncePerPerson.PER_EMPLOYER);
        posting = fixtures.posting();
        otherPosting = fixtures.posting();
    }

    @Test
    void readingAndApplying() {
        assertThat(matrix(hire -> {
                    ApplicationView claim = fixtures.apply(workerPaid, hire);
                    return caller -> outcome(caller, () -> applications.find(claim.id()));
                }))
                .isEqualTo(expect("OK", "OK", "OK", "OK", "404", "404", "404", "OK", "404"));
        assertThat(matrix(hire -> caller -> outcome(
                        caller, () -> applications.apply(ClaimFixtures.form(workerPaid, hire, "6228480012345678")))))
                .isEqualTo(expect("OK", "OK", "403", "OK", "404", "422", "404", "OK", "404"));
        assertThat(matrix(hire -> caller -> outcome(
                        caller, () -> applications.apply(ClaimFixtures.form(employerPaid, hire, "6228480012345678")))))
                .isEqualTo(expect("OK", "OK", "403", "OK", "404", "OK", "404", "422", "404"));
    }

    @Test
    void reviewingApprovingAndObjecting() {
        assertThat(matrix(hire -> {
                    ApplicationView claim = fixtures.apply(workerPaid, hire);
                    return caller -> outcome(caller, () -> applications.accept(claim.id(), null));
                }))
                .isEqualTo(expect("OK", "OK", "403", "403", "404", "404", "404", "403", "404"));
        assertThat(matrix(hire -> {
                    ApplicationView claim = fixtures.accepted(workerPaid, hire);
                    return caller -> outcome(caller, () -> applications.approve(claim.id()));
                }))
                .isEqualTo(expect("403", "403", "OK", "403", "404", "404", "404", "403", "404"));
        assertThat(matrix(hire -> {
                    ApplicationView claim = fixtures.approved(workerPaid, hire);
                    return caller -> outcome(caller, () -> applications.object(claim.id(), "异议"));
                }))
                .isEqualTo(expect("OK", "OK", "403", "OK", "404", "404", "404", "403", "404"));
    }

    @Test
    void anEnterpriseGivesTheAccountOfTheClaimsPaidToIt() {
        PlacementView hire = fixtures.hire("企业账户", ClaimFixtures.LUXI, posting, 12);
        ApplicationView claim = Callers.runAs(
                ClaimFixtures.employer(posting.employerId()),
                () -> applications.apply(ClaimFixtures.form(employerPaid, hire, null)));

        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(
                "own",
                outcome(
                        ClaimFixtures.employer(posting.employerId()),
                        () -> applications.changeAccount(claim.id(), null, "工商银行", "9558800012345678")));
        cells.put(
                "other",
                outcome(
                        ClaimFixtures.employer(otherPosting.employerId()),
                        () -> applications.changeAccount(claim.id(), null, "工商银行", "9558800012345678")));
        cells.put("worker", outcome(ClaimFixtures.worker(hire.worker()), () -> applications.find(claim.id())));

        assertThat(cells).containsExactly(Map.entry("own", "OK"), Map.entry("other", "404"), Map.entry("worker", "OK"));
        assertThat(Callers.runAs(ClaimFixtures.employer(posting.employerId()), () -> applications.find(claim.id()))
                        .bankAccount())
                .isEqualTo("9558800012345678");
        assertThat(Callers.runAs(fixtures.caseworker(), () -> applications.find(claim.id()))
                        .bankAccount())
                .isEqualTo("9558********5678");
    }

    /** One cell per caller, each on a claim of its own. */
    private Map<String, String> matrix(Function<PlacementView, Function<Caller, String>> cell) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Function<PlacementView, Caller>> caller :
                callers().entrySet()) {
            PlacementView hire = fixtures.hire("矩阵", ClaimFixtures.LUXI, posting, 12);
            outcomes.put(
                    caller.getKey(), cell.apply(hire).apply(caller.getValue().apply(hire)));
        }
        return outcomes;
    }

    private Map<String, Function<PlacementView, Caller>> callers() {
        Map<String, Function<PlacementView, Caller>> callers = new LinkedHashMap<>();
        callers.put("ADMIN", hire -> fixtures.admin());
        callers.put("CASEWORKER", hire -> fixtures.caseworker(2));
        callers.put("APPROVER", hire -> fixtures.approver(2));
        callers.put("PARTNER in", hire -> ClaimFixtures.partner("433100"));
        callers.put("PARTNER out", hire -> ClaimFixtures.partner("500156"));
        callers.put("EMPLOYER own", hire -> ClaimFixtures.employer(posting.employerId()));
        callers.put("EMPLOYER other", hire -> ClaimFixtures.employer(otherPosting.employerId()));
        callers.put("WORKER own", hire -> ClaimFixtures.worker(hire.worker()));
        callers.put("WORKER other", hire -> ClaimFixtures.worker(fixtures.people.worker("他人", ClaimFixtures.LUXI)));
        return callers;
    }

    private static Map<String, String> expect(String... outcomes) {
        String[] roles = {
            "ADMIN",
            "CASEWORKER",
            "APPROVER",
            "PARTNER in",
            "PARTNER out",
            "EMPLOYER own",
            "EMPLOYER other",
            "WORKER own",
            "WORKER other"
        };
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < roles.length; i++) {
            expected.put(roles[i], outcomes[i]);
        }
        return expected;
    }

    private static String outcome(Caller caller, Runnable step) {
        try {
            Callers.runAs(caller, () -> {
                step.run();
                return null;
            });
            return "OK";
        } catch (AccessDeniedException denied) {
            return "403";
        } catch (RecordNotFoundException hidden) {
            return "404";
        } catch (InvalidInputException refused) {
            return "422";
        } catch (StepOutOfOrderException outOfOrder) {
            return "409";
        }
    }
}

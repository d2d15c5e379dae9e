package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognitionRuleTests {

    private final RecognitionRule rule = new RecognitionRule(RecognitionCriteria.standard());

    private static List<RecognitionRule.Employee> staff(int poor, int others) {
        List<RecognitionRule.Employee> staff = new ArrayList<>();
        for (int i = 0; i < poor; i++) {
            staff.add(new RecognitionRule.Employee(true, 12, true));
        }
        for (int i = 0; i < others; i++) {
            staff.add(new RecognitionRule.Employee(false, 12, true));
        }
        return staff;
    }

    @Test
    void tenPoorWorkersSufficeWhateverTheirShare() {
        RecognitionRule.Outcome outcome = rule.evaluate(staff(10, 90));

        assertThat(outcome.met()).isTrue();
        assertThat(outcome.checks().get(0).arguments()).containsExactly(10L, 100L, 10L, 10, 20);
    }

    @Test
    void aFifthOfTheWorkforceSufficesWithFewerThanTenPoor() {
        assertThat(rule.evaluate(staff(2, 8)).met()).isTrue();
    }

    @Test
    void fewerThanTenPoorAndUnderAFifthIsBelowTheCriteria() {
        RecognitionRule.Outcome outcome = rule.evaluate(staff(9, 40));

        assertThat(outcome.met()).isFalse();
        assertThat(outcome.unmet()).containsExactly(CriterionCheck.POOR_WORKERS);
    }

    @Test
    void aWorkshopWithoutEmployeesIsBelowTheCriteria() {
        assertThat(rule.evaluate(List.of()).unmet()).containsExactly(CriterionCheck.POOR_WORKERS);
    }

    @Test
    void everyContractMustRunTheMinimumMonths() {
        List<RecognitionRule.Employee> staff = staff(10, 0);
        staff.add(new RecognitionRule.Employee(true, 5, true));

        RecognitionRule.Outcome outcome = rule.evaluate(staff);

        assertThat(outcome.unmet()).containsExactly(CriterionCheck.CONTRACT_MONTHS);
        assertThat(outcome.checks().get(1).arguments()).containsExactly(1L, 6);
    }

    @Test
    void everyoneMustBeInsuredAgainstAccidentsWhenRequired() {
        List<RecognitionRule.Employee> staff = staff(10, 0);
        staff.add(new RecognitionRule.Employee(true, 12, false));

        assertThat(rule.evaluate(staff).unmet()).containsExactly(CriterionCheck.ACCIDENT_INSURANCE);
        assertThat(new RecognitionRule(new RecognitionCriteria(10, 20, 6, false))
                        .evaluate(staff)
                        .met())
                .isTrue();
    }

    @Test
    void criteriaComeFromConfiguration() {
        RecognitionRule strict = new RecognitionRule(new RecognitionCriteria(20, 50, 13, true));

        assertThat(strict.evaluate(staff(10, 30)).unmet())
                .containsExactly(CriterionCheck.POOR_WORKERS, CriterionCheck.CONTRACT_MONTHS);
    }
}

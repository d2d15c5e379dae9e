package org.laborbridge.employers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;

/** Forms and callers the employers tests start from. */
public final class Postings {

    public static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);

    private Postings() {}

    public static EmployerForm enterprise(String name) {
        return new EmployerForm(TestCreditCodes.next(), name, "制造业", "370102", "济南市历下区经十路1号", "王经理", "13800138000");
    }

    /** An assembly job in Jinan for {@code headcount} people, valid for a month from today. */
    public static JobPostingForm assemblyJob(int headcount) {
        LocalDate today = BureauTime.today();
        return new JobPostingForm(
                "电子厂普工",
                "ASSEMBLY",
                headcount,
                new BigDecimal("4500"),
                new BigDecimal("6000"),
                "370102",
                "济南市历下区工业园",
                true,
                true,
                "8小时两班倒",
                18,
                45,
                List.of(),
                null,
                today,
                today.plusMonths(1));
    }

    public static Caller employerOf(EmployerId employer) {
        return new Caller("employer-" + employer, null, Role.EMPLOYER, List.of(), employer.value(), null);
    }
}

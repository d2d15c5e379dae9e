package org.laborbridge.fairs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;

/**
 * Registers the demo's enterprises and publishes their postings through the employers module,
 * as a bureau caseworker would. Postings run from early 2020 for a year past today: these are
 * the standing recruitment needs of assembly lines and care services the fairs were held for,
 * and a posting that had expired could neither be published nor taken to a fair.
 */
final class DemoEmployers {

    /** An enterprise as registered, with the postings it will bring to fairs. */
    record Registered(EmployerId id, String name, List<JobPostingId> postings, int positions) {}

    private static final LocalDate RECRUITING_FROM = LocalDate.of(2020, 2, 1);

    private final Employers employers;
    private final JobPostings postings;
    private final LocalDate today;
    private int number;

    DemoEmployers(Employers employers, JobPostings postings, LocalDate today, int firstNumber) {
        this.employers = employers;
        this.postings = postings;
        this.today = today;
        this.number = firstNumber;
    }

    List<Registered> register(List<DemoEnterprise> enterprises) {
        List<Registered> registered = new ArrayList<>();
        for (DemoEnterprise enterprise : enterprises) {
            registered.add(register(enterprise));
        }
        return registered;
    }

    private Registered register(DemoEnterprise enterprise) {
        int n = number++;
        EmployerView employer = employers.register(new EmployerForm(
                DemoCreditCodes.of(enterprise.district(), n),
                enterprise.name(),
                enterprise.industry(),
                enterprise.district(),
                enterprise.street(),
                "人事部",
                String.format("1395310%04d", n)));
        employers.verify(employer.id());
        List<JobPostingId> published = new ArrayList<>();
        for (DemoEnterprise.Opening opening : enterprise.openings()) {
            JobPostingId draft = postings.draft(
                            employer.id(),
                            new JobPostingForm(
                                    opening.title(),
                                    opening.jobType(),
                                    opening.headcount(),
                                    BigDecimal.valueOf(opening.wageMin()),
                                    BigDecimal.valueOf(opening.wageMax()),
                                    enterprise.district(),
                                    enterprise.street(),
                                    true,
                                    true,
                                    "8小时/天，月休4天",
                                    18,
                                    50,
                                    List.of(),
                                    null,
                                    RECRUITING_FROM,
                                    today.plusYears(1)))
                    .id();
            published.add(postings.publish(draft).id());
        }
        return new Registered(employer.id(), employer.name(), published, enterprise.positions());
    }
}

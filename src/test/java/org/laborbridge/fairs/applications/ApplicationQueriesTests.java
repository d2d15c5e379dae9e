package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The lists other pages build on: a worker's own, an enterprise's, a fair's, and the fair's tally. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationQueriesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Test
    void listsByWorkerEmployerAndFairAndCountsTheFairsHires() {
        EmployerId employer = fixtures.enterprise("列表测试公司");
        JobPostingView atFair = fixtures.openPosting(employer, 5);
        JobPostingView elsewhere = fixtures.openPosting(employer, 5);
        FairId fair = fixtures.runningFair(employer, atFair.id());
        WorkerId hired = ApplicationFixtures.worker(port, "列表甲", "433130");
        WorkerId waiting = ApplicationFixtures.worker(port, "列表乙", "433130");
        OfferTerms terms = new OfferTerms(BureauTime.today().plusDays(5), 12, Money.ofYuan("5000"));

        Callers.runAs(Postings.CASEWORKER, () -> {
            ApplicationView first = applications.apply(hired, atFair.id(), fair);
            applications.offer(first.id(), terms);
            applications.accept(first.id());
            applications.apply(hired, elsewhere.id(), null);
            return applications.apply(waiting, atFair.id(), fair);
        });

        Caller worker = new Caller("列表甲", null, Role.WORKER, List.of(), null, hired.value());
        assertThat(Callers.runAs(worker, () -> applications.ofWorker(hired)))
                .extracting(ApplicationView::status)
                .containsExactly(ApplicationStatus.APPLIED, ApplicationStatus.ACCEPTED);
        assertThatThrownBy(() -> Callers.runAs(worker, () -> applications.ofWorker(waiting)))
                .isInstanceOf(RecordNotFoundException.class);

        Caller hr = Postings.employerOf(employer);
        assertThat(Callers.runAs(hr, () -> applications.ofEmployer(employer, null, 0, 20))
                        .total())
                .isEqualTo(3);
        assertThat(Callers.runAs(hr, () -> applications.ofEmployer(employer, ApplicationStatus.ACCEPTED, 0, 20))
                        .items())
                .extracting(ApplicationView::worker)
                .containsExactly(hired);
        EmployerId other = fixtures.enterprise("列表别的公司");
        assertThatThrownBy(() -> Callers.runAs(hr, () -> applications.ofEmployer(other, null, 0, 20)))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(Callers.runAs(Postings.CASEWORKER, () -> applications.ofFair(fair)))
                .extracting(ApplicationView::worker)
                .containsExactlyInAnyOrder(hired, waiting);
        assertThat(Callers.runAs(hr, () -> applications.tally(fair))).isEqualTo(new FairTally(fair, 2, 1));
    }
}

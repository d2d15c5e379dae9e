package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.ApplicationEvent;
import org.laborbridge.fairs.ApplicationSubmitted;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.OfferAccepted;
import org.laborbridge.fairs.OfferMade;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each step tells the rest of the programme whose it was and from which county, past tense. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class ApplicationEventsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesEveryStepWithTheWorkersHouseholdCounty() {
        EmployerId employer = fixtures.enterprise("事件测试公司");
        JobPostingView posting = fixtures.openPosting(employer, 2);
        WorkerId worker = ApplicationFixtures.worker(port, "事件甲", "500156");
        OfferTerms terms = new OfferTerms(BureauTime.today().plusDays(10), 24, Money.ofYuan("4800"));

        ApplicationView accepted = Callers.runAs(Postings.CASEWORKER, () -> {
            ApplicationView applied = applications.apply(worker, posting.id(), null);
            applications.offer(applied.id(), terms);
            return applications.accept(applied.id());
        });

        assertThat(events.stream(ApplicationEvent.class))
                .filteredOn(event -> event.application().equals(accepted.id()))
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("ApplicationSubmitted", "OfferMade", "OfferAccepted");
        assertThat(events.stream(ApplicationSubmitted.class))
                .filteredOn(event -> event.application().equals(accepted.id()))
                .singleElement()
                .satisfies(submitted -> {
                    assertThat(submitted.worker()).isEqualTo(worker);
                    assertThat(submitted.householdCounty()).isEqualTo("500156");
                    assertThat(submitted.employer()).isEqualTo(employer);
                    assertThat(submitted.posting()).isEqualTo(posting.id());
                });
        assertThat(events.stream(OfferMade.class).filter(e -> e.application().equals(accepted.id())))
                .singleElement()
                .extracting(OfferMade::terms)
                .isEqualTo(terms);
        assertThat(events.stream(OfferAccepted.class)
                        .filter(e -> e.application().equals(accepted.id())))
                .singleElement()
                .extracting(event -> event.terms().startDate())
                .isEqualTo(terms.startDate());
    }
}

package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Many hires racing for few openings, on the real database: exactly as many win as there are openings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentFillTests {

    static final int OPENINGS = 5;
    static final int HIRES = 40;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Test
    void neverFillsMoreOpeningsThanThereAre() throws Exception {
        JobPostingId posting = Callers.runAs(Postings.CASEWORKER, () -> {
            EmployerId employer =
                    employers.register(Postings.enterprise("并发测试电子厂")).id();
            JobPostingId id =
                    postings.draft(employer, Postings.assemblyJob(OPENINGS)).id();
            return postings.publish(id).id();
        });

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(HIRES);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < HIRES; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        postings.fill(posting);
                        return "FILLED_ONE";
                    } catch (InvalidInputException refused) {
                        return refused.violations().get(0).code();
                    }
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                codes.add(outcome.get());
            }

            assertThat(codes).filteredOn("FILLED_ONE"::equals).hasSize(OPENINGS);
            assertThat(codes).filteredOn(code -> !code.equals("FILLED_ONE")).containsOnly("NO_OPENINGS_LEFT");
        } finally {
            threads.shutdownNow();
        }
        JobPostingView after = Callers.runAs(Postings.CASEWORKER, () -> postings.find(posting));
        assertThat(after.openingsLeft()).isZero();
        assertThat(after.filled()).isEqualTo(OPENINGS);
        assertThat(after.status()).isEqualTo(PostingStatus.FILLED);
    }
}

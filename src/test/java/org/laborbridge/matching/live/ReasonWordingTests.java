package org.laborbridge.matching.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.ReasonText;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.Score;
import org.laborbridge.matching.scoring.WorkerFacts;
import org.laborbridge.shared.web.MessageBundles;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reasons as the caller reads them, worded from the real bundles without the application. */
class ReasonWordingTests {

    private final RecommendationService service = new RecommendationService(null, null, null, null, null, messages());
    private final MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(MessageBundles.basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static WorkerFacts worker(Education education, boolean poor) {
        return new WorkerFacts(
                new WorkerId(java.util.UUID.randomUUID()), "433122", poor, true, education, 30, Set.of(), List.of());
    }

    private static PostingFacts posting(Education minEducation) {
        return new PostingFacts(
                new JobPostingId(java.util.UUID.randomUUID()),
                "HANDICRAFT",
                2,
                800_000,
                900_000,
                "370102",
                true,
                null,
                null,
                minEducation,
                Set.of());
    }

    private List<String> texts(Score score, Locale locale) {
        return service.worded(score, locale).stream().map(ReasonText::text).toList();
    }

    @Test
    void educationLevelsAreNamedInTheCallersLanguage() {
        Score unrecorded = scorer.score(worker(null, false), posting(Education.JUNIOR_SECONDARY));
        Score below = scorer.score(worker(Education.PRIMARY, false), posting(Education.JUNIOR_SECONDARY));

        assertThat(texts(unrecorded, Locale.SIMPLIFIED_CHINESE)).contains("岗位要求初中及以上，本人文化程度未登记");
        assertThat(texts(unrecorded, Locale.TRADITIONAL_CHINESE)).contains("職缺要求初中以上，本人學歷未登記");
        assertThat(texts(unrecorded, Locale.ENGLISH))
                .contains("The posting asks for Junior secondary or above; education not recorded");
        assertThat(texts(below, Locale.ENGLISH))
                .anySatisfy(text -> assertThat(text)
                        .contains("Junior secondary")
                        .doesNotContain("JUNIOR_SECONDARY")
                        .doesNotContain("PRIMARY"));
    }

    @Test
    void anEmployerIsNotToldThatAWorkerIsRegisteredPoor() {
        Score score = scorer.score(worker(null, true), posting(null));

        assertThat(texts(score, Locale.ENGLISH))
                .anySatisfy(text -> assertThat(text).contains("Registered-poor"));
        assertThat(texts(RecommendationService.withoutPriority(score), Locale.ENGLISH))
                .noneSatisfy(text -> assertThat(text).contains("Registered-poor"));
    }
}

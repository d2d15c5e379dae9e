package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.laborbridge.matching.MatchWeights;

class MatchingMessagesTests {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);
    private static final Path SCORER = Path.of("src/main/java/org/laborbridge/matching/scoring/MatchScorer.java");
    private static final Pattern REASON_KEY =
            Pattern.compile("\"((?:excluded|education|jobType|skills|place|wage|housing|priority)\\.[A-Za-z]+)\"");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/matching", locale, NO_FALLBACK);
    }

    /** Every reason key the scorer names, read from its source so that a new one cannot be missed. */
    private static Set<String> reasonKeysInTheScorer() {
        try {
            Set<String> keys = new TreeSet<>();
            Matcher matcher = REASON_KEY.matcher(Files.readString(SCORER));
            while (matcher.find()) {
                keys.add("matching.reason." + matcher.group(1));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyReasonTheScorerGivesIsWordedInEveryLanguage() {
        Set<String> keys = reasonKeysInTheScorer();

        assertThat(keys).hasSizeGreaterThan(20);
        for (Locale locale : LOCALES) {
            assertThat(bundle(locale).keySet()).as("reasons in %s", locale).containsAll(keys);
        }
    }

    @Test
    void reasonsFromGeneratedScoresAreAllWorded() {
        GeneratedFacts facts = new GeneratedFacts(8);
        MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < 5000; i++) {
            scorer.score(facts.worker(), facts.anyPosting()).reasons().forEach(reason -> seen.add(reason.key()));
        }

        assertThat(seen).hasSizeGreaterThan(15);
        for (Locale locale : LOCALES) {
            assertThat(bundle(locale).keySet()).as("reasons in %s", locale).containsAll(seen);
        }
    }

    @Test
    void everyWeightRefusalIsWorded() {
        for (Locale locale : LOCALES) {
            for (String code : List.of("NEGATIVE", "TOO_LARGE", "ALL_ZERO")) {
                assertThat(bundle(locale).getString("matching.invalid.weights." + code))
                        .isNotBlank();
            }
        }
    }

    @Test
    void allLanguagesHaveTheSameKeys() {
        Set<String> simplified = bundle(Locale.ROOT).keySet();

        for (Locale locale : LOCALES) {
            assertThat(bundle(locale).keySet()).as("keys for %s", locale).isEqualTo(simplified);
        }
    }

    @Test
    void eachLanguageIsWrittenInItsOwnScript() {
        assertThat(bundle(Locale.ROOT).getString("matching.reason.housing.notProvided"))
                .contains("提供住宿");
        assertThat(bundle(Locale.TRADITIONAL_CHINESE).getString("matching.reason.excluded.noOpenings"))
                .contains("職缺");
        assertThat(bundle(Locale.ENGLISH).getString("matching.reason.jobType.firstChoice"))
                .contains("first choice");
        assertThat(Stream.of("matching.reason.excluded.tooOld", "matching.reason.skills.partlyHeld")
                        .map(key -> java.text.MessageFormat.format(
                                bundle(Locale.ENGLISH).getString(key), 46, 45))
                        .toList())
                .containsExactly("Aged 46, above the posting's maximum age of 45", "Holds 46 of 45 required skills");
    }
}

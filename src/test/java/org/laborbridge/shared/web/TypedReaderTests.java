package org.laborbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

/** The shared typed reader, without Spring: what it reads, and how it words what it cannot. */
class TypedReaderTests {

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void readsWhatIsWellTypedIgnoringSurroundingSpaceAndCase() {
        TypedReader typed = new TypedReader("test.typed", 2000, 2100);

        assertThat(typed.day(" 2026-03-01 ", "day")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(typed.time("2026-03-01 08:00", "at")).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 0));
        assertThat(typed.number("12", "seats")).isEqualTo(12);
        assertThat(typed.amount("3200.50", "wage")).isEqualByComparingTo(new BigDecimal("3200.50"));
        assertThat(typed.choice(Colour.class, "green", "colour")).isEqualTo(Colour.GREEN);
        String id = typed.id("7", "id", text -> Optional.of(text + "!"));
        Money cost = typed.value("12.50", "cost", Money::ofYuan);
        assertThat(id).isEqualTo("7!");
        assertThat(cost).isEqualTo(Money.ofYuan("12.50"));
        assertThat(typed.violations()).isEmpty();
        typed.check();
    }

    @Test
    void blankIsNotGivenAndNoRefusal() {
        TypedReader typed = new TypedReader("test.typed");

        assertThat(typed.day("  ", "day")).isNull();
        assertThat(typed.number(null, "seats")).isNull();
        assertThat(typed.choice(Colour.class, "", "colour")).isNull();
        Money cost = typed.value(" ", "cost", Money::ofYuan);
        assertThat(cost).isNull();
        assertThat(typed.violations()).isEmpty();
    }

    @Test
    void refusesUnderItsFieldQuotingWhatWasTypedInTheModulesWords() {
        TypedReader typed = new TypedReader("test.typed", 2000, 2100);
        typed.day("2026-02-30", "day");
        typed.time("1999-12-31T08:00", "at");
        typed.number("fifty", "seats");
        typed.amount("3,200", "wage");
        typed.choice(Colour.class, "blue", "colour");
        typed.id("x", "id", text -> Optional.empty());

        assertThat(typed.violations())
                .extracting(Violation::field, Violation::code, Violation::messageKey, Violation::arguments)
                .containsExactly(
                        tuple("day", "FORMAT", "test.typed.DAY", List.of("2026-02-30", "2000", "2100")),
                        tuple("at", "FORMAT", "test.typed.TIME", List.of("1999-12-31T08:00", "2000", "2100")),
                        tuple("seats", "FORMAT", "test.typed.NUMBER", List.of("fifty")),
                        tuple("wage", "FORMAT", "test.typed.AMOUNT", List.of("3,200")),
                        tuple("colour", "UNKNOWN", "test.typed.CHOICE", List.of("blue", "RED, GREEN")),
                        tuple("id", "UNKNOWN", "test.typed.ID", List.of("x")));
    }

    @Test
    void withoutYearsAnyDayIsReadAndTheWordingNamesNone() {
        TypedReader typed = new TypedReader("test.typed");

        assertThat(typed.day("1900-01-01", "day")).isEqualTo(LocalDate.of(1900, 1, 1));
        typed.day("1.1.1900", "day");

        assertThat(typed.violations()).extracting(Violation::arguments).containsExactly(List.of("1.1.1900"));
    }

    @Test
    void aKernelValueIsRefusedInTheKernelsOwnWords() {
        TypedReader typed = new TypedReader("test.typed");
        typed.value("1.234", "cost", Money::ofYuan);

        assertThat(typed.violations())
                .extracting(Violation::field, Violation::code, Violation::messageKey)
                .containsExactly(tuple("cost", "PRECISION", "invalid.money.PRECISION"));
    }

    @Test
    void quotesAtMostFortyCharacters() {
        TypedReader typed = new TypedReader("test.typed");
        typed.number("9".repeat(41), "seats");

        assertThat(typed.violations().get(0).arguments()).containsExactly("9".repeat(40) + "…");
    }

    @Test
    void aRequiredValueLeftBlankIsRefusedOnceAsRequired() {
        TypedReader typed = new TypedReader("test.typed");

        assertThat(typed.requiredDay(" ", "day")).isNull();
        assertThat(typed.required(null, "placement")).isFalse();

        assertThat(typed.violations())
                .extracting(Violation::field, Violation::code, Violation::messageKey)
                .containsExactly(
                        tuple("day", "REQUIRED", "invalid.field.REQUIRED"),
                        tuple("placement", "REQUIRED", "invalid.field.REQUIRED"));
    }

    @Test
    void marksTheRefusalsOfAListEntryWithItsRow() {
        TypedReader typed = new TypedReader("test.typed");
        typed.number("one", "first");

        assertThat(typed.atRow(2, () -> typed.number("two", "seats"))).isNull();
        assertThat(typed.violations()).extracting(Violation::row).containsExactly(null, 2);
    }

    @Test
    void checkThrowsEveryRefusalAtOnce() {
        TypedReader typed = new TypedReader("test.typed");
        typed.number("x", "a");
        typed.day("y", "b");

        assertThatThrownBy(typed::check)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(Violation::field)
                                .containsExactly("a", "b"));
    }

    @Test
    void aModuleMayWidenWhatTheParsersSee() {
        TypedReader fullWidth = new TypedReader("test.typed") {
            @Override
            protected String readable(String text) {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                        .strip();
            }
        };

        assertThat(fullWidth.day("２０２６-０３-０１", "day")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(new TypedReader("test.typed").day("２０２６-０３-０１", "day")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "2026-03-01", "12", "red", "-", "1e999999999", "+99999-01-01", "\u3000", "２０２６", "𝟙"})
    void anyTextIsReadOrRefusedNeverThrown(String text) {
        TypedReader typed = new TypedReader("test.typed", 2000, 2100);
        Object[] read = {
            typed.day(text, "f"),
            typed.time(text, "f"),
            typed.number(text, "f"),
            typed.amount(text, "f"),
            typed.choice(Colour.class, text, "f")
        };

        long given = text.isBlank() ? 0 : 5;
        long readOrRefused = Arrays.stream(read).filter(Objects::nonNull).count()
                + typed.violations().size();
        assertThat(readOrRefused).isEqualTo(given);
    }
}

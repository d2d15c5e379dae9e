package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResidentIdPropertiesTests {

    record Person(String region, LocalDate birthDate, int sequence) {
        String body() {
            return region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        }

        String id() {
            return ValidCodes.residentId(body());
        }
    }

    @Provide
    Arbitrary<Person> people() {
        return persons(LocalDate.of(1900, 1, 1), LocalDate.now().minusDays(1));
    }

    @Provide
    Arbitrary<Person> peopleBornInThe1900s() {
        return persons(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
    }

    private static Arbitrary<Person> persons(LocalDate from, LocalDate to) {
        // 500232 (Wulong County) was retired in 2016 and must still be accepted.
        Arbitrary<String> regions = Arbitraries.of("433122", "500232", "500156", "110101", "370102", "371321");
        Arbitrary<LocalDate> dates =
                Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(regions, dates, sequences).as(Person::new);
    }

    @Property
    void generatedNumberParsesAndRoundTrips(@ForAll("people") Person person) {
        ResidentId id = ResidentId.parse(person.id());

        assertThat(id.value()).isEqualTo(person.id());
        assertThat(ResidentId.parse(id.value())).isEqualTo(id);
        assertThat(id.regionOfIssue()).isEqualTo(person.region());
        assertThat(id.birthDate()).isEqualTo(person.birthDate());
        assertThat(id.sex()).isEqualTo(person.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * Every weight is non-zero modulo the prime 11, so changing one body digit always changes the
     * check character, and the check character itself has exactly one right value: no single
     * change can produce another valid number. It may be caught before the checksum (a date or
     * region that no longer makes sense) but is never accepted.
     */
    @Property
    void changingAnyOneCharacterIsRejected(
            @ForAll("people") Person person,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 10) int shift) {
        String valid = person.id();
        String alphabet = "0123456789X";
        char replacement = alphabet.charAt((alphabet.indexOf(valid.charAt(position)) + shift) % 11);
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);

        assertThat(ResidentId.check(changed)).isPresent();
    }

    @Property
    void legacyNumberEqualsItsUpgrade(@ForAll("peopleBornInThe1900s") Person person) {
        LocalDate born = person.birthDate();
        String legacy = ValidCodes.legacyResidentId(
                person.region(), born.getYear() - 1900, born.getMonthValue(), born.getDayOfMonth(), person.sequence());

        assertThat(ResidentId.parse(legacy)).isEqualTo(ResidentId.parse(person.id()));
        assertThat(ResidentId.parse(legacy).value()).isEqualTo(person.id());
    }

    @Property
    void fullWidthVariantParsesEqual(@ForAll("people") Person person) {
        String fullWidth = "\u3000" + toFullWidth(person.id().replace('X', 'x')) + " ";

        assertThat(ResidentId.parse(fullWidth)).isEqualTo(ResidentId.parse(person.id()));
    }

    @Property
    void maskedFormNeverShowsTheMiddle(@ForAll("people") Person person) {
        ResidentId id = ResidentId.parse(person.id());
        String masked = id.masked();

        assertThat(masked).hasSize(18);
        assertThat(masked.substring(6, 14)).isEqualTo("********");
        assertThat(masked).startsWith(person.region()).endsWith(person.id().substring(14));
        assertThat(id.toString()).isEqualTo(masked);
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }
}

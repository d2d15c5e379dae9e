package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Sex;
import org.laborbridge.shared.Violation;

/** The checks every way into the registry shares: form, API and import. */
class WorkerProfileTests {

    private static final String LUXI_WOMAN = "433122199503170026";

    private static WorkerForm form(String name, String residentId) {
        return new WorkerForm(name, residentId, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> codes(WorkerForm form, String field) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> WorkerProfile.of(form));
        assertThat(refused).as("refused").isNotNull();
        return refused.violations().stream()
                .filter(v -> v.field().equals(field))
                .map(Violation::code)
                .toList();
    }

    @Test
    void needsOnlyANameAndAResidentIdAndReadsTheRestFromTheId() {
        WorkerProfile profile = WorkerProfile.of(form(" 向春梅 ", LUXI_WOMAN));

        assertThat(profile.name()).isEqualTo("向春梅");
        assertThat(profile.residentId().sex()).isEqualTo(Sex.FEMALE);
        assertThat(profile.householdCounty().value()).isEqualTo("433122");
        assertThat(profile.laborCapacity()).isEqualTo(LaborCapacity.FULL);
        assertThat(profile.situation()).isEqualTo(Situation.SEEKING);
        assertThat(profile.registeredPoor()).isFalse();
    }

    @Test
    void upgradesALegacyNumberToItsEighteenCharacterForm() {
        assertThat(WorkerProfile.of(form("向春梅", "433122950317002")).residentId().value())
                .isEqualTo(LUXI_WOMAN);
    }

    @Test
    void proposesTodaysCountyForAnIdIssuedUnderARetiredCode() {
        WorkerProfile profile = WorkerProfile.of(form("冉小平", "50023219900101123X"));

        assertThat(profile.householdCounty().value()).isEqualTo("500156");
    }

    @Test
    void requiresAName() {
        assertThat(codes(form("  ", LUXI_WOMAN), "name")).containsExactly("REQUIRED");
    }

    @Test
    void limitsTheNameLength() {
        assertThat(codes(form("张".repeat(51), LUXI_WOMAN), "name")).containsExactly("LENGTH");
    }

    @Test
    void explainsWhichPartOfTheResidentIdIsWrong() {
        assertThat(codes(form("某", null), "residentId")).containsExactly("REQUIRED");
        assertThat(codes(form("某", "43312219950317002"), "residentId")).containsExactly("LENGTH");
        assertThat(codes(form("某", "433122199503170027"), "residentId")).containsExactly("CHECKSUM");
        assertThat(codes(form("某", "433122199513170026"), "residentId")).containsExactly("BIRTH_DATE");
    }

    @Test
    void refusesAHouseholdRegionThatIsNotACounty() {
        WorkerForm prefecture =
                new WorkerForm("某", LUXI_WOMAN, "433100", null, null, null, null, null, null, null, null, null, null);
        WorkerForm unknown =
                new WorkerForm("某", LUXI_WOMAN, "火星县", null, null, null, null, null, null, null, null, null, null);

        assertThat(codes(prefecture, "householdRegion")).containsExactly("NOT_COUNTY");
        assertThat(codes(unknown, "householdRegion")).containsExactly("UNKNOWN");
    }

    @Test
    void refusesAMistypedPhone() {
        WorkerForm form =
                new WorkerForm("某", LUXI_WOMAN, null, "1390743", null, null, null, null, null, null, null, null, null);

        assertThat(codes(form, "phone")).isNotEmpty();
    }

    @Test
    void takesSkillsAndJobsFromTheCataloguesByCodeOrName() {
        WorkerForm form = new WorkerForm(
                "某", LUXI_WOMAN, null, null, null, null, null, null, null, List.of("电工证"), List.of(), null, null);

        assertThat(WorkerProfile.of(form).skills()).containsExactly("ELECTRICIAN_LICENCE");
        WorkerForm unknown = new WorkerForm(
                "某",
                LUXI_WOMAN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("Juggling"),
                List.of("Astronaut"),
                null,
                null);
        assertThat(codes(unknown, "skills")).containsExactly("UNKNOWN");
        assertThat(codes(unknown, "wantedJobs")).containsExactly("UNKNOWN");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        WorkerForm form = new WorkerForm(
                "",
                "433122199503170027",
                null,
                "12",
                true,
                "x".repeat(41),
                null,
                null,
                null,
                List.of("Juggling"),
                List.of("Astronaut"),
                null,
                "n".repeat(2001));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> WorkerProfile.of(form));

        assertThat(refused.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "name", "residentId", "phone", "poorHouseholdNo", "notes", "skills", "wantedJobs");
    }
}

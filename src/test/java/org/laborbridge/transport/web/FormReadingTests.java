package org.laborbridge.transport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.forms.DemandFields;
import org.laborbridge.transport.forms.TripFields;
import org.laborbridge.transport.forms.TypedFields;
import org.laborbridge.transport.web.LineView.CheckState;

/** The transport forms read as typed, without Spring: what is refused, under which field and words. */
class FormReadingTests {

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31", "2101-01-01", "+99999-01-01", "0001-01-01"})
    void refusesADayOutsideTheYears2000To2100AsFormat(String day) {
        TypedFields typed = new TypedFields();
        assertThat(typed.day(day, "earliest")).isNull();
        assertThat(typed.time(day + "T08:00", "plannedDeparture")).isNull();

        assertThat(refusals(typed))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("earliest", "FORMAT"), tuple("plannedDeparture", "FORMAT"));
    }

    @Test
    void aRefusalQuotesWhatWasTypedAndSaysWhatWasExpected() {
        TypedFields typed = new TypedFields();
        typed.number("fifty", "seats");
        typed.day("2026-02-30", "earliest");
        typed.choice(org.laborbridge.transport.TransportMode.class, "SHIP", "mode");
        typed.placements(List.of("not-an-id"), "placements");

        assertThat(refusals(typed))
                .extracting(Violation::field, Violation::messageKey, Violation::arguments, Violation::row)
                .containsExactly(
                        tuple("seats", "transport.typed.NUMBER", List.of("fifty"), null),
                        tuple("earliest", "transport.typed.DAY", List.of("2026-02-30", "2000", "2100"), null),
                        tuple("mode", "transport.typed.CHOICE", List.of("SHIP", "BUS, CARRIAGE, TRAIN, FLIGHT"), null),
                        tuple("placements", "transport.typed.ID", List.of("not-an-id"), 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2100-12-31"})
    void readsTheFirstAndLastDayOfTheRange(String day) {
        TypedFields typed = new TypedFields();
        assertThat(typed.day(day, "earliest")).isEqualTo(LocalDate.parse(day));
        assertThat(typed.time(day + " 23:59", "plannedDeparture")).isNotNull();
        typed.check();
    }

    @Test
    void refusesMoreThanTwentyDestinationsBeforeReadingAnyOfThem() {
        TypedFields typed = new TypedFields();
        String tokens = String.join(",", Collections.nCopies(TypedFields.MAX_DESTINATIONS + 1, "x"));

        assertThat(typed.regions(tokens, "destinations")).isEmpty();
        assertThat(refusals(typed))
                .extracting(Violation::field, Violation::code, Violation::arguments)
                .containsExactly(tuple("destinations", "TOO_MANY", List.of(TypedFields.MAX_DESTINATIONS)));
    }

    @Test
    void refusesMorePlacementsThanAnyVehicleHasSeatsBeforeReadingAnyOfThem() {
        TypedFields typed = new TypedFields();

        assertThat(typed.placements(Collections.nCopies(TypedFields.MAX_PLACEMENTS + 1, "x"), "placements"))
                .isEmpty();
        assertThat(refusals(typed)).extracting(Violation::code).containsExactly("TOO_MANY");
    }

    @Test
    void namesTheRowOfAMalformedPlacement() {
        TypedFields typed = new TypedFields();
        typed.placements(List.of("0190a7f2-0000-7000-8000-000000000001", "nonsense"), "placements");

        assertThat(refusals(typed))
                .extracting(Violation::row, Violation::field, Violation::code)
                .containsExactly(tuple(2, "placements", "UNKNOWN"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"abc, FORMAT", "-5, NEGATIVE", "1.234, PRECISION"})
    void wordsABadCostInTheTripsOwnWords(String cost, String code) {
        TripFields fields = new TripFields("BUS", null, null, null, null, null, null, null, null, cost, null);

        assertThatThrownBy(fields::toForm)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(Violation::field, Violation::code, Violation::messageKey)
                                .containsExactly(tuple("totalCost", code, "transport.invalid.totalCost." + code)));
    }

    @Test
    void proposesTheWeekBeforeTheStartButNoDayAlreadyPast() {
        LocalDate today = BureauTime.today();

        assertThat(DemandFields.proposedFor(startingOn(today.plusDays(30))))
                .extracting(DemandFields::earliest, DemandFields::latest)
                .containsExactly(
                        today.plusDays(23).toString(), today.plusDays(29).toString());
        assertThat(DemandFields.proposedFor(startingOn(today.plusDays(3))))
                .extracting(DemandFields::earliest, DemandFields::latest)
                .containsExactly(today.toString(), today.plusDays(2).toString());
        assertThat(DemandFields.proposedFor(startingOn(today)))
                .extracting(DemandFields::earliest, DemandFields::latest)
                .containsExactly(null, null);
    }

    @Test
    void aCheckWhoseNoteAndRecorderAreHiddenShowsOnlyWhen() {
        Instant at = Instant.parse("2030-03-01T00:30:00Z");

        assertThat(new CheckState("HEALTH", new CheckResult("HEALTH", true, null, null, at)).detail())
                .isEqualTo(BureauTime.format(at));
        assertThat(new CheckState("HEALTH", new CheckResult("HEALTH", true, "体温正常", "caseworker", at)).detail())
                .isEqualTo("caseworker · " + BureauTime.format(at) + " · 体温正常");
        assertThat(new CheckState("HEALTH", null).detail()).isEmpty();
    }

    private static PlacementView startingOn(LocalDate start) {
        return new PlacementView(
                new PlacementId(UUID.randomUUID()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                start,
                12,
                start.plusMonths(12),
                null,
                null,
                null,
                null,
                PlacementStatus.STARTING,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static List<Violation> refusals(TypedFields typed) {
        try {
            typed.check();
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.violations();
        }
    }
}

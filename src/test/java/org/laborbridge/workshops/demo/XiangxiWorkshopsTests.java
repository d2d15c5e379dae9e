package org.laborbridge.workshops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class XiangxiWorkshopsTests {

    private static final List<String> COUNTIES =
            List.of("433122", "433123", "433124", "433125", "433126", "433127", "433130");

    @Test
    void plansTheArticles217WorkshopsAroundEveryPersonInTheirOwnCounty() {
        List<XiangxiWorkshops.Person> people = new ArrayList<>();
        for (int i = 0; i < 3_666; i++) {
            people.add(new XiangxiWorkshops.Person(UUID.randomUUID(), COUNTIES.get(i * 7 / 3_666), true));
        }
        LocalDate today = LocalDate.of(2026, 11, 28);

        List<XiangxiWorkshops.Planned> plan = XiangxiWorkshops.plan(people, today);

        assertThat(plan).hasSize(217);
        assertThat(plan.stream().flatMap(w -> w.employees().stream()).map(e -> e.person()))
                .containsExactlyInAnyOrderElementsOf(people);
        assertThat(plan).allSatisfy(w -> {
            assertThat(w.employees()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(w.employees()).allSatisfy(e -> {
                assertThat(e.person().county()).isEqualTo(w.county());
                assertThat(e.start()).isAfterOrEqualTo(w.foundedOn()).isBeforeOrEqualTo(today);
                assertThat(e.contractMonths()).isGreaterThanOrEqualTo(6);
            });
        });
        assertThat(plan.stream().map(XiangxiWorkshops.Planned::name).distinct()).hasSize(217);
        assertThat(plan.stream().map(XiangxiWorkshops.Planned::county).distinct())
                .containsExactlyInAnyOrderElementsOf(COUNTIES);
    }
}

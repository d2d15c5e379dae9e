package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogueTests {

    @Test
    void findsAJobTypeByCodeOrByItsNameInAnyLanguage() {
        assertThat(Catalogue.jobTypes().find("domestic_care"))
                .map(Catalogue.Entry::code)
                .contains("DOMESTIC_CARE");
        assertThat(Catalogue.jobTypes().find("家政服务员"))
                .map(Catalogue.Entry::code)
                .contains("DOMESTIC_CARE");
        assertThat(Catalogue.jobTypes().find("家政服務員"))
                .map(Catalogue.Entry::code)
                .contains("DOMESTIC_CARE");
        assertThat(Catalogue.jobTypes().find(" Domestic care worker "))
                .map(Catalogue.Entry::code)
                .contains("DOMESTIC_CARE");
        assertThat(Catalogue.jobTypes().find("astronaut")).isEmpty();
    }

    @Test
    void namesAnEntryInTheReadersLanguage() {
        assertThat(Catalogue.skills().name("FORKLIFT_LICENCE", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("叉车证");
        assertThat(Catalogue.skills().name("FORKLIFT_LICENCE", Locale.TRADITIONAL_CHINESE))
                .isEqualTo("堆高機證");
        assertThat(Catalogue.skills().name("FORKLIFT_LICENCE", Locale.ENGLISH)).isEqualTo("Forklift licence");
    }

    @Test
    void refusesACodeNotInTheList() {
        assertThatThrownBy(() -> Catalogue.skills().require("JUGGLING"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invalid.skill.UNKNOWN"));
    }

    @Test
    void everyEntryHasANameInEachLanguage() {
        for (Catalogue catalogue : List.of(Catalogue.jobTypes(), Catalogue.skills())) {
            assertThat(catalogue.entries()).isNotEmpty();
            for (Catalogue.Entry entry : catalogue.entries()) {
                assertThat(List.of(entry.simplified(), entry.traditional(), entry.english()))
                        .as(entry.code())
                        .allMatch(name -> !name.isBlank());
            }
        }
    }
}

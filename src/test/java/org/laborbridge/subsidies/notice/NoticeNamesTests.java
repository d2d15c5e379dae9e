package org.laborbridge.subsidies.notice;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class NoticeNamesTests {

    @Test
    void keepsTheFamilyNameOnly() {
        assertThat(NoticeNames.mask("向阳花")).isEqualTo("向**");
        assertThat(NoticeNames.mask("欧阳")).isEqualTo("欧*");
        assertThat(NoticeNames.mask(" 李 ")).isEqualTo("李*");
        assertThat(NoticeNames.mask(null)).isEqualTo("*");
    }

    @Property
    void showsOneCharacterAndHidesTheRest(@ForAll @NotBlank String name) {
        String masked = NoticeNames.mask(name);

        assertThat(masked.codePointCount(0, masked.length()) - 1)
                .isEqualTo(
                        Math.max(1, name.strip().codePointCount(0, name.strip().length()) - 1));
        assertThat(masked.codePoints().skip(1)).containsOnly((int) '*');
    }
}

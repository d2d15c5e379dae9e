package org.laborbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTests {

    @Test
    void isOnByDefaultWithTheEmbeddedDatabase() {
        assertThat(DemoMode.isOn(new MockEnvironment())).isTrue();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty("spring.datasource.url", "")))
                .isTrue();
    }

    @Test
    void isOffByDefaultWithAnExternalDatabase() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/laborbridge");

        assertThat(DemoMode.isOn(environment)).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(DemoMode.isOn(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db/laborbridge")
                        .withProperty(DemoMode.PROPERTY, "true")))
                .isTrue();
        assertThat(DemoMode.isOn(new MockEnvironment().withProperty(DemoMode.PROPERTY, "false")))
                .isFalse();
    }
}

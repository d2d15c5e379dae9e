package org.laborbridge.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedDatabaseConfigurationTests {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void staysOutOfTheWayWhenADatabaseIsNamed() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/laborbridge")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseConfiguration.class));
    }
}

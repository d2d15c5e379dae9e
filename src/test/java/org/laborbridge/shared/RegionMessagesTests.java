package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The region bundle explains what the directory can refuse; MessageBundlesTests checks the translations. */
class RegionMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(RegionMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void explainsBothRegionCodeErrorsAndEveryLevel() throws IOException {
        Properties defaults = bundle("regions");

        assertThat(defaults)
                .containsKeys(
                        new InvalidValueException("regionCode", "FORMAT").messageKey(),
                        new InvalidValueException("regionCode", "UNKNOWN").messageKey());
        Arrays.stream(RegionLevel.values())
                .forEach(level -> assertThat(defaults).containsKey(level.messageKey()));
    }
}

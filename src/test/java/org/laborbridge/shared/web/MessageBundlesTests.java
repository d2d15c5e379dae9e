package org.laborbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user sees must exist in all three languages. */
class MessageBundlesTests {

    private static final List<String> LANGUAGE_SUFFIXES = List.of("", "_zh_TW", "_en");
    private static final Pattern LITERAL_MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String basename : basenames()) {
            Set<String> simplified = keys(basename + LANGUAGE_SUFFIXES.get(0));
            assertThat(simplified).as(basename + " is empty").isNotEmpty();
            for (String suffix : LANGUAGE_SUFFIXES.subList(1, LANGUAGE_SUFFIXES.size())) {
                assertThat(keys(basename + suffix))
                        .as(basename + suffix)
                        .containsExactlyInAnyOrderElementsOf(simplified);
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String basename : basenames()) {
            known.addAll(keys(basename));
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = LITERAL_MESSAGE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    assertThat(known).as("message key used in " + template).contains(keys.group(1));
                }
            }
        }
    }

    private static List<String> basenames() {
        List<String> basenames = List.of(MessageBundles.basenames());
        assertThat(basenames).contains("i18n/web", "i18n/kernel", "i18n/identity");
        return basenames;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("resource " + resource).isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}

package org.laborbridge.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle, {@code i18n/<module>.properties} (Simplified
 * Chinese) beside {@code _zh_TW} and {@code _en}; they are found here rather than listed, so a
 * new module cannot forget to register its texts.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_(zh_TW|en)$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The bundle names under {@code i18n/}, e.g. {@code i18n/workers}. */
    public static String[] basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(files)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> LANGUAGE_SUFFIX
                            .matcher(name.substring(0, name.length() - ".properties".length()))
                            .replaceFirst(""))
                    .distinct()
                    .sorted()
                    .map(name -> "i18n/" + name)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

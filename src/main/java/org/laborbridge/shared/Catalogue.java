package org.laborbridge.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A maintained list of choices with names in the three languages: the job types that workers
 * want and postings offer, and the skills and certificates they hold or require. Stored values
 * are the codes; people see the names.
 */
public final class Catalogue {

    private static final Catalogue JOB_TYPES = load("jobType", "/catalogue/job-types.tsv");
    private static final Catalogue SKILLS = load("skill", "/catalogue/skills.tsv");

    private final String valueType;
    private final Map<String, Entry> entries;

    /** One choice: its stable code and its name in Simplified, Traditional and English. */
    public record Entry(String code, String simplified, String traditional, String english) {

        public String name(Locale locale) {
            if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
                return english;
            }
            return Locale.TRADITIONAL_CHINESE.getCountry().equals(locale.getCountry())
                            || "Hant".equals(locale.getScript())
                    ? traditional
                    : simplified;
        }

        boolean isCalled(String text) {
            return code.equalsIgnoreCase(text)
                    || simplified.equals(text)
                    || traditional.equals(text)
                    || english.equalsIgnoreCase(text);
        }
    }

    private Catalogue(String valueType, Map<String, Entry> entries) {
        this.valueType = valueType;
        this.entries = entries;
    }

    public static Catalogue jobTypes() {
        return JOB_TYPES;
    }

    public static Catalogue skills() {
        return SKILLS;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    /** The code itself when listed, else {@code InvalidValueException(<valueType>, UNKNOWN)}. */
    public String require(String code) {
        if (!contains(code)) {
            throw new InvalidValueException(valueType, "UNKNOWN");
        }
        return code;
    }

    /** The entry a person typed, by code or by its name in any of the three languages. */
    public Optional<Entry> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        Entry byCode = entries.get(text.toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        return entries.values().stream().filter(entry -> entry.isCalled(text)).findFirst();
    }

    public String name(String code, Locale locale) {
        Entry entry = entries.get(code);
        return entry == null ? code : entry.name(locale);
    }

    private static Catalogue load(String valueType, String resource) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Catalogue.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] columns = line.split("\t");
                    entries.put(columns[0], new Entry(columns[0], columns[1], columns[2], columns[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalogue(valueType, Collections.unmodifiableMap(entries));
    }
}

package org.laborbridge.shared;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese text for matching and searching: one script, pinyin and initials.
 *
 * <p>Pinyin is lowercase ASCII without tones, one space between syllables; {@code ü} is written
 * {@code v} ({@code 吕} is {@code lv}, {@code 绿} is {@code lv}), as Chinese input methods do, so
 * that it stays distinct from {@code lu}. Letters and digits in the text are kept as words,
 * punctuation such as the {@code ·} in transcribed names separates words, and the rare characters
 * ICU has no reading for are left out.
 *
 * <p>Two readings: {@link #pinyin} reads every character as in ordinary text ({@code 曾} ceng,
 * {@code 单} dan); {@link #namePinyin} reads the first character, or a compound surname such as
 * {@code 万俟}, as a surname ({@code 曾} zeng, {@code 单} shan, {@code 万俟} mo qi) and the given
 * name as ordinary text. Search should index both, because people type either.
 *
 * <p>ICU's Han-Latin costs tens of microseconds per call and grows with the text, far too slow for
 * bulk data, so readings are cached per character. Its only context rules are two-character
 * phrases ({@code 重庆} chong qing); they are read out of the rules once at start-up and applied
 * here. ICU documents transliterators as stateless and safe to share between threads; the caches
 * are concurrent maps.
 */
public final class ChineseText {

    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");
    private static final Transliterator HAN_LATIN_NAMES = Transliterator.getInstance("Han-Latin/Names");
    /** Matches ICU rules of the form {@code {重}' '?庆 > chóng;}. */
    private static final Pattern PHRASE_RULE = Pattern.compile("\\{(\\p{IsHan})\\}' '\\?(\\p{IsHan})");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ASCII_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private static final Map<Integer, String> READINGS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> SURNAME_READINGS = new ConcurrentHashMap<>();
    private static final Map<String, String> PHRASE_READINGS = phraseReadings(HAN_LATIN);
    private static final Map<String, String> SURNAME_PHRASE_READINGS = phraseReadings(HAN_LATIN_NAMES);

    private ChineseText() {}

    public static String toSimplified(String text) {
        return HANT_TO_HANS.transliterate(Objects.requireNonNull(text));
    }

    /** A search key: NFKC (full-width forms to ASCII), Simplified script, single inner spaces, trimmed. */
    public static String normalise(String text) {
        String compatible = Normalizer.normalize(Objects.requireNonNull(text), Normalizer.Form.NFKC);
        return WHITESPACE.matcher(toSimplified(compatible)).replaceAll(" ").strip();
    }

    /** {@code 張三} and {@code 张三} both give {@code zhang san}. */
    public static String pinyin(String text) {
        return String.join(" ", syllables(text, false));
    }

    public static String pinyinCompact(String text) {
        return String.join("", syllables(text, false));
    }

    /** First letter of each syllable or word: {@code 张三} gives {@code zs}. */
    public static String initials(String text) {
        return initialsOf(syllables(text, false));
    }

    /** Like {@link #pinyin} but with the surname read as a surname: {@code 曾国藩} gives {@code zeng guo fan}. */
    public static String namePinyin(String name) {
        return String.join(" ", syllables(name, true));
    }

    public static String namePinyinCompact(String name) {
        return String.join("", syllables(name, true));
    }

    public static String nameInitials(String name) {
        return initialsOf(syllables(name, true));
    }

    private static String initialsOf(List<String> syllables) {
        StringBuilder initials = new StringBuilder(syllables.size());
        for (String syllable : syllables) {
            initials.append(syllable.charAt(0));
        }
        return initials.toString();
    }

    private static List<String> syllables(String text, boolean asName) {
        String normalised = normalise(text);
        int[] codePoints = normalised.codePoints().toArray();
        List<String> syllables = new ArrayList<>(codePoints.length);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (isHan(c)) {
                flush(word, syllables);
                int next = i + 1 < codePoints.length ? codePoints[i + 1] : -1;
                addIfPresent(syllables, reading(c, next, asName && i == 0));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                flush(word, syllables);
            }
        }
        flush(word, syllables);
        return syllables;
    }

    private static String reading(int c, int next, boolean asSurname) {
        String phrase = next < 0
                ? null
                : new StringBuilder().appendCodePoint(c).appendCodePoint(next).toString();
        if (asSurname) {
            String compoundSurname = phrase == null ? null : SURNAME_PHRASE_READINGS.get(phrase);
            return compoundSurname != null
                    ? compoundSurname
                    : SURNAME_READINGS.computeIfAbsent(
                            c, key -> toAscii(HAN_LATIN_NAMES.transliterate(Character.toString(key))));
        }
        String inPhrase = phrase == null ? null : PHRASE_READINGS.get(phrase);
        return inPhrase != null
                ? inPhrase
                : READINGS.computeIfAbsent(c, key -> toAscii(HAN_LATIN.transliterate(Character.toString(key))));
    }

    private static void flush(StringBuilder word, List<String> syllables) {
        if (word.length() > 0) {
            addIfPresent(syllables, toAscii(word.toString()));
            word.setLength(0);
        }
    }

    private static void addIfPresent(List<String> syllables, String syllable) {
        if (!syllable.isEmpty()) {
            syllables.add(syllable);
        }
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Drops tone marks, writes ü as v, and drops whatever is still not ASCII (an unread character). */
    private static String toAscii(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD)
                .replace("u\u0308", "v")
                .replace("U\u0308", "V");
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ASCII_ALPHANUMERIC.matcher(unmarked).replaceAll("");
    }

    /** The reading of the first character of each two-character phrase rule, e.g. 重庆 → chong. */
    private static Map<String, String> phraseReadings(Transliterator transliterator) {
        Map<String, String> readings = new HashMap<>();
        Matcher rule = PHRASE_RULE.matcher(transliterator.toRules(false));
        while (rule.find()) {
            String phrase = rule.group(1) + rule.group(2);
            String[] read = transliterator.transliterate(phrase).strip().split("\\s+");
            readings.put(phrase, toAscii(read[0]));
        }
        return Map.copyOf(readings);
    }
}

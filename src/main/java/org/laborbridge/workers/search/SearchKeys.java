package org.laborbridge.workers.search;

import org.laborbridge.shared.ChineseText;

/**
 * The derived columns that make a worker findable the way Chinese users search: by the name in
 * either script, by full pinyin with or without spaces, by initials (with both the ordinary and
 * the surname reading of the first character, since people type either), and by the last
 * digits of the ID or phone number (stored reversed so a suffix becomes an indexable prefix).
 */
public record SearchKeys(
        String nameSimplified,
        String namePinyin,
        String namePinyinSurname,
        String nameInitials,
        String nameInitialsSurname,
        String residentIdReversed,
        String phoneReversed) {

    /** The surname readings are null where they equal the ordinary ones, which is almost always. */
    public static SearchKeys of(String name, String residentId, String phone) {
        String pinyin = ChineseText.pinyinCompact(name);
        String initials = ChineseText.initials(name);
        return new SearchKeys(
                name(name),
                pinyin,
                unlessSame(ChineseText.namePinyinCompact(name), pinyin),
                initials,
                unlessSame(ChineseText.nameInitials(name), initials),
                reversed(residentId),
                phone == null ? null : reversed(phone));
    }

    private static String unlessSame(String surnameReading, String ordinary) {
        return surnameReading.equals(ordinary) ? null : surnameReading;
    }

    /** How a typed name is compared: Simplified script, compatibility forms folded, no blanks. */
    public static String name(String typed) {
        return ChineseText.normalise(typed).replace(" ", "");
    }

    /** How typed pinyin or initials are compared: lower case letters only. */
    public static String latin(String typed) {
        return typed.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    public static String reversed(String digits) {
        return new StringBuilder(digits.strip().toUpperCase(java.util.Locale.ROOT))
                .reverse()
                .toString();
    }
}

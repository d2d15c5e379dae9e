package org.laborbridge.subsidies.policies;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;

/**
 * Text typed into the policy form, read field by field. A value that cannot be read is kept as a
 * refusal of its own field (worded under {@code subsidies.policies.typed.*}, money in the kernel's
 * own words), so the form shows every mistake at once. Blank is "not given": the terms decide
 * whether that is allowed, except for a checked condition's parameters, which it needs.
 */
final class TypedText {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    /**
     * "500: 200", "500 200" or "500 公里: 200 元": two numbers, the second in yuan. Read after NFKC,
     * which turns the full-width colon and comma into ASCII.
     */
    private static final Pattern TIER = Pattern.compile("(\\d+)\\s*[^\\d\\s:,.+-]*\\s*[:,]?\\s*([+-]?[\\d.]+)\\s*\\D*");
    /** "6 50", "6: 50%", "6 个月 50%": months, then percent. */
    private static final Pattern STAGE = Pattern.compile("(\\d+)\\s*[^\\d\\s:,%+-]*\\s*[:,]?\\s*([+-]?\\d+)\\s*%?");

    private static final RegionDirectory DIRECTORY = RegionDirectory.standard();

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    Set<String> fields() {
        return violations.stream().map(Violation::field).collect(Collectors.toSet());
    }

    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        unknownChoice(
                text,
                field,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return null;
    }

    <E extends Enum<E>> E requiredChoice(Class<E> type, String text, String field) {
        return required(text, field) ? choice(type, text, field) : null;
    }

    void unknownChoice(String text, String field, List<String> choices) {
        refuse(field, "UNKNOWN", "CHOICE", shown(text), String.join(", ", choices));
    }

    Integer number(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(TypedText.normalised(text));
        } catch (NumberFormatException malformed) {
            return refuse(field, "FORMAT", "NUMBER", shown(text));
        }
    }

    Integer requiredNumber(String text, String field) {
        return required(text, field) ? number(text, field) : null;
    }

    LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(TypedText.normalised(text));
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException malformed) {
            // refused below, alike for a day that cannot be read and one out of the years
        }
        // Years as text, or MessageFormat would write "2,000".
        return refuse(field, "FORMAT", "DAY", shown(text), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    LocalDate requiredDay(String text, String field) {
        return required(text, field) ? day(text, field) : null;
    }

    /** Yuan with at most two decimals, refused in the kernel's words for money (PRECISION, NEGATIVE …). */
    Money money(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Money.ofYuan(text);
        } catch (InvalidValueException invalid) {
            violations.add(Violation.of(field, invalid));
            return null;
        }
    }

    Money requiredMoney(String text, String field) {
        return required(text, field) ? money(text, field) : null;
    }

    /** Null when a line cannot be read; no lines at all is an empty list for the terms to refuse. */
    List<Tier> tiers(String text, String field) {
        List<Tier> tiers = new ArrayList<>();
        boolean readable = true;
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher tier = TIER.matcher(normalised(line));
            Money amount = null;
            if (twoNumbers(tier)) {
                try {
                    amount = Money.ofYuan(tier.group(2));
                } catch (InvalidValueException invalid) {
                    amount = null;
                }
            }
            Integer upTo = amount == null ? null : parsedOrNull(tier.group(1));
            if (upTo == null || amount == null) {
                refuse(field, "FORMAT", "TIER", i + 1, shown(line));
                readable = false;
            } else {
                tiers.add(new Tier(upTo, amount));
            }
        }
        return readable ? tiers : null;
    }

    List<Stage> stages(String text, String field) {
        List<Stage> stages = new ArrayList<>();
        boolean readable = true;
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher stage = STAGE.matcher(normalised(line));
            boolean read = twoNumbers(stage);
            Integer months = read ? parsedOrNull(stage.group(1)) : null;
            Integer percent = read ? parsedOrNull(stage.group(2)) : null;
            if (months == null || percent == null) {
                refuse(field, "FORMAT", "STAGE", i + 1, shown(line));
                readable = false;
            } else {
                stages.add(new Stage(months, percent));
            }
        }
        return readable ? stages : null;
    }

    /** Region codes that name a division, now or once; null when one cannot be read. */
    List<RegionCode> regions(String text, String field) {
        List<RegionCode> regions = new ArrayList<>();
        boolean readable = true;
        for (String code : codes(text)) {
            try {
                RegionCode region = RegionCode.of(code);
                if (DIRECTORY.everExisted(region.value())) {
                    regions.add(region);
                } else {
                    refuse(field, "UNKNOWN", "REGION_UNKNOWN", shown(code));
                    readable = false;
                }
            } catch (InvalidValueException invalid) {
                refuse(field, "FORMAT", "REGION", shown(code));
                readable = false;
            }
        }
        return readable ? regions : null;
    }

    /** Non-blank lines, stripped; an empty line in a text area is no entry. */
    static List<String> lines(String text) {
        if (blank(text)) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Codes separated by spaces, commas or semicolons, each once, in the order typed. */
    static List<String> codes(String text) {
        if (blank(text)) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : SEPARATORS.split(normalised(text))) {
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private boolean required(String text, String field) {
        if (blank(text)) {
            violations.add(Violation.of(field, "REQUIRED", "subsidies.policies.typed.REQUIRED"));
            return false;
        }
        return true;
    }

    private <T> T refuse(String field, String code, String wording, Object... arguments) {
        violations.add(Violation.of(field, code, "subsidies.policies.typed." + wording, arguments));
        return null;
    }

    /** Something must stand between the numbers, or "350" would read as 35 and 0. */
    private static boolean twoNumbers(Matcher line) {
        return line.matches() && line.end(1) < line.start(2);
    }

    private static Integer parsedOrNull(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    /** Full-width digits and punctuation, as Chinese input methods type them, read as ASCII. */
    private static String normalised(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .strip();
    }

    /** The value as typed, cut short: a refusal quotes it so people see which entry was wrong. */
    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

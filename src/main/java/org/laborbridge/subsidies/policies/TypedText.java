package org.laborbridge.subsidies.policies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.TypedReader;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;

/**
 * Text typed into the policy form, read field by field and worded under {@code
 * subsidies.policies.typed.*}, money in the kernel's own words. Blank is "not given": the terms
 * decide whether that is allowed, except for a checked condition's parameters, which it needs.
 * What is the policies' own: full-width digits read as ASCII, tiers, stages and region lists.
 */
final class TypedText extends TypedReader {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    /**
     * "500: 200", "500 200" or "500 公里: 200 元": two numbers, the second in yuan. Read after NFKC,
     * which turns the full-width colon and comma into ASCII.
     */
    private static final Pattern TIER = Pattern.compile("(\\d+)\\s*[^\\d\\s:,.+-]*\\s*[:,]?\\s*([+-]?[\\d.]+)\\s*\\D*");
    /** "6 50", "6: 50%", "6 个月 50%": months, then percent. */
    private static final Pattern STAGE = Pattern.compile("(\\d+)\\s*[^\\d\\s:,%+-]*\\s*[:,]?\\s*([+-]?\\d+)\\s*%?");

    private static final RegionDirectory DIRECTORY = RegionDirectory.standard();

    TypedText() {
        super("subsidies.policies.typed", FIRST_YEAR, LAST_YEAR);
    }

    Set<String> fields() {
        return violations().stream().map(Violation::field).collect(Collectors.toSet());
    }

    /** Yuan with at most two decimals, refused in the kernel's words for money (PRECISION, NEGATIVE …). */
    Money money(String text, String field) {
        return value(text, field, Money::ofYuan);
    }

    Money requiredMoney(String text, String field) {
        return required(text, field) ? money(text, field) : null;
    }

    List<Tier> tiers(String text, String field) {
        return pairs(text, field, "TIER", TIER, (upTo, yuan) -> both(parsedOrNull(upTo), yuanOrNull(yuan), Tier::new));
    }

    List<Stage> stages(String text, String field) {
        return pairs(
                text,
                field,
                "STAGE",
                STAGE,
                (months, percent) -> both(parsedOrNull(months), parsedOrNull(percent), Stage::new));
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

    /**
     * Each line as two numbers matched by {@code pattern} and made into a {@code T} by {@code read}
     * (null when it cannot); a line that does not read is refused with its number from 1. Null
     * when one could not be read; no lines at all is an empty list for the terms to refuse.
     */
    private <T> List<T> pairs(
            String text, String field, String wording, Pattern pattern, BiFunction<String, String, T> read) {
        List<T> pairs = new ArrayList<>();
        boolean readable = true;
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            Matcher numbers = pattern.matcher(normalised(lines.get(i)));
            // Something must stand between the numbers, or "350" would read as 35 and 0.
            T pair = numbers.matches() && numbers.end(1) < numbers.start(2)
                    ? read.apply(numbers.group(1), numbers.group(2))
                    : null;
            if (pair == null) {
                refuse(field, "FORMAT", wording, i + 1, shown(lines.get(i)));
                readable = false;
            } else {
                pairs.add(pair);
            }
        }
        return readable ? pairs : null;
    }

    /** Null unless both halves were read. */
    private static <A, B, T> T both(A first, B second, BiFunction<A, B, T> make) {
        return first == null || second == null ? null : make.apply(first, second);
    }

    private static Money yuanOrNull(String yuan) {
        try {
            return Money.ofYuan(yuan);
        } catch (InvalidValueException invalid) {
            return null;
        }
    }

    private static Integer parsedOrNull(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    /** Full-width digits and punctuation, as Chinese input methods type them, read as ASCII. */
    @Override
    protected String readable(String text) {
        return normalised(text);
    }

    /** The policy form has always worded a missing value in its own words. */
    @Override
    protected String requiredKey() {
        return "subsidies.policies.typed.REQUIRED";
    }

    private static String normalised(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .strip();
    }
}

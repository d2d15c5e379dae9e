package org.laborbridge.employers.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.Money;
import org.springframework.stereotype.Component;

/** How postings read on a page: catalogue names in the reader's language, wages in plain yuan. */
@Component
class PostingWording {

    record Choice(String code, String name) {}

    List<Choice> jobTypes(Locale locale) {
        return choices(Catalogue.jobTypes(), locale);
    }

    List<Choice> skills(Locale locale) {
        return choices(Catalogue.skills(), locale);
    }

    public String jobTypeName(String code, Locale locale) {
        return Catalogue.jobTypes().name(code, locale);
    }

    public String skillName(String code, Locale locale) {
        return Catalogue.skills().name(code, locale);
    }

    public String yuan(Money money) {
        return plainYuan(money);
    }

    /** Whole yuan print without decimals: 4500, not 4500.00. */
    static String plainYuan(Money money) {
        return new BigDecimal(money.toYuanString()).stripTrailingZeros().toPlainString();
    }

    private static List<Choice> choices(Catalogue catalogue, Locale locale) {
        return catalogue.entries().stream()
                .map(entry -> new Choice(entry.code(), entry.name(locale)))
                .toList();
    }
}

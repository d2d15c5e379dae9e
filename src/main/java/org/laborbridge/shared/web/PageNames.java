package org.laborbridge.shared.web;

import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code ${names.jobType(code)}}, {@code ${names.skill(code)}},
 * {@code ${names.region(code)}} and {@code ${names.yuan(money)}}: records store codes and fen so
 * that they read right in every language; they are named only when shown.
 */
@ControllerAdvice
public class PageNames {

    private final RegionDirectory regions = RegionDirectory.standard();

    @ModelAttribute("names")
    public PageNames names() {
        return this;
    }

    public String jobType(String code) {
        return code == null ? "" : Catalogue.jobTypes().name(code, LocaleContextHolder.getLocale());
    }

    public String skill(String code) {
        return code == null ? "" : Catalogue.skills().name(code, LocaleContextHolder.getLocale());
    }

    /** The region's name, or the code itself when it is not a known region. */
    public String region(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return code == null ? "" : code;
        }
        return regions.find(RegionCode.of(code)).map(region -> region.name()).orElse(code);
    }

    /** "4,500" for whole yuan, "4,500.50" otherwise. */
    public String yuan(Money money) {
        return money == null ? "" : money.toDisplayString();
    }
}

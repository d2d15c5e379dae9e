package org.laborbridge.placements.web;

import java.util.Locale;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the placement pages {@code ${words}}: catalogue and region codes named in the reader's
 * language, and wages as yuan, so templates never hold that logic.
 */
@ControllerAdvice(basePackageClasses = PlacementWording.class)
class PlacementWording {

    private final RegionDirectory directory = RegionDirectory.standard();

    @ModelAttribute("words")
    PlacementWording words() {
        return this;
    }

    public String jobType(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return Catalogue.jobTypes().contains(code) ? Catalogue.jobTypes().name(code, locale) : code;
    }

    public String county(String code) {
        try {
            return directory
                    .find(RegionCode.of(code))
                    .map(region -> region.name())
                    .orElse(code);
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }

    public String yuan(Money money) {
        return money == null ? "" : "¥" + money.toDisplayString();
    }
}

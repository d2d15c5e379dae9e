package org.laborbridge.transport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlannerWordingTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PlannerWordingTests() {
        messages.setBasename("i18n/transport-pages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aDepartureOfOneReadsAsOnePersonInEnglish() {
        assertThat(departure(1, 1)).isEqualTo("1 traveller, who must go that day; ¥9,000 per person");
    }

    @Test
    void aDepartureOfManySaysHowManyCannotWait() {
        assertThat(departure(55, 40)).isEqualTo("55 travellers, 40 of whom must go that day; ¥9,000 per person");
    }

    private String departure(int travellers, int mustTravel) {
        return messages.getMessage(
                "transport.page.planner.departure", new Object[] {travellers, mustTravel, "9,000"}, Locale.ENGLISH);
    }
}

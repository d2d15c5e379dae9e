package org.laborbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SupportedLanguagesTests {

    @Test
    void mapsChineseVariantsOntoTheTwoScripts() {
        assertThat(SupportedLanguages.match(Locale.forLanguageTag("zh-HK"))).isEqualTo(SupportedLanguages.TRADITIONAL);
        assertThat(SupportedLanguages.match(Locale.forLanguageTag("zh-Hant")))
                .isEqualTo(SupportedLanguages.TRADITIONAL);
        assertThat(SupportedLanguages.match(Locale.forLanguageTag("zh-SG"))).isEqualTo(SupportedLanguages.SIMPLIFIED);
        assertThat(SupportedLanguages.match(Locale.forLanguageTag("en-GB"))).isEqualTo(SupportedLanguages.ENGLISH);
        assertThat(SupportedLanguages.match(Locale.FRENCH)).isNull();
    }

    @Test
    void picksTheFirstSupportedLanguageTheCallerAccepts() {
        assertThat(LocaleConfiguration.fromAcceptLanguage(withHeader("fr-FR,en;q=0.8,zh;q=0.5")))
                .isEqualTo(Locale.ENGLISH);
        assertThat(LocaleConfiguration.fromAcceptLanguage(withHeader("zh-TW"))).isEqualTo(Locale.TRADITIONAL_CHINESE);
    }

    @Test
    void fallsBackToSimplifiedChinese() {
        assertThat(LocaleConfiguration.fromAcceptLanguage(new MockHttpServletRequest()))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LocaleConfiguration.fromAcceptLanguage(withHeader("de"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LocaleConfiguration.fromAcceptLanguage(withHeader(";;;q=abc")))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static MockHttpServletRequest withHeader(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }
}

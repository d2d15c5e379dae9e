package org.laborbridge.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The words, names, links and units the dashboard's tiles and tables share. */
@Component
class DashboardText {

    private final MessageSource messages;
    private final RegionDirectory directory = RegionDirectory.standard();

    DashboardText(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    String textOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    String regionName(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return code == null ? "" : code;
        }
        return directory.find(RegionCode.of(code)).map(region -> region.name()).orElse(code);
    }

    static BigDecimal rate(long retained, long due) {
        if (due == 0) {
            return null;
        }
        return BigDecimal.valueOf(retained * 100).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal fenToYuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    static String firstDay(YearMonth month) {
        return month == null ? "" : month.atDay(1).toString();
    }

    static String lastDay(YearMonth month) {
        return month == null ? "" : month.atEndOfMonth().toString();
    }

    /** A list's address with the given parameters, leaving out blank ones. */
    static String link(String path, String... nameValues) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null && !nameValues[i + 1].isBlank()) {
                uri.queryParam(nameValues[i], nameValues[i + 1]);
            }
        }
        return uri.build().encode().toUriString();
    }
}

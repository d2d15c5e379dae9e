package org.laborbridge.fairs.api;

import java.util.List;
import java.util.Locale;
import org.laborbridge.fairs.SignUpLine;
import org.laborbridge.fairs.SignUpOutcome;
import org.laborbridge.fairs.SignUpReport;
import org.springframework.context.MessageSource;

/** Every line sent, in order, with what became of it; the counts say what was saved. */
record SignUpReportJson(long signedUp, long alreadySignedUp, long refused, List<LineJson> lines) {

    record LineJson(int line, String input, SignUpOutcome outcome, String code, String message, String workerName) {}

    static SignUpReportJson of(SignUpReport report, MessageSource messages, Locale locale) {
        long signedUp = report.count(SignUpOutcome.SIGNED_UP);
        long already = report.count(SignUpOutcome.ALREADY_SIGNED_UP);
        return new SignUpReportJson(
                signedUp,
                already,
                report.lines().size() - signedUp - already,
                report.lines().stream()
                        .map(line -> line(line, messages, locale))
                        .toList());
    }

    private static LineJson line(SignUpLine line, MessageSource messages, Locale locale) {
        String message = line.messageKey() == null ? null : messages.getMessage(line.messageKey(), null, locale);
        return new LineJson(line.line(), line.input(), line.outcome(), line.code(), message, line.workerName());
    }
}

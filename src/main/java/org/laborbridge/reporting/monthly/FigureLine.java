package org.laborbridge.reporting.monthly;

import java.math.BigDecimal;
import org.laborbridge.reporting.Metric;

/**
 * One metric of a monthly report: the month's own figure, what arrived late for earlier locked
 * months (always 0 for a stock) and their sum, the figure reported. Money metrics are in fen here
 * and shown in yuan.
 */
public record FigureLine(Metric metric, long monthValue, long lateValue, long value) {

    public FigureLine {
        if (value != monthValue + lateValue) {
            throw new IllegalArgumentException("A reported figure is the month's plus the late records");
        }
    }

    public static FigureLine of(Metric metric, long monthValue, long lateValue) {
        return new FigureLine(metric, monthValue, lateValue, monthValue + lateValue);
    }

    /** Amounts kept in fen (subsidies); everything else counts people or things. */
    public boolean money() {
        return isMoney(metric);
    }

    public static boolean isMoney(Metric metric) {
        return metric.key().endsWith("Fen");
    }

    /** In the unit shown: yuan with two decimals for money, the count otherwise. */
    public static BigDecimal shown(Metric metric, long value) {
        return isMoney(metric) ? BigDecimal.valueOf(value, 2) : BigDecimal.valueOf(value);
    }

    /** "1,234" or "1,234.50"; a negative late part (a record withdrawn) keeps its sign. */
    public static String display(Metric metric, long value) {
        if (!isMoney(metric)) {
            return String.format(java.util.Locale.ROOT, "%,d", value);
        }
        String sign = value < 0 ? "-" : "";
        long fen = Math.abs(value);
        String whole = String.format(java.util.Locale.ROOT, "%,d", fen / 100);
        return sign + (fen % 100 == 0 ? whole : whole + String.format(java.util.Locale.ROOT, ".%02d", fen % 100));
    }

    public String monthDisplay() {
        return display(metric, monthValue);
    }

    public String lateDisplay() {
        return display(metric, lateValue);
    }

    public String valueDisplay() {
        return display(metric, value);
    }
}

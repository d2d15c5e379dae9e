package org.laborbridge.reporting.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.laborbridge.shared.web.Sheets;

/**
 * One of the dashboard's tables as the page shows it beside its chart and as it is exported: a
 * few text columns (a month, a fair's name, a region and its code) followed by figures. The chart
 * is drawn from the same rows, so the picture, the table and the file never disagree.
 */
public record DashboardTable(String id, String title, List<String> header, int labelColumns, List<Row> rows) {

    /** The labels (as many as the table's label columns), an optional link and the figures. */
    public record Row(List<String> labels, String href, List<Number> values) {

        public String label() {
            return labels.get(0);
        }

        /** The figures as the reader writes them. */
        public List<String> formatted(Locale locale) {
            return values.stream().map(value -> format(value, locale)).toList();
        }

        public long longValue(int index) {
            return values.get(index).longValue();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The figure headers only, for the chart's series names. */
    public List<String> valueHeaders() {
        return header.subList(labelColumns, header.size());
    }

    /** A figure as the reader's locale writes it: grouped digits, at most two decimals. */
    public static String format(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A figure as a spreadsheet or a program reads it: plain digits, a dot for decimals. */
    static String plain(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    Sheets.Table sheet() {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(row.labels());
            row.values().forEach(value -> line.add(plain(value)));
            cells.add(line);
        }
        return new Sheets.Table(
                title,
                header,
                cells,
                IntStream.range(labelColumns, header.size()).boxed().collect(Collectors.toSet()));
    }
}

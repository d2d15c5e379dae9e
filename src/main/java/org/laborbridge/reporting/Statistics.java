package org.laborbridge.reporting;

/**
 * The programme's figures for the summary API and the dashboard, answered from the pre-aggregated
 * figures only. Bureau staff see every region; a PARTNER their own regions (naming another is
 * refused with {@code AccessDeniedException}); EMPLOYER and WORKER nothing. Unknown regions, an
 * unreadable month or a period that ends before it starts are {@code InvalidInputException}s
 * naming the field ({@code region}, {@code from}, {@code to}).
 */
public interface Statistics {

    Summary summary(SummaryQuery query);
}

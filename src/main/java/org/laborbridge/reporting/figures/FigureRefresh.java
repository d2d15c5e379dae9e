package org.laborbridge.reporting.figures;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.reporting.Metric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code stat_figure} current: once at startup after the demos have seeded their records,
 * then every 30 seconds (the issue asks for figures current within a minute). Each metric is
 * counted by its module first, then replaced in one short transaction; a module that fails leaves
 * its old figures in place and the others still refresh.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
public class FigureRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FigureRefresh.class);
    private static final Caller PLATFORM = new Caller(AuditLog.SYSTEM, null, Role.ADMIN, List.of(), null, null);

    private final FigureSources sources;
    private final StatFigures figures;

    FigureRefresh(FigureSources sources, StatFigures figures) {
        this.sources = sources;
        this.figures = figures;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int metrics = refresh();
        log.info(
                "Reporting figures refreshed: {} of {} metrics ({} ms)",
                metrics,
                sources.all().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(
            initialDelayString = "${laborbridge.reporting.refresh-every:PT30S}",
            fixedDelayString = "${laborbridge.reporting.refresh-every:PT30S}")
    void onSchedule() {
        refresh();
    }

    /** Recounts every metric now; returns how many were refreshed. */
    public synchronized int refresh() {
        int refreshed = 0;
        for (Map.Entry<Metric, Supplier<List<FigureRow>>> source : sources.all().entrySet()) {
            try {
                List<FigureRow> rows = Callers.runAs(PLATFORM, source.getValue());
                figures.replace(source.getKey(), rows);
                refreshed++;
            } catch (RuntimeException e) {
                log.warn(
                        "Reporting figure {} not refreshed; the previous figures stay",
                        source.getKey().key(),
                        e);
            }
        }
        return refreshed;
    }
}

package org.laborbridge.reporting.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.laborbridge.fairs.FairFigure;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionFigure;
import org.laborbridge.reporting.Metric;
import org.laborbridge.subsidies.ApprovalFigure;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.transport.TripFigure;
import org.laborbridge.transport.TripModeFigure;
import org.laborbridge.transport.Trips;
import org.laborbridge.workshops.WorkshopFigure;
import org.laborbridge.workshops.Workshops;
import org.springframework.stereotype.Component;

/**
 * Where each metric comes from: the figures methods of the other modules' public APIs, never
 * their tables. Each module counts in its own database tables and hands back (county, month,
 * detail, value) rows; every metric has a source.
 */
@Component
class FigureSources {

    private final Map<Metric, Supplier<List<FigureRow>>> sources = new EnumMap<>(Metric.class);

    FigureSources(Trips trips, Fairs fairs, Placements placements, SubsidyReports subsidies, Workshops workshops) {
        sources.put(Metric.WORKERS_HELPED_OUT, rows(trips::helpedOutFigures, FigureSources::row));
        sources.put(Metric.POINT_TO_POINT_BATCHES, rows(trips::batchFigures, FigureSources::row));
        sources.put(Metric.POINT_TO_POINT_VEHICLES, rows(trips::vehicleFigures, FigureSources::row));
        sources.put(Metric.POINT_TO_POINT_TRAVELLERS, rows(trips::travellerFiguresByMode, FigureSources::row));
        sources.put(Metric.FAIRS, rows(fairs::fairFigures, FigureSources::row));
        sources.put(Metric.FAIR_EMPLOYERS, rows(fairs::participationFigures, FigureSources::row));
        sources.put(Metric.POSITIONS_OFFERED, rows(fairs::positionFigures, FigureSources::row));
        sources.put(Metric.FAIR_APPLICATIONS, rows(fairs::applicationFigures, FigureSources::row));
        sources.put(Metric.PLACEMENTS, rows(placements::figures, f -> new FigureRow(f.county(), f.month(), f.value())));
        sources.put(Metric.RETENTION_DUE, rows(placements::retentionFigures, f -> retention(f, f.due())));
        sources.put(Metric.RETAINED, rows(placements::retentionFigures, f -> retention(f, f.retained())));
        sources.put(Metric.SUBSIDIES_APPROVED, rows(subsidies::approvalFigures, f -> approval(f, f.claims())));
        sources.put(Metric.SUBSIDIES_APPROVED_FEN, rows(subsidies::approvalFigures, f -> approval(f, f.amountFen())));
        sources.put(
                Metric.SUBSIDIES_PAID_FEN,
                rows(subsidies::paidFigures, f -> new FigureRow(f.county(), f.month(), f.policy(), f.paidFen())));
        sources.put(Metric.WORKSHOPS, () -> MonthlyChanges.of(workshops.figures(), WorkshopFigure::workshops));
        sources.put(Metric.WORKSHOP_EMPLOYEES, () -> MonthlyChanges.of(workshops.figures(), WorkshopFigure::employees));
    }

    Map<Metric, Supplier<List<FigureRow>>> all() {
        return sources;
    }

    private static <F> Supplier<List<FigureRow>> rows(Supplier<List<F>> figures, Function<F, FigureRow> row) {
        return () -> figures.get().stream().map(row).toList();
    }

    private static FigureRow row(TripFigure figure) {
        return new FigureRow(figure.county(), figure.month(), figure.value());
    }

    private static FigureRow row(TripModeFigure figure) {
        return new FigureRow(figure.county(), figure.month(), figure.mode().name(), figure.value());
    }

    /** The fair's id is the detail, so that the dashboard can list fairs by name. */
    private static FigureRow row(FairFigure figure) {
        return new FigureRow(figure.county(), figure.month(), figure.fair().toString(), figure.value());
    }

    private static FigureRow retention(RetentionFigure figure, long value) {
        return new FigureRow(figure.county(), figure.month(), String.valueOf(figure.followUpMonth()), value);
    }

    private static FigureRow approval(ApprovalFigure figure, long value) {
        return new FigureRow(figure.county(), figure.month(), figure.policy(), value);
    }
}

package org.laborbridge.reporting.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.placements.Placements;
import org.laborbridge.reporting.Metric;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.transport.Trips;
import org.laborbridge.workshops.WorkshopFigure;
import org.laborbridge.workshops.Workshops;
import org.springframework.stereotype.Component;

/**
 * Where each metric comes from: the figures methods of the other modules' public APIs, never
 * their tables. Each module counts in its own database tables and hands back (county, month,
 * value) rows.
 */
@Component
class FigureSources {

    private final Map<Metric, Supplier<List<FigureRow>>> sources = new EnumMap<>(Metric.class);

    FigureSources(Trips trips, Fairs fairs, Placements placements, SubsidyReports subsidies, Workshops workshops) {
        sources.put(
                Metric.WORKERS_HELPED_OUT,
                () -> trips.helpedOutFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.POINT_TO_POINT_BATCHES,
                () -> trips.batchFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.POINT_TO_POINT_TRAVELLERS,
                () -> trips.travellerFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.FAIRS,
                () -> fairs.fairFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.FAIR_EMPLOYERS,
                () -> fairs.participationFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.POSITIONS_OFFERED,
                () -> fairs.positionFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.PLACEMENTS,
                () -> placements.figures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.value()))
                        .toList());
        sources.put(
                Metric.SUBSIDIES_PAID_FEN,
                () -> subsidies.paidFigures().stream()
                        .map(f -> new FigureRow(f.county(), f.month(), f.paidFen()))
                        .toList());
        sources.put(Metric.WORKSHOPS, () -> MonthlyChanges.of(workshops.figures(), WorkshopFigure::workshops));
        sources.put(Metric.WORKSHOP_EMPLOYEES, () -> MonthlyChanges.of(workshops.figures(), WorkshopFigure::employees));
    }

    Map<Metric, Supplier<List<FigureRow>>> all() {
        return sources;
    }
}

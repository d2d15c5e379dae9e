package org.laborbridge.transport.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Identifiers;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TripId;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes charters that have made their journey straight into the trip tables with COPY, as the
 * trips service would have left them: the batch opened, every status step from PLANNED to
 * HANDED_OVER signed by the seeder, each traveller listed, checked, boarded and handed over to
 * the HR person who received them, and the cost shared exactly to the fen over the travellers in
 * worker-id order, flagged where the household county's partner region subsidised charters in
 * full on the day. On the caller's connection and in its transaction: a load that fails leaves
 * nothing. The numbers must be new ones ({@link Batches} counts on from the last given).
 */
final class CharterLoad {

    static final String ACTOR = "demo";
    /** The check was part of the trip even before the platform recorded it; say what it found. */
    static final String CHECK_NOTE = "出发前健康检查合格";

    /** A charter as written: its trip id and each traveller's line, share and subsidy flag. */
    record Written(TripId trip, Batches.Numbered batch, List<Line> lines) {}

    record Line(UUID id, Charter.Seat seat, Money share, boolean charterFullySubsidised) {}

    private final StringBuilder line = new StringBuilder(512);
    private final Connection connection;
    private final List<String> checks;
    private final BiPredicate<String, LocalDate> fullySubsidised;

    CharterLoad(Connection connection, List<String> checks, BiPredicate<String, LocalDate> fullySubsidised) {
        this.connection = connection;
        this.checks = List.copyOf(checks);
        this.fullySubsidised = fullySubsidised;
    }

    List<Written> write(List<Batches.Numbered> charters) {
        List<Written> written = new ArrayList<>(charters.size());
        for (Batches.Numbered numbered : charters) {
            written.add(shareOut(numbered));
        }
        copy("trip_batch (batch_region, batch_year, batch_no, opened_by, opened_at)", out -> {
            Set<String> opened = new HashSet<>();
            for (Written trip : written) {
                Batches.Numbered batch = trip.batch();
                if (opened.add(batch.region().value() + "/" + batch.year() + "/" + batch.no())) {
                    row(out, batch.region().value(), batch.year(), batch.no(), ACTOR, planned(batch.charter()));
                }
            }
        });
        copy(
                "trip (id, batch_region, batch_year, batch_no, mode, operator, vehicle_no, origin, gathering_point,"
                        + " destinations, planned_departure, planned_arrival, departed_at, arrived_at, seats,"
                        + " total_cost_fen, status, created_by, created_at, changed_at)",
                out -> {
                    for (Written trip : written) {
                        Batches.Numbered batch = trip.batch();
                        Charter charter = batch.charter();
                        row(
                                out,
                                trip.trip().value(),
                                batch.region().value(),
                                batch.year(),
                                batch.no(),
                                charter.mode().name(),
                                charter.operator(),
                                charter.vehicleNo(),
                                charter.origin(),
                                charter.gatheringPoint(),
                                "{"
                                        + String.join(
                                                ",",
                                                charter.destinations().stream()
                                                        .map(code -> code.value())
                                                        .toList())
                                        + "}",
                                at(charter.departure()),
                                at(charter.arrival()),
                                departed(charter),
                                arrived(charter),
                                charter.seats(),
                                charter.cost().fen(),
                                "HANDED_OVER",
                                ACTOR,
                                planned(charter),
                                closed(charter));
                    }
                });
        copy("trip_step (trip_id, status, by_user, at)", out -> {
            for (Written trip : written) {
                Charter charter = trip.batch().charter();
                UUID id = trip.trip().value();
                row(out, id, "PLANNED", ACTOR, planned(charter));
                row(out, id, "BOARDING", ACTOR, at(charter.departure().minusMinutes(90)));
                row(out, id, "DEPARTED", ACTOR, departed(charter));
                row(out, id, "ARRIVED", ACTOR, arrived(charter));
                row(out, id, "HANDED_OVER", ACTOR, closed(charter));
            }
        });
        // A line's times are its trip's: worked out once per trip, not once per traveller (185,000
        // of them at the demo's first start).
        copy(
                "manifest_line (id, trip_id, worker_id, household_county, placement_id, employer_id, work_region,"
                        + " work_address, trip_departure, trip_arrival, status, listed_by, listed_at, boarded_by,"
                        + " boarded_at, received_by, handed_over_by, handed_over_at, share_fen,"
                        + " charter_fully_subsidised)",
                out -> {
                    for (Written trip : written) {
                        Charter charter = trip.batch().charter();
                        String tripId = trip.trip().value().toString();
                        String departure = at(charter.departure());
                        String arrival = at(charter.arrival());
                        String planned = planned(charter);
                        String boarded = at(charter.departure().minusMinutes(30));
                        String handedOver = handedOver(charter);
                        for (Line line : trip.lines()) {
                            Charter.Seat seat = line.seat();
                            row(
                                    out,
                                    line.id(),
                                    tripId,
                                    seat.traveller().worker().value(),
                                    seat.traveller().householdCounty(),
                                    seat.placement() == null
                                            ? null
                                            : seat.placement().value(),
                                    seat.workplace().employer().value(),
                                    seat.workplace().region().value(),
                                    seat.workplace().address(),
                                    departure,
                                    arrival,
                                    "HANDED_OVER",
                                    ACTOR,
                                    planned,
                                    ACTOR,
                                    boarded,
                                    seat.workplace().receivedBy(),
                                    ACTOR,
                                    handedOver,
                                    line.share().fen(),
                                    line.charterFullySubsidised() ? "t" : "f");
                        }
                    }
                });
        copy("traveller_check (line_id, household_county, check_name, passed, note, checked_by, checked_at)", out -> {
            for (Written trip : written) {
                String checked = at(trip.batch().charter().departure().minusHours(1));
                for (Line line : trip.lines()) {
                    for (String check : checks) {
                        row(
                                out,
                                line.id(),
                                line.seat().traveller().householdCounty(),
                                check,
                                "t",
                                CHECK_NOTE,
                                ACTOR,
                                checked);
                    }
                }
            }
        });
        return written;
    }

    private Written shareOut(Batches.Numbered numbered) {
        Charter charter = numbered.charter();
        List<Charter.Seat> seats = new ArrayList<>(charter.travellers());
        seats.sort(Comparator.comparing(seat -> seat.traveller().worker().value(), CharterLoad::databaseOrder));
        List<Money> shares = charter.cost().allocate(seats.size());
        List<Line> lines = new ArrayList<>(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            Charter.Seat seat = seats.get(i);
            lines.add(new Line(
                    Identifiers.timeOrdered(),
                    seat,
                    shares.get(i),
                    fullySubsidised.test(seat.traveller().householdCounty(), charter.day())));
        }
        return new Written(new TripId(Identifiers.timeOrdered()), numbered, lines);
    }

    /**
     * PostgreSQL's uuid order (bytes unsigned), which is also the order of the uuids' text: the
     * same as comparing {@code toString()}s, without making two strings per comparison.
     */
    static int databaseOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The trip was planned a week ahead, at ten in the morning. */
    static Instant plannedAt(Charter charter) {
        return charter.departure()
                .minusDays(7)
                .withHour(10)
                .atZone(BureauTime.ZONE)
                .toInstant();
    }

    static Instant departedAt(Charter charter) {
        return charter.departure().plusMinutes(10).atZone(BureauTime.ZONE).toInstant();
    }

    static Instant arrivedAt(Charter charter) {
        return charter.arrival().plusMinutes(20).atZone(BureauTime.ZONE).toInstant();
    }

    static Instant handedOverAt(Charter charter) {
        return charter.arrival().plusMinutes(80).atZone(BureauTime.ZONE).toInstant();
    }

    static Instant closedAt(Charter charter) {
        return charter.arrival().plusMinutes(140).atZone(BureauTime.ZONE).toInstant();
    }

    private static String planned(Charter charter) {
        return plannedAt(charter).toString();
    }

    private static String departed(Charter charter) {
        return departedAt(charter).toString();
    }

    private static String arrived(Charter charter) {
        return arrivedAt(charter).toString();
    }

    private static String handedOver(Charter charter) {
        return handedOverAt(charter).toString();
    }

    private static String closed(Charter charter) {
        return closedAt(charter).toString();
    }

    private static String at(LocalDateTime wallClock) {
        return wallClock.atZone(BureauTime.ZONE).toInstant().toString();
    }

    private interface Rows {
        void write(Writer out) throws IOException;
    }

    private void copy(String target, Rows rows) {
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class), "copy " + target + " from stdin", 1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                rows.write(out);
            } catch (IOException | RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + target, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load " + target, e);
        }
    }

    /**
     * One row of COPY's text format: tab-separated, {@code \N} for null, specials escaped. Built in
     * one buffer and written at once: a character at a time through the writer's lock cost more
     * than the database's side of the load.
     */
    private void row(Writer out, Object... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object field = fields[i];
            if (field == null) {
                line.append("\\N");
            } else {
                escaped(field.toString());
            }
        }
        line.append('\n');
        out.append(line);
    }

    private void escaped(String text) {
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
    }
}

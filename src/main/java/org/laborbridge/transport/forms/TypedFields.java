package org.laborbridge.transport.forms;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.TypedReader;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.trips.TotalCost;

/**
 * Text typed into a transport form or sent as JSON, read field by field and worded under {@code
 * transport.typed.*} (a cost of "abc" is field {@code totalCost}, code {@code FORMAT}). Days and
 * times outside the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} are refused as FORMAT too.
 * What is transport's own: the trip's cost, placements and destinations, and their limits.
 */
public final class TypedFields extends TypedReader {

    /** The most placements one request may name: as many as the largest vehicle has seats. */
    public static final int MAX_PLACEMENTS = TripForm.MAX_SEATS;

    public static final int MAX_DESTINATIONS = TripForm.MAX_DESTINATIONS;

    public TypedFields() {
        super("transport.typed", FIRST_YEAR, LAST_YEAR);
    }

    /** A trip's cost in yuan, refused in the trips' own words (field totalCost, e.g. NEGATIVE). */
    public Money totalCost(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return TotalCost.parse(text);
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(this::refuse);
            return null;
        }
    }

    public ResidentId residentId(String text, String field) {
        return value(text, field, ResidentId::parse);
    }

    public RegionCode region(String text, String field) {
        return value(text, field, RegionCode::of);
    }

    /**
     * Codes separated by spaces, commas or the Chinese comma; more than {@link #MAX_DESTINATIONS}
     * are refused as TOO_MANY before any is read.
     */
    public List<RegionCode> regions(String text, String field) {
        if (blank(text)) {
            return List.of();
        }
        String[] tokens = text.strip().split("[\\s,，、]+");
        if (tooMany(tokens.length, MAX_DESTINATIONS, field)) {
            return List.of();
        }
        List<RegionCode> codes = new ArrayList<>();
        for (String code : tokens) {
            RegionCode region = region(code, field);
            if (region != null) {
                codes.add(region);
            }
        }
        return codes;
    }

    /**
     * Placements by id, each refused as UNKNOWN at its row (from 1) when malformed; more than
     * {@link #MAX_PLACEMENTS} are refused as TOO_MANY before any is read.
     */
    public List<PlacementId> placements(List<String> texts, String field) {
        if (texts == null || tooMany(texts.size(), MAX_PLACEMENTS, field)) {
            return List.of();
        }
        List<PlacementId> ids = new ArrayList<>();
        for (int row = 0; row < texts.size(); row++) {
            String text = texts.get(row);
            ids.add(atRow(row + 1, () -> id(text, field, PlacementId::parse)));
        }
        return ids;
    }

    /** Worded as the trips word the same limit: {@code transport.invalid.<field>.TOO_MANY}. */
    private boolean tooMany(int count, int most, String field) {
        if (count <= most) {
            return false;
        }
        refuse(Violation.of(field, "TOO_MANY", "transport.invalid." + field + ".TOO_MANY", most));
        return true;
    }
}

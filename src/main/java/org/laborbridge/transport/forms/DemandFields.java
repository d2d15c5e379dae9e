package org.laborbridge.transport.forms;

import java.util.Optional;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.DemandForm;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.planning.TravelWindow;

/** The demand form as typed, on the page and in the API: the placement by id, the window as days. */
public record DemandFields(String placement, String earliest, String latest, String gatheringPoint, String note) {

    public static DemandFields blank() {
        return new DemandFields(null, null, null, null, null);
    }

    /**
     * A new demand for a placement proposes the week before its start, as the automatic demand
     * does, but never a day already past; when that whole week is over the days are left for
     * the caseworker to choose.
     */
    public static DemandFields proposedFor(PlacementView placement) {
        Optional<TravelWindow> ahead =
                TravelWindow.weekBefore(placement.startDate()).fromToday(BureauTime.today());
        return new DemandFields(
                placement.id().toString(),
                ahead.map(window -> window.earliest().toString()).orElse(null),
                ahead.map(window -> window.latest().toString()).orElse(null),
                null,
                null);
    }

    public static DemandFields of(DemandView demand) {
        return new DemandFields(
                demand.placement().toString(),
                demand.earliest().toString(),
                demand.latest().toString(),
                demand.gatheringPoint(),
                demand.note());
    }

    /** The same fields for this placement, whatever was posted: a change keeps the demand's placement. */
    public DemandFields forPlacement(PlacementId id) {
        return new DemandFields(id.toString(), earliest, latest, gatheringPoint, note);
    }

    public DemandForm toForm() {
        TypedFields typed = new TypedFields();
        DemandForm form = new DemandForm(
                typed.id(placement, "placement", PlacementId::parse),
                typed.day(earliest, "earliest"),
                typed.day(latest, "latest"),
                gatheringPoint,
                note);
        typed.check();
        return form;
    }
}

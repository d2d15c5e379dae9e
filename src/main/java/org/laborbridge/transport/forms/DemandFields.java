package org.laborbridge.transport.forms;

import java.time.LocalDate;
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
     * does, but never a day already past.
     */
    public static DemandFields proposedFor(PlacementView placement) {
        TravelWindow week = TravelWindow.weekBefore(placement.startDate());
        LocalDate today = BureauTime.today();
        LocalDate earliest = week.earliest().isBefore(today) ? today : week.earliest();
        LocalDate latest = week.latest().isBefore(earliest) ? earliest : week.latest();
        return new DemandFields(placement.id().toString(), earliest.toString(), latest.toString(), null, null);
    }

    public static DemandFields of(DemandView demand) {
        return new DemandFields(
                demand.placement().toString(),
                demand.earliest().toString(),
                demand.latest().toString(),
                demand.gatheringPoint(),
                demand.note());
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

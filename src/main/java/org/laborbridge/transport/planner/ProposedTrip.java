package org.laborbridge.transport.planner;

import java.util.List;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.planning.TripProposal;

/** One proposed vehicle with the names a page shows and the demands it carries. */
public record ProposedTrip(
        TripProposal proposal, String originName, String destinationName, List<DemandView> travellers) {

    public ProposedTrip {
        travellers = List.copyOf(travellers);
    }
}

package org.laborbridge.transport.web;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;

/**
 * Which buttons the trip page offers the reader, from the trip's status and what their role may
 * do (the Trips javadoc is the rule; the service refuses anything else anyway). Arrival and closing
 * are the bureau's: the partner's staff stay at the origin.
 */
public record TripActions(
        boolean edit,
        boolean startBoarding,
        boolean depart,
        boolean arrive,
        boolean close,
        boolean cancel,
        boolean changeManifest,
        boolean board,
        boolean handOver,
        boolean reveal) {

    static TripActions of(TripView trip, Trips trips) {
        TripStatus status = trip.status();
        boolean change = trips.mayChange(trip);
        Caller caller = Callers.current();
        boolean bureau = change && (caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER));
        boolean beforeDeparture = status == TripStatus.PLANNED || status == TripStatus.BOARDING;
        return new TripActions(
                change && status == TripStatus.PLANNED,
                change && status == TripStatus.PLANNED,
                change && status == TripStatus.BOARDING,
                bureau && status == TripStatus.DEPARTED,
                bureau && status == TripStatus.ARRIVED,
                change && beforeDeparture,
                change && beforeDeparture,
                change && status == TripStatus.BOARDING,
                status == TripStatus.ARRIVED && trips.mayHandOver(trip),
                trips.mayReveal(trip));
    }

    public boolean any() {
        return edit || startBoarding || depart || arrive || close || cancel;
    }
}

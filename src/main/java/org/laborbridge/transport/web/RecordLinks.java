package org.laborbridge.transport.web;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Which everyday records a transport page may link a traveller's name to, so that nobody is sent
 * to a page that answers 404: the worker's record for bureau staff and a partner covering the
 * worker's household county (as the registry's scope has it); the placement also for the employer
 * and the worker, who see only their own hires' and their own lines anyway.
 */
public record RecordLinks(Caller caller) {

    static final RecordLinks NONE = new RecordLinks(null);

    public boolean worker(String householdCounty) {
        return caller != null && caller.coversRegion(householdCounty);
    }

    public boolean placement(String householdCounty) {
        return worker(householdCounty) || caller != null && (caller.is(Role.EMPLOYER) || caller.is(Role.WORKER));
    }
}

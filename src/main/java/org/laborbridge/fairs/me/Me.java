package org.laborbridge.fairs.me;

import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.WorkerId;

/** The signed-in worker's own record id: every /me action acts for them and nobody else. */
final class Me {

    private Me() {}

    static WorkerId worker() {
        Caller caller = Callers.current();
        UUID linked = caller.workerId();
        if (!caller.is(Role.WORKER) || linked == null) {
            throw new RecordNotFoundException("worker", caller.username());
        }
        return new WorkerId(linked);
    }
}

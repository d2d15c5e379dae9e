package org.laborbridge.subsidies.web;

import java.util.UUID;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.ApplicationId;

/** Ids in a page's path: a malformed one answers like an unknown one (404), never 500. */
final class PathIds {

    private PathIds() {}

    static ApplicationId claim(String id) {
        return new ApplicationId(uuid(id, "subsidy-application"));
    }

    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RecordNotFoundException(what, id);
        }
    }
}

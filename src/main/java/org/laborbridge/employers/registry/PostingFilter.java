package org.laborbridge.employers.registry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A search of postings as SQL: a where clause and its parameters, the caller's scope included. */
record PostingFilter(String where, Map<String, Object> parameters) {

    PostingFilter {
        // Not Map.copyOf: a parameter may be null (no own enterprise), which SQL compares as unknown.
        parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
    }
}

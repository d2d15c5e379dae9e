package org.laborbridge.employers.registry;

import java.util.Map;

/** A search of postings as SQL: a where clause and its parameters, the caller's scope included. */
record PostingFilter(String where, Map<String, Object> parameters) {

    PostingFilter {
        parameters = Map.copyOf(parameters);
    }
}

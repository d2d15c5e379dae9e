package org.laborbridge.transport.web;

import org.springframework.web.util.UriComponentsBuilder;

/** A list filter's query string, without the parameters left blank, for the pager's links. */
final class FilterParameters {

    private final UriComponentsBuilder uri = UriComponentsBuilder.newInstance();

    private FilterParameters() {}

    /** Names and values in turn: {@code of("status", status, "mode", mode)}. */
    static FilterParameters of(String... namesAndValues) {
        FilterParameters parameters = new FilterParameters();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                parameters.uri.queryParam(namesAndValues[i], value);
            }
        }
        return parameters;
    }

    String atPage(int page) {
        return uri.cloneBuilder().queryParam("page", page).build().encode().getQuery();
    }
}

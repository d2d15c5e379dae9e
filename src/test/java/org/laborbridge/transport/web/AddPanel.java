package org.laborbridge.transport.web;

import java.nio.charset.StandardCharsets;
import org.laborbridge.transport.TripId;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The trip page's add panel over all its pages, as one text. Other tests' demands share the
 * database and may travel on the same day, so a test looks for its own people on every page
 * rather than on the first.
 */
final class AddPanel {

    private AddPanel() {}

    static String allPages(MockMvcTester mvc, RequestPostProcessor reader, TripId trip) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String body = mvc.get()
                    .uri("/transport/" + trip + "?candidates=" + page)
                    .with(reader)
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!body.contains("class=\"form-check-input candidate\"")) {
                break;
            }
            pages.append(body);
        }
        return pages.toString();
    }
}

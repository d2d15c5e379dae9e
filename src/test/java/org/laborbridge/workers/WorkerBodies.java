package org.laborbridge.workers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import tools.jackson.databind.json.JsonMapper;

/** Worker JSON for requests, and registration in one call for tests that need a worker to exist. */
final class WorkerBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkerBodies() {}

    static Map<String, Object> worker(String name, String residentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("residentId", residentId);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static String json(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }

    /** Registers as the given client and returns the new worker's id. */
    static String register(ApiClient client, Map<String, Object> body) {
        Reply reply = client.post("/api/v1/workers", json(body));
        if (reply.status() != 201) {
            throw new IllegalStateException("Registration answered " + reply.status() + ": " + reply.body());
        }
        return (String) reply.json("id");
    }
}

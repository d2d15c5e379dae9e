package org.laborbridge.employers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enterprises, postings and EMPLOYER users made through the real API, for tests that need them to
 * exist. Every enterprise has its own credit code, so tests sharing the database never meet.
 */
public final class EmployerFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final TestUsers users;
    private final Accounts accounts;

    public EmployerFixtures(int port, ApplicationContext context) {
        this.port = port;
        this.users = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class));
        this.accounts = context.getBean(Accounts.class);
    }

    public ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    /** Registers as caseworker and returns the new enterprise's id. */
    public String register(EmployerForm form) {
        return created(caseworker().post("/api/v1/employers", json(form)));
    }

    public String register(String name) {
        return register(Postings.enterprise(name));
    }

    /** Drafts as caseworker and returns the new posting's id. */
    public String draft(String employerId, JobPostingForm form) {
        return created(caseworker().post("/api/v1/job-postings", postingJson(employerId, form)));
    }

    public String published(String employerId, int headcount) {
        String posting = draft(employerId, Postings.assemblyJob(headcount));
        Reply reply = caseworker().post("/api/v1/job-postings/" + posting + "/publish", "");
        if (reply.status() != 200) {
            throw new IllegalStateException("Publishing answered " + reply.status() + ": " + reply.body());
        }
        return posting;
    }

    /** A new EMPLOYER user linked to the enterprise, signed in over Basic. */
    public ApiClient employerUserOf(String employerId) {
        return ApiClient.as(port, employerUsernameOf(employerId), TestUsers.PASSWORD);
    }

    public String employerUsernameOf(String employerId) {
        String username = users.create(Role.EMPLOYER);
        accounts.linkEmployer(username, UUID.fromString(employerId));
        return username;
    }

    public ApiClient userWith(Role role) {
        return ApiClient.as(port, users.create(role), TestUsers.PASSWORD);
    }

    /** A query parameter value as it goes into a URL. */
    public static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    public static String postingJson(String employerId, JobPostingForm form) {
        return json(postingBody(employerId, form));
    }

    public static Map<String, Object> postingBody(String employerId, JobPostingForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employerId", employerId);
        body.putAll(JSON.convertValue(form, new TypeReference<Map<String, Object>>() {}));
        return body;
    }

    public static String created(Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Expected 201 but got " + reply.status() + ": " + reply.body());
        }
        return (String) reply.json("id");
    }
}

package org.laborbridge.identity.web;

import java.util.List;
import org.laborbridge.identity.Role;

/**
 * The home page's short list of what each role can do, in the order they usually need it. A task
 * named {@code home.task.x} is explained by the message {@code home.task.x.hint}.
 */
final class HomeTasks {

    private HomeTasks() {}

    static List<Task> of(Role role) {
        return switch (role) {
            case ADMIN ->
                List.of(
                        task("cooperation"),
                        task("workers"),
                        task("employers"),
                        task("fairs"),
                        task("placements"),
                        task("matching"),
                        task("transport"),
                        task("subsidies"),
                        task("workshops"),
                        task("reporting"),
                        task("audit"));
            case CASEWORKER ->
                List.of(
                        task("workers"),
                        task("employers"),
                        task("fairs"),
                        task("matching"),
                        task("transport"),
                        task("placements"),
                        task("subsidies"),
                        task("reporting"));
            case APPROVER -> List.of(task("subsidies"), task("placements"), task("reporting"), task("cooperation"));
            case PARTNER ->
                List.of(
                        task("workers"),
                        task("fairs"),
                        task("transport"),
                        task("workshops"),
                        task("cooperation"),
                        task("reporting"));
            case EMPLOYER ->
                List.of(
                        task("employers"),
                        task("applications"),
                        task("fairs"),
                        task("matching"),
                        task("placements"),
                        task("subsidies"));
            case WORKER ->
                List.of(
                        new Task("home.task.me.record", "/me"),
                        new Task("home.task.me.applications", "/me#applications"),
                        new Task("home.task.me.trip", "/me#trip"),
                        new Task("home.task.me.subsidies", "/me#subsidies"));
        };
    }

    private static Task task(String module) {
        return new Task("home.task." + module, "/" + module);
    }
}

package org.laborbridge.fairs.applications;

import java.time.LocalDate;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.FairId;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;

/** Request bodies and paths of the applications API, and the steps tests take to set a stage. */
final class ApplicationRequests {

    static final String APPLICATIONS = "/api/v1/applications";

    private ApplicationRequests() {}

    static String apply(WorkerId worker, JobPostingId posting) {
        return "{\"worker\":\"" + worker + "\",\"posting\":\"" + posting + "\"}";
    }

    static String apply(WorkerId worker, JobPostingId posting, FairId fair) {
        return "{\"worker\":\"" + worker + "\",\"posting\":\"" + posting + "\",\"fair\":\"" + fair + "\"}";
    }

    static String offer(LocalDate startDate, int months, String wage) {
        return "{\"startDate\":\"" + startDate + "\",\"contractMonths\":" + months + ",\"monthlyWage\":" + wage + "}";
    }

    /** Starting a week from today for a year, at 5,200 yuan: inside the test postings' 4,500–6,000. */
    static String fairOffer() {
        return offer(BureauTime.today().plusDays(7), 12, "5200");
    }

    static String path(String application) {
        return APPLICATIONS + "/" + application;
    }

    /** The demo caseworker applies for the worker; returns the application's id. */
    static String appliedByCaseworker(int port, WorkerId worker, JobPostingId posting) {
        return created(ApiClient.as(port, "caseworker").post(APPLICATIONS, apply(worker, posting)));
    }

    /** Applied by the caseworker and offered by the bureau for the employer; returns the id. */
    static String offered(int port, WorkerId worker, JobPostingId posting, String offer) {
        String id = appliedByCaseworker(port, worker, posting);
        expect(ApiClient.as(port, "caseworker").post(path(id) + "/offer", offer), 200);
        return id;
    }

    static String created(Reply reply) {
        expect(reply, 201);
        return (String) reply.json("id");
    }

    static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}

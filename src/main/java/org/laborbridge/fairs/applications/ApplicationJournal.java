package org.laborbridge.fairs.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.fairs.ApplicationEvent;
import org.laborbridge.fairs.ApplicationRejected;
import org.laborbridge.fairs.ApplicationStep;
import org.laborbridge.fairs.ApplicationSubmitted;
import org.laborbridge.fairs.ApplicationWithdrawn;
import org.laborbridge.fairs.InterviewInvited;
import org.laborbridge.fairs.OfferAccepted;
import org.laborbridge.fairs.OfferDeclined;
import org.laborbridge.fairs.OfferMade;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the programme about an application's latest step: a line on the worker's
 * whole-process timeline, and an event for the modules that count, pay or plan from it. Both are
 * written in the step's transaction, so neither exists for a step that was rolled back.
 */
@Component
class ApplicationJournal {

    private final WorkerHistory history;
    private final ApplicationEventPublisher events;

    ApplicationJournal(WorkerHistory history, ApplicationEventPublisher events) {
        this.history = history;
        this.events = events;
    }

    /** {@code fairName} names the fair the worker applied through, or is null. */
    void record(Application application, String fairName) {
        ApplicationStep step = application.lastStep();
        Particulars p = application.particulars();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("employer", p.employerName());
        details.put("posting", p.postingTitle());
        details.put("jobType", p.jobType());
        String kind = switch (step.status()) {
            case APPLIED -> {
                putIfPresent(details, "fair", fairName);
                yield "APPLIED";
            }
            case INTERVIEW -> {
                putIfPresent(details, "interviewAt", BureauTime.format(application.interviewAt()));
                putIfPresent(details, "note", step.note());
                yield "INTERVIEW_INVITED";
            }
            case OFFERED -> {
                putTerms(details, application.offer());
                yield "OFFERED";
            }
            case ACCEPTED -> {
                putTerms(details, application.offer());
                yield "OFFER_ACCEPTED";
            }
            case DECLINED -> "OFFER_DECLINED";
            case WITHDRAWN -> "APPLICATION_WITHDRAWN";
            case REJECTED -> {
                putIfPresent(details, "reason", step.note());
                yield "APPLICATION_REJECTED";
            }
        };
        history.record(p.worker(), kind, details);
        events.publishEvent(event(application, step.at()));
    }

    private static ApplicationEvent event(Application application, Instant at) {
        Particulars p = application.particulars();
        return switch (application.status()) {
            case APPLIED ->
                new ApplicationSubmitted(
                        p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), p.fair(), p.channel(), at);
            case INTERVIEW ->
                new InterviewInvited(
                        p.id(),
                        p.worker(),
                        p.householdCounty(),
                        p.posting(),
                        p.employer(),
                        application.interviewAt(),
                        at);
            case OFFERED ->
                new OfferMade(
                        p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), application.offer(), at);
            case ACCEPTED ->
                new OfferAccepted(
                        p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), application.offer(), at);
            case DECLINED -> new OfferDeclined(p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), at);
            case WITHDRAWN ->
                new ApplicationWithdrawn(p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), at);
            case REJECTED ->
                new ApplicationRejected(p.id(), p.worker(), p.householdCounty(), p.posting(), p.employer(), at);
        };
    }

    private static void putTerms(Map<String, String> details, OfferTerms terms) {
        details.put("startDate", terms.startDate().toString());
        details.put("contractMonths", Integer.toString(terms.contractMonths()));
        details.put("monthlyWage", terms.monthlyWage().toYuanString());
    }

    private static void putIfPresent(Map<String, String> details, String field, String value) {
        if (value != null && !value.isBlank()) {
            details.put(field, value);
        }
    }
}

package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * What every step of an application tells listeners: whose, to which posting of which employer,
 * and the worker's household county, by which reports and subsidies count partner regions.
 */
public sealed interface ApplicationEvent
        permits ApplicationSubmitted,
                InterviewInvited,
                OfferMade,
                OfferAccepted,
                OfferDeclined,
                ApplicationWithdrawn,
                ApplicationRejected {

    ApplicationId application();

    WorkerId worker();

    String householdCounty();

    JobPostingId posting();

    EmployerId employer();

    Instant at();
}

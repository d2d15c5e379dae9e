package org.laborbridge.subsidies.web;

import java.util.EnumSet;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.applications.ClaimDesk;

/**
 * Which forms the claim page offers its reader, from the claim's status and what they may do (the
 * {@code SubsidyApplications} javadoc is the rule; the service refuses anything else anyway).
 */
record ClaimActions(
        boolean review,
        boolean approve,
        boolean rejectAtApproval,
        boolean resubmit,
        boolean changeAccount,
        boolean object,
        boolean resolveObjections,
        boolean upload) {

    private static final EnumSet<ApplicationStatus> BEFORE_APPROVAL =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.MORE_REQUESTED, ApplicationStatus.ACCEPTED);

    static ClaimActions of(ApplicationView claim, SubsidyApplications applications, ClaimDesk desk) {
        boolean applicant = desk.mayActAsApplicant(claim);
        boolean approver =
                Callers.find().map(caller -> caller.is(Role.APPROVER)).orElse(false);
        boolean beforeApproval = BEFORE_APPROVAL.contains(claim.status());
        return new ClaimActions(
                applications.mayReview(claim),
                applications.mayApprove(claim),
                approver && claim.status() == ApplicationStatus.ACCEPTED,
                applicant && claim.status() == ApplicationStatus.MORE_REQUESTED,
                applicant && beforeApproval,
                applications.mayObject(claim),
                desk.mayResolveObjections(),
                applicant && beforeApproval);
    }

    public boolean any() {
        return review || approve || rejectAtApproval || resubmit || changeAccount || object;
    }
}

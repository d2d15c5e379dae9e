package org.laborbridge.subsidies.web;

import java.util.List;
import java.util.Map;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A claim on one basis: every policy judged for it, with its reasons, eligible ones first; only an
 * eligible one can be chosen, and the payee's account may be given now or later. A refused claim
 * comes back with each reason under its field, and nothing stored.
 */
@Controller
class ClaimFormPage {

    private final SubsidyApplications applications;
    private final SubsidyEligibility eligibility;
    private final MessageSource messages;

    ClaimFormPage(SubsidyApplications applications, SubsidyEligibility eligibility, MessageSource messages) {
        this.applications = applications;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    @GetMapping("/subsidies/applications/new")
    ModelAndView form(
            @RequestParam(required = false) String placement,
            @RequestParam(required = false) String trip,
            @RequestParam(required = false) String worker) {
        requireApplicant();
        BasisJudgements basis = basis(placement, trip, worker);
        ClaimFields blank = new ClaimFields(
                firstEligible(basis),
                basis.basis().kind().name(),
                basis.basis().id().toString(),
                basis.basis().worker().toString(),
                null,
                null,
                null,
                null);
        return page(basis, blank, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/subsidies/applications")
    ModelAndView apply(@ModelAttribute ClaimFields fields, RedirectAttributes redirect) {
        requireApplicant();
        try {
            ApplicationView claim = applications.apply(fields.toForm());
            Flash.say(redirect, messages, "subsidies.claims.flash.applied", claim.number());
            return new ModelAndView("redirect:/subsidies/applications/" + claim.id());
        } catch (InvalidInputException invalid) {
            BasisJudgements basis = fields.kind() == BasisKind.TRIP_SHARE
                    ? basis(null, fields.basisId(), fields.worker())
                    : basis(fields.basisId(), null, null);
            return page(basis, fields, Refusals.byField(invalid, messages), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void requireApplicant() {
        if (!applications.mayApply()) {
            throw new AccessDeniedException("Approvers do not make claims");
        }
    }

    private BasisJudgements basis(String placement, String trip, String worker) {
        if (placement != null && !placement.isBlank()) {
            return eligibility.forPlacement(
                    PlacementId.parse(placement.strip()).orElseThrow(() -> notFound(placement)));
        }
        if (trip != null && !trip.isBlank() && worker != null) {
            return eligibility.forTripShare(
                    TripId.parse(trip.strip()).orElseThrow(() -> notFound(trip)),
                    WorkerId.parse(worker.strip()).orElseThrow(() -> notFound(worker)));
        }
        throw notFound("basis");
    }

    private static String firstEligible(BasisJudgements basis) {
        return basis.judgements().stream()
                .filter(judgement -> judgement.eligible())
                .map(judgement -> judgement.code())
                .findFirst()
                .orElse(null);
    }

    private static RecordNotFoundException notFound(String id) {
        return new RecordNotFoundException("subsidy-basis", id);
    }

    private static ModelAndView page(
            BasisJudgements basis, ClaimFields fields, Map<String, List<String>> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("subsidies/form");
        page.addObject("basis", basis.basis());
        page.addObject("judgements", basis.judgements());
        page.addObject("anyEligible", basis.judgements().stream().anyMatch(judgement -> judgement.eligible()));
        page.addObject("form", fields);
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }
}

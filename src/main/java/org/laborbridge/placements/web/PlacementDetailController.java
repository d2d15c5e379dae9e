package org.laborbridge.placements.web;

import java.util.Locale;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.placements.core.Choices;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One placement with its retention checks, and the forms to confirm the start, record a
 * follow-up or a leaving. Each form posts and comes back here (or to the due list it came from);
 * a refusal shows the page again with the reasons next to the form that failed.
 */
@Controller
class PlacementDetailController {

    static final String DUE_LIST = "due";

    private final Placements placements;
    private final MessageSource messages;

    PlacementDetailController(Placements placements, MessageSource messages) {
        this.placements = placements;
        this.messages = messages;
    }

    @GetMapping("/placements/{id}")
    ModelAndView detail(@PathVariable String id) {
        return page(placements.find(placementId(id)), null, HttpStatus.OK);
    }

    @PostMapping("/placements/{id}/start")
    ModelAndView confirmStart(
            @PathVariable String id,
            @RequestParam(required = false) String startedOn,
            Locale locale,
            RedirectAttributes redirect) {
        PlacementId placement = placementId(id);
        try {
            placements.confirmStart(placement, FormDates.day(startedOn, "startedOn"));
        } catch (InvalidInputException invalid) {
            return refused(placement, "start", invalid, locale);
        }
        return done(placement, "placements.flash.started", null, locale, redirect);
    }

    @PostMapping("/placements/{id}/retention-checks/{month}")
    ModelAndView recordRetention(
            @PathVariable String id,
            @PathVariable int month,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String returnTo,
            Locale locale,
            RedirectAttributes redirect) {
        PlacementId placement = placementId(id);
        try {
            placements.recordRetention(
                    placement,
                    month,
                    Choices.parse(RetentionOutcome.class, outcome, "outcome"),
                    Choices.parse(LeavingReason.class, reason, "reason"),
                    note);
        } catch (InvalidInputException invalid) {
            return refused(placement, "check-" + month, invalid, locale);
        }
        return done(placement, "placements.flash.checked", returnTo, locale, redirect);
    }

    @PostMapping("/placements/{id}/social-insurance")
    ModelAndView confirmSocialInsurance(
            @PathVariable String id,
            @RequestParam(required = false) String since,
            Locale locale,
            RedirectAttributes redirect) {
        PlacementId placement = placementId(id);
        try {
            placements.confirmSocialInsurance(placement, FormDates.day(since, "socialInsuranceSince"));
        } catch (InvalidInputException invalid) {
            return refused(placement, "social-insurance", invalid, locale);
        }
        return done(placement, "placements.flash.socialInsurance", null, locale, redirect);
    }

    @PostMapping("/placements/{id}/leaving")
    ModelAndView recordLeaving(
            @PathVariable String id,
            @RequestParam(required = false) String leftOn,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        PlacementId placement = placementId(id);
        try {
            placements.recordLeaving(
                    placement,
                    FormDates.day(leftOn, "leftOn"),
                    Choices.parse(LeavingReason.class, reason, "reason"),
                    note);
        } catch (InvalidInputException invalid) {
            return refused(placement, "leaving", invalid, locale);
        }
        return done(placement, "placements.flash.left", null, locale, redirect);
    }

    private ModelAndView page(PlacementView placement, Refused refused, HttpStatus status) {
        ModelAndView page = new ModelAndView("placements/detail");
        boolean mayRecord = placements.mayRecordRetention(placement);
        page.addObject("placement", placement);
        page.addObject("mayRecordRetention", mayRecord);
        page.addObject(
                "checks",
                placement.checks().stream()
                        .map(check -> CheckLine.of(check, mayRecord, BureauTime.today()))
                        .toList());
        boolean ongoing = placement.status() != PlacementStatus.LEFT;
        page.addObject(
                "mayConfirmStart",
                placement.status() == PlacementStatus.STARTING && placements.mayConfirmStart(placement));
        page.addObject("mayRecordLeaving", ongoing && placements.mayRecordLeaving(placement));
        page.addObject(
                "mayConfirmSocialInsurance",
                placement.socialInsuranceSince() == null && placements.mayConfirmSocialInsurance(placement));
        page.addObject("mayOpenWorker", placements.mayFollowUp());
        page.addObject("reasons", LeavingReason.values());
        page.addObject("graceDays", Placements.RETENTION_GRACE_DAYS);
        page.addObject("refused", refused);
        page.setStatus(status);
        return page;
    }

    private ModelAndView refused(PlacementId id, String form, InvalidInputException invalid, Locale locale) {
        return page(placements.find(id), Refused.of(form, invalid, messages, locale), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView done(
            PlacementId id, String flashKey, String returnTo, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage(flashKey, null, locale));
        return new ModelAndView(DUE_LIST.equals(returnTo) ? "redirect:/placements/due" : "redirect:/placements/" + id);
    }

    private static PlacementId placementId(String id) {
        return PlacementId.parse(id).orElseThrow(() -> new RecordNotFoundException("placement", id));
    }
}

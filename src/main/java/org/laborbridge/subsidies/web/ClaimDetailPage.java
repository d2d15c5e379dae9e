package org.laborbridge.subsidies.web;

import java.util.function.Function;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.applications.ClaimDesk;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One claim: policy and version, person, basis, amount and stages, the reasons it was judged by,
 * documents required and attached, objections, every step, and the forms for what the reader may
 * do next. Every action posts and comes back here; a refusal shows the page again (422, or 409 for
 * a step out of order) with the reason next to the form that failed, and nothing changed.
 */
@Controller
@RequestMapping("/subsidies/applications/{id}")
class ClaimDetailPage {

    private final SubsidyApplications applications;
    private final ClaimDesk desk;
    private final MessageSource messages;

    ClaimDetailPage(SubsidyApplications applications, ClaimDesk desk, MessageSource messages) {
        this.applications = applications;
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView detail(@PathVariable String id) {
        return page(PathIds.claim(id), null, HttpStatus.OK);
    }

    @PostMapping("/accept")
    ModelAndView accept(
            @PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, "review", "accepted", redirect, claim -> applications.accept(claim, note));
    }

    @PostMapping("/reject")
    ModelAndView reject(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "reject", "rejected", redirect, claim -> applications.reject(claim, reason));
    }

    @PostMapping("/more")
    ModelAndView askForMore(
            @PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, "more", "moreRequested", redirect, claim -> applications.askForMore(claim, note));
    }

    @PostMapping("/resubmit")
    ModelAndView resubmit(
            @PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, "resubmit", "resubmitted", redirect, claim -> applications.resubmit(claim, note));
    }

    @PostMapping("/approve")
    ModelAndView approve(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, "approve", "approved", redirect, applications::approve);
    }

    @PostMapping("/account")
    ModelAndView changeAccount(
            @PathVariable String id,
            @RequestParam(required = false) String payeeName,
            @RequestParam(required = false) String bankName,
            @RequestParam(required = false) String bankAccount,
            RedirectAttributes redirect) {
        return act(
                id,
                "account",
                "accountChanged",
                redirect,
                claim -> applications.changeAccount(claim, payeeName, bankName, bankAccount));
    }

    @PostMapping("/objections")
    ModelAndView object(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "object", "objected", redirect, claim -> applications.object(claim, reason));
    }

    @PostMapping("/objections/{objection}/resolve")
    ModelAndView resolve(
            @PathVariable String id,
            @PathVariable String objection,
            @RequestParam(defaultValue = "false") boolean upheld,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                id,
                "objection-" + objection,
                upheld ? "objectionUpheld" : "objectionDismissed",
                redirect,
                claim -> applications.resolveObjection(
                        claim, PathIds.uuid(objection, "subsidy-objection"), upheld, note));
    }

    private ModelAndView act(
            String id,
            String form,
            String done,
            RedirectAttributes redirect,
            Function<ApplicationId, ApplicationView> action) {
        ApplicationId claim = PathIds.claim(id);
        try {
            action.apply(claim);
            Flash.say(redirect, messages, "subsidies.claims.flash." + done);
            return new ModelAndView("redirect:/subsidies/applications/" + claim);
        } catch (InvalidInputException invalid) {
            return page(claim, Refused.of(form, invalid, messages), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (StepOutOfOrderException outOfOrder) {
            return page(claim, Refused.of(form, outOfOrder, messages), HttpStatus.CONFLICT);
        }
    }

    private ModelAndView page(ApplicationId id, Refused refused, HttpStatus status) {
        ApplicationView claim = applications.find(id);
        ModelAndView page = new ModelAndView("subsidies/detail");
        page.addObject("claim", claim);
        page.addObject("actions", ClaimActions.of(claim, applications, desk));
        page.addObject("documents", DocumentCheck.of(claim));
        page.addObject("refused", refused);
        page.setStatus(status);
        return page;
    }
}

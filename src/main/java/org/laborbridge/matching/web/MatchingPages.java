package org.laborbridge.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.MatchingWeights;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The matching overview for the bureau and partners (index sizes, last load, the weights) and
 * the ADMIN's weights form. Workers find their recommendations on their own page and employers
 * on each posting, so {@code /matching} sends them there.
 */
@Controller
@RequestMapping("/matching")
class MatchingPages {

    private final Recommendations recommendations;
    private final MatchingWeights weights;
    private final Employers employers;
    private final MessageSource messages;

    MatchingPages(
            Recommendations recommendations, MatchingWeights weights, Employers employers, MessageSource messages) {
        this.recommendations = recommendations;
        this.weights = weights;
        this.employers = employers;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        Caller caller = Callers.current();
        if (caller.is(Role.WORKER)) {
            return "redirect:/me#recommendations";
        }
        if (caller.is(Role.EMPLOYER)) {
            return employers
                    .ofCurrentCaller()
                    .map(employer -> "redirect:/employers/" + employer)
                    .orElse("redirect:/employers");
        }
        model.addAttribute("status", recommendations.status());
        model.addAttribute("weights", weights.current());
        model.addAttribute("maxPoints", recommendations.maxPoints());
        model.addAttribute("mayChange", weights.mayChange());
        return "matching/overview";
    }

    /** The six numbers as typed; a blank one is refused on its field, never read as 0. */
    record WeightsFields(
            Integer jobType, Integer skills, Integer place, Integer wage, Integer housing, Integer poorPriorityBonus) {

        static WeightsFields of(MatchWeights w) {
            return new WeightsFields(w.jobType(), w.skills(), w.place(), w.wage(), w.housing(), w.poorPriorityBonus());
        }

        MatchWeights toWeights() {
            return MatchWeights.typed(jobType, skills, place, wage, housing, poorPriorityBonus);
        }
    }

    @GetMapping("/weights")
    String weightsForm(Model model) {
        requireAdmin();
        return form(model, WeightsFields.of(weights.current().weights()), Map.of());
    }

    @PostMapping("/weights")
    String changeWeights(
            @ModelAttribute("form") WeightsFields fields,
            BindingResult typed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireAdmin();
        if (typed.hasFieldErrors()) {
            Map<String, List<String>> notNumbers = new LinkedHashMap<>();
            typed.getFieldErrors()
                    .forEach(error -> notNumbers.put(
                            error.getField(),
                            List.of(messages.getMessage(
                                    "matching.page.weights.notANumber", null, LocaleContextHolder.getLocale()))));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, fields, notNumbers);
        }
        try {
            weights.change(fields.toWeights());
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, fields, Refusals.byField(refused, messages));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/matching/weights";
    }

    private String form(Model model, WeightsFields fields, Map<String, List<String>> errors) {
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("current", weights.current());
        model.addAttribute("history", weights.history(10));
        return "matching/weights";
    }

    private void requireAdmin() {
        if (!weights.mayChange()) {
            throw new AccessDeniedException("Only ADMIN sets the matching weights");
        }
    }
}

package org.laborbridge.matching.fairs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fair's assignment page: compute a run, read it (total, counts, unassigned by reason, each
 * posting with its assigned workers), and confirm the latest run into interview invitations.
 */
@Controller
@RequestMapping("/matching/fairs/{fairId}")
class FairAssignmentPages {

    private final FairAssignmentRuns runs;
    private final MessageSource messages;

    FairAssignmentPages(FairAssignmentRuns runs, MessageSource messages) {
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView page(
            @PathVariable String fairId,
            @RequestParam(required = false) String run,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int unassignedPage,
            Model model) {
        return render(
                fairId(fairId), run == null ? null : runId(run), page, unassignedPage, List.of(), HttpStatus.OK, model);
    }

    @PostMapping("/runs")
    ModelAndView compute(@PathVariable String fairId, Model model) {
        FairId fair = fairId(fairId);
        try {
            UUID run = runs.compute(fair);
            return new ModelAndView("redirect:/matching/fairs/" + fair + "?run=" + run);
        } catch (InvalidInputException refused) {
            return render(fair, null, 0, 0, Refusals.all(refused, messages), HttpStatus.UNPROCESSABLE_CONTENT, model);
        }
    }

    @PostMapping("/runs/{runId}/confirmation")
    ModelAndView confirm(
            @PathVariable String fairId,
            @PathVariable String runId,
            @RequestParam(required = false) String interviewAt,
            RedirectAttributes redirect,
            Model model) {
        FairId fair = fairId(fairId);
        UUID run = runId(runId);
        try {
            RunViews.Confirmation done = runs.confirm(fair, run, interviewTime(interviewAt));
            redirect.addFlashAttribute("confirmation", done);
            return new ModelAndView("redirect:/matching/fairs/" + fair + "?run=" + run);
        } catch (InvalidInputException refused) {
            return render(fair, run, 0, 0, Refusals.all(refused, messages), HttpStatus.UNPROCESSABLE_CONTENT, model);
        }
    }

    private ModelAndView render(
            FairId fairId,
            UUID run,
            int page,
            int unassignedPage,
            List<String> refusals,
            HttpStatus status,
            Model model) {
        FairView fair = runs.fairToRun(fairId);
        Optional<RunViews.Run> shown = run == null
                ? runs.latest(fairId, page, unassignedPage)
                : Optional.of(runs.find(fairId, run, page, unassignedPage));
        model.addAttribute("fair", fair);
        model.addAttribute("run", shown.orElse(null));
        model.addAttribute("runs", runs.recent(fairId));
        model.addAttribute("mayConfirm", runs.mayConfirm(fair));
        model.addAttribute("reasons", UnassignedReason.values());
        model.addAttribute("refusals", refusals);
        model.addAttribute(
                "defaultInterviewAt",
                LocalDateTime.ofInstant(FairAssignmentRuns.defaultInterviewAt(fair), BureauTime.ZONE)
                        .toString());
        ModelAndView view = new ModelAndView("matching/fair-assignment", model.asMap());
        view.setStatus(status);
        return view;
    }

    /** A {@code datetime-local} value on the bureau's clock; blank takes the default. */
    private static Instant interviewTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(BureauTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    Violation.of("interviewAt", "FORMAT", "matching.fairs.refused.interviewAt.FORMAT"));
        }
    }

    static FairId fairId(String text) {
        return FairId.parse(text).orElseThrow(() -> new RecordNotFoundException("fair", text));
    }

    static UUID runId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(FairAssignmentRuns.SUBJECT, text);
        }
    }
}

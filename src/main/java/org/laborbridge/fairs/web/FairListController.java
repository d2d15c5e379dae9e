package org.laborbridge.fairs.web;

import java.util.List;
import java.util.Map;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairPage;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fair list with its filters, and the form that schedules, changes and cancels a fair. */
@Controller
@RequestMapping("/fairs")
class FairListController {

    private final Fairs fairs;
    private final MessageSource messages;

    FairListController(Fairs fairs, MessageSource messages) {
        this.fairs = fairs;
        this.messages = messages;
    }

    @GetMapping
    String list(@ModelAttribute("filter") FairFilter filter, Model model) {
        FairPage page = fairs.search(filter.toQuery());
        model.addAttribute("page", page);
        model.addAttribute("pages", (int) Math.ceil(page.total() / (double) FairFilter.PAGE_SIZE));
        model.addAttribute("mayCreate", fairs.mayCreate());
        choices(model);
        return "fairs/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        if (!fairs.mayCreate()) {
            throw new AccessDeniedException("Only bureau and partner staff schedule fairs");
        }
        return form(model, FairFormFields.blank(), null, Map.of());
    }

    @PostMapping
    ModelAndView create(@ModelAttribute FairFormFields fields, RedirectAttributes redirect, Model model) {
        try {
            FairView created = fairs.create(fields.toForm());
            redirect.addFlashAttribute("flash", "fairs.saved");
            return new ModelAndView("redirect:/fairs/" + created.id());
        } catch (InvalidInputException invalid) {
            return refused(model, fields, null, invalid);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        FairView fair = fairs.find(fairId(id));
        if (!fairs.mayManage(fair)) {
            throw new AccessDeniedException("Only those who run this fair change it");
        }
        return form(model, FairFormFields.of(fair), fair, Map.of());
    }

    @PostMapping("/{id}")
    ModelAndView change(
            @PathVariable String id, @ModelAttribute FairFormFields fields, RedirectAttributes redirect, Model model) {
        FairId fairId = fairId(id);
        try {
            fairs.change(fairId, fields.toForm());
            redirect.addFlashAttribute("flash", "fairs.saved");
            return new ModelAndView("redirect:/fairs/" + fairId);
        } catch (InvalidInputException invalid) {
            return refused(model, fields, fairs.find(fairId), invalid);
        }
    }

    @PostMapping("/{id}/cancellation")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        FairId fairId = fairId(id);
        fairs.cancel(fairId);
        redirect.addFlashAttribute("flash", "fairs.cancelled");
        return "redirect:/fairs/" + fairId;
    }

    private ModelAndView refused(Model model, FairFormFields fields, FairView existing, InvalidInputException invalid) {
        form(model, fields, existing, Refusals.byField(invalid, messages));
        ModelAndView page = new ModelAndView("fairs/form", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private String form(Model model, FairFormFields fields, FairView existing, Map<String, List<String>> errors) {
        model.addAttribute("form", fields);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        choices(model);
        return "fairs/form";
    }

    private static void choices(Model model) {
        model.addAttribute("campaigns", Campaign.values());
        model.addAttribute("kinds", FairKind.values());
        model.addAttribute("statuses", FairStatus.values());
    }

    static FairId fairId(String id) {
        return FairId.parse(id).orElseThrow(() -> new RecordNotFoundException("fair", id));
    }
}

package org.laborbridge.cooperation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegionId;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
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

/** The partner region list and the administrators' add and edit forms. */
@Controller
@RequestMapping("/cooperation")
class PartnerRegionPages {

    // Whether an agreement is in force is judged by the bureau's calendar, not the server's zone.
    private static final String FORM = "cooperation/form";

    private final PartnerRegions partnerRegions;
    private final MessageSource messages;

    PartnerRegionPages(PartnerRegions partnerRegions, MessageSource messages) {
        this.partnerRegions = partnerRegions;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("partnerRegions", partnerRegions.all());
        model.addAttribute("today", BureauTime.today());
        model.addAttribute("mayChange", partnerRegions.mayChange());
        return "cooperation/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        checkMayChange();
        return form(model, PartnerRegionForm.empty(), null, Map.of());
    }

    @PostMapping
    ModelAndView register(@ModelAttribute PartnerRegionForm form, RedirectAttributes redirect) {
        checkMayChange();
        try {
            PartnerRegion registered = partnerRegions.register(form.toCommand());
            return saved(registered, redirect);
        } catch (InvalidInputException invalid) {
            return refused(form, null, invalid);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        checkMayChange();
        PartnerRegion region = partnerRegions.get(PartnerRegionId.parse(id));
        return form(model, PartnerRegionForm.of(region), region, Map.of());
    }

    @PostMapping("/{id}")
    ModelAndView change(@PathVariable String id, @ModelAttribute PartnerRegionForm form, RedirectAttributes redirect) {
        checkMayChange();
        PartnerRegionId partnerRegionId = PartnerRegionId.parse(id);
        PartnerRegion existing = partnerRegions.get(partnerRegionId);
        try {
            return saved(partnerRegions.change(partnerRegionId, form.toCommand()), redirect);
        } catch (InvalidInputException invalid) {
            return refused(form, existing, invalid);
        }
    }

    private void checkMayChange() {
        if (!partnerRegions.mayChange()) {
            throw new AccessDeniedException("Only administrators change partner regions");
        }
    }

    private String form(Model model, PartnerRegionForm form, PartnerRegion existing, Map<String, List<String>> errors) {
        model.addAllAttributes(formModel(form, existing, errors));
        return FORM;
    }

    private static Map<String, Object> formModel(
            PartnerRegionForm form, PartnerRegion existing, Map<String, List<String>> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("existing", existing);
        model.put("errors", errors);
        model.put("allFlags", PartnerFlag.values());
        model.put("exact", RegionLookup.exactMatch(form.regionCode()).orElse(null));
        model.put("matches", List.of());
        return model;
    }

    private ModelAndView saved(PartnerRegion region, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", region.code().value() + " " + region.regionName());
        return new ModelAndView("redirect:/cooperation");
    }

    /** Shows the form again with each reason next to its field, in the user's language. */
    private ModelAndView refused(PartnerRegionForm form, PartnerRegion existing, InvalidInputException invalid) {
        Map<String, List<String>> errors = Refusals.byField(invalid, messages);
        ModelAndView page = new ModelAndView(FORM, formModel(form, existing, errors));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}

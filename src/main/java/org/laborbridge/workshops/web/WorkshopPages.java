package org.laborbridge.workshops.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.workshops.HeadcountMonth;
import org.laborbridge.workshops.RecognitionRefusedException;
import org.laborbridge.workshops.WorkshopId;
import org.laborbridge.workshops.WorkshopQuery;
import org.laborbridge.workshops.WorkshopStatus;
import org.laborbridge.workshops.WorkshopType;
import org.laborbridge.workshops.WorkshopView;
import org.laborbridge.workshops.Workshops;
import org.laborbridge.workshops.input.TypedValues;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The workshop list, a workshop with its employees and criteria, the forms, and the employee starts and leavings. */
@Controller
@RequestMapping("/workshops")
class WorkshopPages {

    private static final String FORM = "workshops/form";
    private static final String DETAIL = "workshops/detail";
    private static final int RECENT_MONTHS = 24;

    private final Workshops workshops;
    private final MessageSource messages;

    WorkshopPages(Workshops workshops, MessageSource messages) {
        this.workshops = workshops;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        // A filter left over from an old link is ignored rather than refused.
        TypedValues filters = new TypedValues();
        WorkshopStatus statusFilter = filters.choice(WorkshopStatus.class, status, "status");
        WorkshopType typeFilter = filters.choice(WorkshopType.class, type, "type");
        String regionFilter = region == null || !region.strip().matches("[0-9]{2,6}") ? null : region.strip();
        var result = workshops.search(new WorkshopQuery(regionFilter, statusFilter, typeFilter, page, 20));
        model.addAttribute("result", result);
        model.addAttribute("region", regionFilter);
        model.addAttribute("status", statusFilter);
        model.addAttribute("type", typeFilter);
        model.addAttribute("statuses", WorkshopStatus.values());
        model.addAttribute("types", WorkshopType.values());
        String query = "&region=" + (regionFilter == null ? "" : regionFilter)
                + "&status=" + (statusFilter == null ? "" : statusFilter.name())
                + "&type=" + (typeFilter == null ? "" : typeFilter.name());
        model.addAttribute("previous", "/workshops?page=" + Math.max(0, page - 1) + query);
        model.addAttribute("next", "/workshops?page=" + (page + 1) + query);
        return "workshops/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        checkMayUse();
        model.addAllAttributes(formModel(WorkshopFields.empty(), null, Map.of()));
        return FORM;
    }

    @PostMapping
    ModelAndView register(@ModelAttribute WorkshopFields fields, RedirectAttributes redirect) {
        checkMayUse();
        try {
            WorkshopView saved = workshops.register(fields.toForm());
            redirect.addFlashAttribute("flash", saved.name());
            return new ModelAndView("redirect:/workshops/" + saved.id());
        } catch (InvalidInputException invalid) {
            return refused(formModel(fields, null, Refusals.byField(invalid, messages)), FORM);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String months, Model model) {
        model.addAllAttributes(detailModel(workshopId(id), EmployeeFields.empty(), Map.of()));
        if ("all".equals(months)) {
            model.addAttribute("headcountRows", model.getAttribute("headcountsNewestFirst"));
            model.addAttribute("allMonths", true);
        }
        return DETAIL;
    }

    @PostMapping("/{id}/withdraw")
    ModelAndView withdraw(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String effectiveOn,
            RedirectAttributes redirect) {
        return decide(id, reason, effectiveOn, redirect, true);
    }

    @PostMapping("/{id}/recognise")
    ModelAndView recogniseAgain(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String effectiveOn,
            RedirectAttributes redirect) {
        return decide(id, reason, effectiveOn, redirect, false);
    }

    /**
     * A refusal comes back on the page: 422 for a missing reason or a wrong day, 409 with the
     * reason when the workshop's status does not allow the decision.
     */
    private ModelAndView decide(
            String id, String reason, String effectiveOn, RedirectAttributes redirect, boolean withdraw) {
        WorkshopId workshopId = workshopId(id);
        try {
            TypedValues typed = new TypedValues();
            LocalDate on = typed.day(effectiveOn, "effectiveOn");
            typed.check();
            if (withdraw) {
                workshops.withdraw(workshopId, reason, on);
            } else {
                workshops.recogniseAgain(workshopId, reason, on);
            }
            redirect.addFlashAttribute(
                    "employeeFlash", withdraw ? "workshops.decision.withdrawn" : "workshops.decision.recognised");
            return new ModelAndView("redirect:/workshops/" + workshopId);
        } catch (InvalidInputException invalid) {
            Map<String, Object> model = detailModel(workshopId, EmployeeFields.empty(), Map.of());
            model.put("decisionErrors", Refusals.byField(invalid, messages));
            model.put("decisionReason", reason);
            model.put("decisionOn", effectiveOn);
            return refused(model, DETAIL);
        } catch (RecognitionRefusedException refusal) {
            Map<String, Object> model = detailModel(workshopId, EmployeeFields.empty(), Map.of());
            model.put(
                    "decisionRefused",
                    messages.getMessage(refusal.messageKey(), null, LocaleContextHolder.getLocale()));
            ModelAndView page = new ModelAndView(DETAIL, model);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        WorkshopView existing = workshops.get(workshopId(id));
        model.addAllAttributes(formModel(WorkshopFields.of(existing), existing, Map.of()));
        return FORM;
    }

    @PostMapping("/{id}")
    ModelAndView change(@PathVariable String id, @ModelAttribute WorkshopFields fields, RedirectAttributes redirect) {
        WorkshopId workshopId = workshopId(id);
        WorkshopView existing = workshops.get(workshopId);
        try {
            WorkshopView saved = workshops.change(workshopId, fields.toForm());
            redirect.addFlashAttribute("flash", saved.name());
            return new ModelAndView("redirect:/workshops/" + saved.id());
        } catch (InvalidInputException invalid) {
            return refused(formModel(fields, existing, Refusals.byField(invalid, messages)), FORM);
        }
    }

    @PostMapping("/{id}/employees")
    ModelAndView employ(@PathVariable String id, @ModelAttribute EmployeeFields fields, RedirectAttributes redirect) {
        WorkshopId workshopId = workshopId(id);
        try {
            workshops.employ(workshopId, fields.toForm());
            redirect.addFlashAttribute("employeeFlash", "workshops.employee.added");
            return new ModelAndView("redirect:/workshops/" + workshopId);
        } catch (InvalidInputException invalid) {
            return refused(detailModel(workshopId, fields, Refusals.byField(invalid, messages)), DETAIL);
        }
    }

    @PostMapping("/{id}/employees/{employment}/leave")
    ModelAndView leave(
            @PathVariable String id,
            @PathVariable String employment,
            @RequestParam(required = false) String endDate,
            RedirectAttributes redirect) {
        WorkshopId workshopId = workshopId(id);
        UUID employmentId = parseUuid(employment);
        try {
            TypedValues typed = new TypedValues();
            LocalDate end = typed.day(endDate, "endDate");
            typed.check();
            workshops.leave(workshopId, employmentId, end);
            redirect.addFlashAttribute("employeeFlash", "workshops.employee.left");
            return new ModelAndView("redirect:/workshops/" + workshopId);
        } catch (InvalidInputException invalid) {
            Map<String, List<String>> errors = Refusals.byField(invalid, messages);
            Map<String, Object> model = detailModel(workshopId, EmployeeFields.empty(), Map.of());
            model.put(
                    "leaveErrors",
                    errors.values().stream().flatMap(List::stream).toList());
            model.put("leaveFor", employmentId);
            return refused(model, DETAIL);
        }
    }

    private Map<String, Object> detailModel(WorkshopId id, EmployeeFields fields, Map<String, List<String>> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("workshop", workshops.get(id));
        model.put("employees", workshops.employees(id));
        List<HeadcountMonth> headcounts = workshops.headcountOverTime(id);
        List<HeadcountMonth> newestFirst = newestFirst(headcounts);
        model.put("headcountChart", HeadcountChart.option(headcounts, messages, LocaleContextHolder.getLocale()));
        model.put("headcountsNewestFirst", newestFirst);
        model.put("headcountRows", newestFirst.subList(0, Math.min(RECENT_MONTHS, newestFirst.size())));
        model.put("allMonths", newestFirst.size() <= RECENT_MONTHS);
        model.put("statusHistory", newestFirst(workshops.statusHistory(id)));
        model.put("mayDecide", workshops.mayDecide());
        model.put("decisionErrors", Map.of());
        model.put("employee", fields);
        model.put("errors", errors);
        model.put("leaveErrors", List.of());
        model.put(
                "publicUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/public/workshops/{id}")
                        .buildAndExpand(id)
                        .toUriString());
        return model;
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Map<String, Object> formModel(
            WorkshopFields fields, WorkshopView existing, Map<String, List<String>> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", fields);
        model.put("existing", existing);
        model.put("errors", errors);
        model.put("types", WorkshopType.values());
        model.put("operatorKinds", org.laborbridge.workshops.OperatorKind.values());
        return model;
    }

    private static ModelAndView refused(Map<String, Object> model, String view) {
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private void checkMayUse() {
        if (!workshops.mayUse()) {
            throw new AccessDeniedException("Workshops are for bureau and partner staff");
        }
    }

    static WorkshopId workshopId(String text) {
        return WorkshopId.parse(text).orElseThrow(() -> new RecordNotFoundException("workshop", text));
    }

    private static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("workshopEmployee", text);
        }
    }
}

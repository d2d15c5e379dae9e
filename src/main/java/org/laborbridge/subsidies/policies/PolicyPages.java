package org.laborbridge.subsidies.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The policy catalogue in words for bureau and partner staff, and the administrator's form that
 * registers a policy or stores its next version. A refused form comes back with each reason under
 * its field and nothing stored; the catalogue itself decides who may read and change.
 */
@Controller
class PolicyPages {

    private static final String BASE = "/subsidies/policies";

    private final SubsidyPolicies policies;
    private final PolicyWording wording;
    private final MessageSource messages;

    PolicyPages(SubsidyPolicies policies, PolicyWording wording, MessageSource messages) {
        this.policies = policies;
        this.wording = wording;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("policies", policies.all().stream().map(wording::of).toList());
        model.addAttribute("mayChange", policies.mayChange());
        return "subsidies/policies/list";
    }

    @GetMapping(BASE + "/{code}")
    String latest(@PathVariable String code, Model model) {
        return detail(policies.find(code), model);
    }

    @GetMapping(BASE + "/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model) {
        return detail(policies.version(code, version), model);
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        requireChanger();
        return form(model, PolicyFields.blank(), null, Map.of());
    }

    @PostMapping(BASE)
    ModelAndView register(@ModelAttribute PolicyFields fields, Model model, RedirectAttributes redirect) {
        requireChanger();
        try {
            PolicyView registered = policies.register(fields.code(), fields.name(), termsOrCodeRefusals(fields));
            say(redirect, "flash.registered", registered.code());
            return new ModelAndView("redirect:" + path(registered.code()));
        } catch (InvalidInputException invalid) {
            return refused(model, fields, null, invalid);
        }
    }

    @GetMapping(BASE + "/{code}/revise")
    String reviseForm(@PathVariable String code, Model model) {
        requireChanger();
        PolicyView latest = policies.find(code);
        return form(model, PolicyFields.of(latest.code(), latest.name(), latest.terms()), latest, Map.of());
    }

    @PostMapping(BASE + "/{code}/revise")
    ModelAndView revise(
            @PathVariable String code, @ModelAttribute PolicyFields fields, Model model, RedirectAttributes redirect) {
        requireChanger();
        PolicyView latest = policies.find(code);
        try {
            PolicyView revised = policies.revise(latest.code(), fields.toTerms());
            say(redirect, "flash.revised", revised.version());
            return new ModelAndView("redirect:" + path(revised.code()));
        } catch (InvalidInputException invalid) {
            return refused(model, fields, latest, invalid);
        }
    }

    /**
     * Terms the form cannot make are refused together with the code and name: the catalogue
     * judges those when it is given no terms, and stores nothing then.
     */
    private PolicyTerms termsOrCodeRefusals(PolicyFields fields) {
        try {
            return fields.toTerms();
        } catch (InvalidInputException terms) {
            List<Violation> all = new ArrayList<>();
            try {
                policies.register(fields.code(), fields.name(), null);
            } catch (InvalidInputException codeAndName) {
                codeAndName.violations().stream()
                        .filter(violation -> !violation.field().equals("terms"))
                        .forEach(all::add);
            }
            all.addAll(terms.violations());
            throw new InvalidInputException(all);
        }
    }

    private String detail(PolicyView shown, Model model) {
        List<PolicyView> history = policies.history(shown.code());
        model.addAttribute("policy", wording.of(shown));
        model.addAttribute("history", history.stream().map(wording::of).toList());
        model.addAttribute("latestVersion", history.get(history.size() - 1).version());
        model.addAttribute("mayChange", policies.mayChange());
        return "subsidies/policies/detail";
    }

    private ModelAndView refused(Model model, PolicyFields fields, PolicyView existing, InvalidInputException invalid) {
        form(model, fields, existing, Refusals.byField(invalid, messages));
        ModelAndView page = new ModelAndView("subsidies/policies/form", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private static String form(
            Model model, PolicyFields fields, PolicyView existing, Map<String, List<String>> errors) {
        model.addAttribute("form", fields);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PolicyKind.values());
        model.addAttribute("payees", Payee.values());
        model.addAttribute("amountTypes", PolicyFields.AMOUNT_TYPES);
        model.addAttribute("flags", PartnerFlag.values());
        model.addAttribute("onceScopes", OncePerPerson.values());
        return "subsidies/policies/form";
    }

    private void requireChanger() {
        if (!policies.mayChange()) {
            throw new AccessDeniedException("Only administrators register and revise subsidy policies");
        }
    }

    private void say(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(
                "flash", messages.getMessage("subsidies.policies." + key, arguments, LocaleContextHolder.getLocale()));
    }

    private static String path(String code) {
        return BASE + "/" + UriUtils.encodePathSegment(code, "UTF-8");
    }
}

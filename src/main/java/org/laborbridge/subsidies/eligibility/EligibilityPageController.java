package org.laborbridge.subsidies.eligibility;

import java.util.List;
import java.util.Locale;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Which subsidies apply, and why or why not: for a worker's every basis, a placement, or a trip share. */
@Controller
class EligibilityPageController {

    private final SubsidyEligibility eligibility;
    private final EligibilityWording wording;

    EligibilityPageController(SubsidyEligibility eligibility, EligibilityWording wording) {
        this.eligibility = eligibility;
        this.wording = wording;
    }

    @GetMapping("/subsidies/eligibility")
    ModelAndView page(
            @RequestParam(required = false) String worker,
            @RequestParam(required = false) String placement,
            @RequestParam(required = false) String trip,
            Locale locale) {
        List<BasisJudgements> bases =
                EligibilityRequest.read(worker, placement, trip).answer(eligibility);
        ModelAndView page = new ModelAndView("subsidies/eligibility");
        page.addObject("cards", wording.cards(bases, locale));
        page.addObject(
                "workerName", bases.isEmpty() ? null : bases.get(0).basis().workerName());
        return page;
    }
}

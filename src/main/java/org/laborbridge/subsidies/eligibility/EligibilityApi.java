package org.laborbridge.subsidies.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.subsidies.eligibility.EligibilityWording.BasisCard;
import org.laborbridge.subsidies.eligibility.EligibilityWording.JudgementLine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/subsidy-eligibility?worker=|placement=|trip=&worker=}: every basis asked
 * about with every policy judged, eligible first, each reason worded in the request's language.
 */
@RestController
@RequestMapping("/api/v1/subsidy-eligibility")
class EligibilityApi {

    private final SubsidyEligibility eligibility;
    private final EligibilityWording wording;

    EligibilityApi(SubsidyEligibility eligibility, EligibilityWording wording) {
        this.eligibility = eligibility;
        this.wording = wording;
    }

    @GetMapping
    EligibilityJson get(
            @RequestParam(required = false) String worker,
            @RequestParam(required = false) String placement,
            @RequestParam(required = false) String trip,
            Locale locale) {
        List<BasisCard> cards =
                wording.cards(EligibilityRequest.read(worker, placement, trip).answer(eligibility), locale);
        return new EligibilityJson(cards.stream().map(EligibilityApi::basis).toList());
    }

    private static BasisJson basis(BasisCard card) {
        var basis = card.basis();
        return new BasisJson(
                basis.kind().name(),
                basis.id(),
                basis.worker().value(),
                basis.workerName(),
                basis.householdCounty(),
                basis.employer() == null ? null : basis.employer().value(),
                basis.employerName(),
                basis.day(),
                basis.tripShare() == null ? null : basis.tripShare().toYuanString(),
                basis.operator(),
                card.judgements().stream().map(EligibilityApi::judgement).toList());
    }

    private static JudgementJson judgement(JudgementLine line) {
        var judgement = line.judgement();
        return new JudgementJson(
                judgement.code(),
                judgement.policy().version(),
                judgement.name(),
                judgement.kind().name(),
                judgement.payee().name(),
                judgement.eligible(),
                judgement.eligible() ? judgement.amount().toYuanString() : null,
                judgement.stages().stream()
                        .map(stage -> new StageJson(
                                stage.monthsAfterBasis(),
                                stage.payableFrom(),
                                stage.amount().toYuanString()))
                        .toList(),
                line.reasons().stream()
                        .map(reason -> new ReasonJson(reason.type(), reason.met(), reason.message()))
                        .toList(),
                line.applyLink());
    }

    record EligibilityJson(List<BasisJson> bases) {}

    record BasisJson(
            String kind,
            UUID id,
            UUID worker,
            String workerName,
            String householdCounty,
            UUID employer,
            String employerName,
            LocalDate day,
            String tripShare,
            String operator,
            List<JudgementJson> judgements) {}

    record JudgementJson(
            String policyCode,
            int policyVersion,
            String name,
            String kind,
            String payee,
            boolean eligible,
            String amount,
            List<StageJson> stages,
            List<ReasonJson> reasons,
            String applyLink) {}

    record StageJson(int monthsAfterBasis, LocalDate payableFrom, String amount) {}

    record ReasonJson(String type, boolean met, String message) {}
}

package org.laborbridge.subsidies.eligibility;

import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Judgements put into words for one reader: the page's cards and the API's messages say the same. */
@Component
class EligibilityWording {

    private final MessageSource messages;

    EligibilityWording(MessageSource messages) {
        this.messages = messages;
    }

    List<BasisCard> cards(List<BasisJudgements> bases, Locale locale) {
        return bases.stream().map(basis -> card(basis, locale)).toList();
    }

    BasisCard card(BasisJudgements judged, Locale locale) {
        ClaimBasis basis = judged.basis();
        return new BasisCard(
                basis,
                heading(basis, locale),
                judged.judgements().stream()
                        .map(judgement -> line(basis, judgement, locale))
                        .toList());
    }

    String reason(Reason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), reason.arguments().toArray(), reason.messageKey(), locale);
    }

    private String heading(ClaimBasis basis, Locale locale) {
        String key = "subsidies.eligibility.basis." + basis.kind().name();
        Object[] arguments = basis.kind() == BasisKind.PLACEMENT
                ? new Object[] {nonNull(basis.employerName()), basis.day().toString()}
                : new Object[] {nonNull(basis.operator()), basis.day().toString(), yuan(basis.tripShare())};
        return messages.getMessage(key, arguments, locale);
    }

    private JudgementLine line(ClaimBasis basis, PolicyJudgement judgement, Locale locale) {
        List<ReasonLine> reasons = judgement.reasons().stream()
                .map(reason -> new ReasonLine(reason.type(), reason.met(), reason(reason, locale)))
                .toList();
        List<String> stages = judgement.stages().size() < 2 ? List.of() : numbered(judgement.stages(), locale);
        return new JudgementLine(
                judgement,
                messages.getMessage("subsidies.eligibility.kind." + judgement.kind(), null, locale),
                messages.getMessage("subsidies.eligibility.payee." + judgement.payee(), null, locale),
                yuan(judgement.amount()),
                stages,
                reasons,
                judgement.eligible() ? applyLink(basis, judgement.code()) : null);
    }

    private List<String> numbered(List<StageAmount> stages, Locale locale) {
        return java.util.stream.IntStream.range(0, stages.size())
                .mapToObj(i -> messages.getMessage(
                        "subsidies.eligibility.stage",
                        new Object[] {
                            String.valueOf(i + 1),
                            yuan(stages.get(i).amount()),
                            stages.get(i).payableFrom().toString()
                        },
                        locale))
                .toList();
    }

    /** Where helper pages apply: the apply form of the claims pages, the basis and the policy filled in. */
    static String applyLink(ClaimBasis basis, String policyCode) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/subsidies/applications/new");
        if (basis.kind() == BasisKind.PLACEMENT) {
            link.queryParam("placement", basis.id());
        } else {
            link.queryParam("trip", basis.id()).queryParam("worker", basis.worker());
        }
        return link.queryParam("policy", policyCode).encode().toUriString();
    }

    static String yuan(Money money) {
        return money == null ? "" : "¥" + money.toDisplayString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    record BasisCard(ClaimBasis basis, String heading, List<JudgementLine> judgements) {}

    record JudgementLine(
            PolicyJudgement judgement,
            String kindName,
            String payeeName,
            String amount,
            List<String> stages,
            List<ReasonLine> reasons,
            String applyLink) {}

    record ReasonLine(String type, boolean met, String message) {}
}

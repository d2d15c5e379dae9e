package org.laborbridge.subsidies.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.ApplicationStep;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.DocumentView;
import org.laborbridge.subsidies.ObjectionView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.StageView;
import org.springframework.context.MessageSource;

/**
 * A claim as the API answers it. Amounts are yuan; {@code reasons} are worded in the caller's
 * language; {@code bankAccount} is masked unless the caller may see it whole. In lists the
 * reasons, documents, objections, stages and steps are left empty.
 */
record ApplicationJson(
        UUID id,
        String number,
        PolicyRef policy,
        String kind,
        String payee,
        PersonRef worker,
        String householdCounty,
        PersonRef employer,
        BasisRef basis,
        String payeeName,
        String bankName,
        String bankAccount,
        BigDecimal amount,
        String status,
        List<ReasonJson> reasons,
        List<String> requiredDocuments,
        List<DocumentView> documents,
        List<ObjectionView> objections,
        List<StageJson> stages,
        List<ApplicationStep> steps,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        boolean payable,
        String createdBy,
        Instant createdAt) {

    record PolicyRef(String code, String name, int version) {}

    record PersonRef(UUID id, String name) {}

    record BasisRef(String kind, UUID id, LocalDate day) {}

    record ReasonJson(String type, boolean met, String message) {}

    record StageJson(int stageNo, LocalDate payableFrom, BigDecimal amount, String status, LocalDate paidOn) {}

    static ApplicationJson of(ApplicationView view, MessageSource messages, Locale locale) {
        return new ApplicationJson(
                view.id().value(),
                view.number(),
                new PolicyRef(
                        view.policyCode(), view.policyName(), view.policy().version()),
                view.kind().name(),
                view.payee().name(),
                new PersonRef(view.worker().value(), view.workerName()),
                view.householdCounty(),
                view.employer() == null ? null : new PersonRef(view.employer().value(), view.employerName()),
                new BasisRef(view.basisKind().name(), view.basisId(), view.basisDay()),
                view.payeeName(),
                view.bankName(),
                view.bankAccount(),
                yuan(view.amount()),
                view.status().name(),
                view.reasons().stream()
                        .map(reason -> reason(reason, messages, locale))
                        .toList(),
                view.requiredDocuments(),
                view.documents(),
                view.objections(),
                view.stages().stream().map(ApplicationJson::stage).toList(),
                view.steps(),
                view.noticeFrom(),
                view.noticeUntil(),
                view.payable(),
                view.createdBy(),
                view.createdAt());
    }

    private static ReasonJson reason(Reason reason, MessageSource messages, Locale locale) {
        String message =
                messages.getMessage(reason.messageKey(), reason.arguments().toArray(), reason.messageKey(), locale);
        return new ReasonJson(reason.type(), reason.met(), message);
    }

    private static StageJson stage(StageView stage) {
        return new StageJson(
                stage.stageNo(), stage.payableFrom(), yuan(stage.amount()), stage.status(), stage.paidOn());
    }

    static BigDecimal yuan(Money money) {
        return money == null ? null : BigDecimal.valueOf(money.fen(), 2);
    }
}

package org.laborbridge.subsidies.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByBatchSize;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A policy version in sentences, in the reader's language: "1,000 元/人", "3 个月后 50%，6 个月后
 * 50%", "劳动合同至少 6 个月". Terms store codes and fen; they are worded only here, when shown.
 */
@Component
class PolicyWording {

    private static final String KEY = "subsidies.policies.";

    private final MessageSource messages;
    private final RegionDirectory regions = RegionDirectory.standard();

    PolicyWording(MessageSource messages) {
        this.messages = messages;
    }

    /** One version as a page shows it. */
    record Worded(
            String code,
            String name,
            int version,
            String kind,
            String payee,
            String amount,
            String stages,
            List<String> conditions,
            List<String> documents,
            String validity,
            String budget,
            String oncePerPerson,
            List<String> excludes,
            String createdBy,
            String createdAt) {}

    Worded of(PolicyView view) {
        PolicyTerms terms = view.terms();
        return new Worded(
                view.code(),
                view.name(),
                view.version(),
                say("kind." + terms.kind().name()),
                say("payee." + terms.payee().name()),
                amount(terms.amount()),
                stages(terms.stages()),
                terms.conditions().stream().map(this::condition).toList(),
                terms.requiredDocuments(),
                validity(terms.validity().from(), terms.validity().to()),
                yuan(terms.budget()),
                say("once." + terms.oncePerPerson().name()),
                terms.excludes(),
                view.createdBy(),
                BureauTime.format(view.createdAt()));
    }

    String amount(AmountRule amount) {
        if (amount instanceof FixedPerPerson fixed) {
            return say("amount.fixed", yuan(fixed.amount()));
        } else if (amount instanceof TieredByDistance tiered) {
            return say("amount.byDistance", tiers(tiered.tiers(), "amount.tier.distance"));
        } else if (amount instanceof TieredByBatchSize tiered) {
            return say("amount.byBatchSize", tiers(tiered.tiers(), "amount.tier.batchSize"));
        } else if (amount instanceof ShareOfCost share) {
            return say("amount.share", share.percent(), yuan(share.cap()));
        }
        throw new IllegalArgumentException("Unknown amount rule " + amount);
    }

    String stages(PaymentStages stages) {
        List<Stage> all = stages.stages();
        if (all.size() == 1 && all.get(0).monthsAfterBasis() == 0) {
            return say("stages.once");
        }
        return all.stream()
                .map(stage -> stage.monthsAfterBasis() == 0
                        ? say("stages.atOnce", stage.percent())
                        : say("stages.after", stage.monthsAfterBasis(), stage.percent()))
                .collect(Collectors.joining(say("separator")));
    }

    String condition(Condition condition) {
        String type = condition.type();
        if (condition instanceof HouseholdInRegions inRegions) {
            return say("condition." + type, regionList(inRegions.regions()));
        } else if (condition instanceof HouseholdInPartnerRegionWithFlag flagged) {
            return say("condition." + type, word(flagged.flag().messageKey()));
        } else if (condition instanceof ContractAtLeast contract) {
            return say("condition." + type, contract.months());
        } else if (condition instanceof EmployedAtLeast employed) {
            return say("condition." + type, employed.months());
        } else if (condition instanceof BasisWithin period) {
            return say(
                    "condition." + type, period.from().toString(), period.to().toString());
        } else if (condition instanceof AgeBetween age) {
            return say("condition." + type, age.min(), age.max());
        }
        // Registered poor and social insurance read as the eligibility page says them when met.
        return word("subsidies.condition." + type + ".met");
    }

    private String regionList(List<RegionCode> codes) {
        return codes.stream()
                .map(code -> regions.find(code)
                        .map(region -> say("region", code.value(), region.name()))
                        .orElse(code.value()))
                .collect(Collectors.joining(say("listSeparator")));
    }

    private String tiers(List<Tier> tiers, String key) {
        return tiers.stream()
                .map(tier -> say(key, tier.upTo(), yuan(tier.amount())))
                .collect(Collectors.joining(say("separator")));
    }

    private String validity(LocalDate from, LocalDate to) {
        return to == null
                ? say("validity.open", from.toString())
                : say("validity.closed", from.toString(), to.toString());
    }

    private static String yuan(Money money) {
        return money.toDisplayString();
    }

    private String say(String key, Object... arguments) {
        return word(KEY + key, arguments);
    }

    private String word(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}

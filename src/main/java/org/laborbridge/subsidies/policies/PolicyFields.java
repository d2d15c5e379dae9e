package org.laborbridge.subsidies.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
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
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;

/**
 * The policy form as typed: every value is text until {@link #toTerms()} reads it. Tiers are lines
 * "up to: amount", stages lines "months percent", documents one a line, regions and excluded
 * policies codes separated by spaces or commas. Each condition type has a checkbox ({@code "on"})
 * and its parameters. Field names are those of the terms' own refusals ({@code amount.tiers},
 * {@code conditions.ageBetween} …) so that every reason shows next to the input it is about.
 */
record PolicyFields(
        String code,
        String name,
        String kind,
        String payee,
        String amountType,
        String fixedAmount,
        String tiers,
        String percent,
        String cap,
        String stages,
        String registeredPoor,
        String inRegions,
        String regions,
        String inPartnerRegion,
        String partnerFlag,
        String contract,
        String contractMonths,
        String employed,
        String employedMonths,
        String socialInsurance,
        String basisWithin,
        String basisFrom,
        String basisTo,
        String age,
        String ageMin,
        String ageMax,
        String documents,
        String validFrom,
        String validTo,
        String budget,
        String oncePerPerson,
        String excludes) {

    static final String FIXED = "FIXED_PER_PERSON";
    static final String BY_DISTANCE = "TIERED_BY_DISTANCE";
    static final String BY_BATCH_SIZE = "TIERED_BY_BATCH_SIZE";
    static final String SHARE = "SHARE_OF_COST";
    static final List<String> AMOUNT_TYPES = List.of(FIXED, BY_DISTANCE, BY_BATCH_SIZE, SHARE);

    static final String ON = "on";

    /** The refusals' field names of the inputs, for errors the terms name by field. */
    static final String AMOUNT = "amount";

    static final String TIERS = "amount.tiers";
    static final String PERCENT = "amount.percent";
    static final String CAP = "amount.cap";
    static final String REGIONS = "conditions.householdInRegions";
    static final String FLAG = "conditions.householdInPartnerRegion";
    static final String CONTRACT = "conditions.contractAtLeast";
    static final String EMPLOYED = "conditions.employedAtLeast";
    static final String BASIS = "conditions.basisWithin";
    static final String AGE = "conditions.ageBetween";

    static PolicyFields blank() {
        return new PolicyFields(
                null,
                null,
                null,
                null,
                FIXED,
                null,
                null,
                null,
                null,
                "0 100",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                OncePerPerson.LIFETIME.name(),
                null);
    }

    /**
     * The form filled with a version's terms, for a revision to start from. The form has one
     * condition of each type; terms sent through the API with two of a type are met exactly when
     * both are, so numbers and ranges are narrowed to what meets both.
     */
    static PolicyFields of(String code, String name, PolicyTerms terms) {
        Filled filled = new Filled();
        filled.amount(terms.amount());
        for (Condition condition : terms.conditions()) {
            filled.condition(condition);
        }
        return new PolicyFields(
                code,
                name,
                terms.kind().name(),
                terms.payee().name(),
                filled.amountType,
                filled.fixedAmount,
                filled.tiers,
                filled.percent,
                filled.cap,
                terms.stages().stages().stream()
                        .map(stage -> stage.monthsAfterBasis() + " " + stage.percent())
                        .collect(Collectors.joining("\n")),
                filled.registeredPoor,
                filled.regions == null ? null : ON,
                filled.regions,
                filled.flag == null ? null : ON,
                filled.flag,
                filled.contractMonths == null ? null : ON,
                filled.contractMonths == null ? null : String.valueOf(filled.contractMonths),
                filled.employedMonths == null ? null : ON,
                filled.employedMonths == null ? null : String.valueOf(filled.employedMonths),
                filled.socialInsurance,
                filled.basisFrom == null ? null : ON,
                filled.basisFrom == null ? null : filled.basisFrom.toString(),
                filled.basisTo == null ? null : filled.basisTo.toString(),
                filled.ageMin == null ? null : ON,
                filled.ageMin == null ? null : String.valueOf(filled.ageMin),
                filled.ageMax == null ? null : String.valueOf(filled.ageMax),
                String.join("\n", terms.requiredDocuments()),
                terms.validity().from().toString(),
                terms.validity().to() == null ? null : terms.validity().to().toString(),
                terms.budget().toYuanString(),
                terms.oncePerPerson().name(),
                String.join(" ", terms.excludes()));
    }

    /** Public for the template: a checkbox sends "on"; JSON-minded callers may send "true". */
    public boolean checked(String box) {
        return ON.equals(box) || "true".equals(box);
    }

    /**
     * Reads every field, then lets {@link PolicyTerms} judge the whole; throws every reason at
     * once. A field that could not be read is not refused a second time as missing.
     */
    PolicyTerms toTerms() {
        TypedText typed = new TypedText();
        PolicyKind readKind = typed.choice(PolicyKind.class, kind, "kind");
        Payee readPayee = typed.choice(Payee.class, payee, "payee");
        AmountRule amount = amount(typed);
        PaymentStages readStages = stages(typed);
        List<Condition> conditions = conditions(typed);
        List<String> readDocuments = TypedText.lines(documents);
        LocalDate from = typed.day(validFrom, "validity");
        LocalDate to = typed.day(validTo, "validity");
        Money readBudget = typed.money(budget, "budget");
        OncePerPerson once = typed.choice(OncePerPerson.class, oncePerPerson, "oncePerPerson");
        List<String> readExcludes = TypedText.codes(excludes);
        try {
            PolicyTerms terms = new PolicyTerms(
                    readKind,
                    readPayee,
                    amount,
                    readStages,
                    conditions,
                    readDocuments,
                    new ValidityPeriod(from, to),
                    readBudget,
                    once,
                    readExcludes);
            typed.check();
            return terms;
        } catch (InvalidInputException contradictory) {
            Set<String> unreadable = typed.fields();
            List<Violation> all = new ArrayList<>(typed.violations());
            // An amount left unread for its tiers is not refused again as a missing amount.
            contradictory.violations().stream()
                    .filter(violation -> unreadable.stream()
                            .noneMatch(field ->
                                    field.equals(violation.field()) || field.startsWith(violation.field() + ".")))
                    .forEach(all::add);
            throw new InvalidInputException(all);
        }
    }

    private AmountRule amount(TypedText typed) {
        if (amountType == null || amountType.isBlank()) {
            return null;
        }
        switch (amountType.strip()) {
            case FIXED:
                Money fixed = typed.requiredMoney(fixedAmount, AMOUNT);
                return fixed == null ? null : new FixedPerPerson(fixed);
            case BY_DISTANCE:
                List<Tier> byDistance = typed.tiers(tiers, TIERS);
                return byDistance == null ? null : new TieredByDistance(byDistance);
            case BY_BATCH_SIZE:
                List<Tier> bySize = typed.tiers(tiers, TIERS);
                return bySize == null ? null : new TieredByBatchSize(bySize);
            case SHARE:
                Integer readPercent = typed.requiredNumber(percent, PERCENT);
                Money readCap = typed.requiredMoney(cap, CAP);
                return readPercent == null || readCap == null ? null : new ShareOfCost(readPercent, readCap);
            default:
                typed.unknownChoice(amountType, AMOUNT, AMOUNT_TYPES);
                return null;
        }
    }

    private PaymentStages stages(TypedText typed) {
        List<Stage> read = typed.stages(stages, "stages");
        return read == null ? null : new PaymentStages(read);
    }

    private List<Condition> conditions(TypedText typed) {
        List<Condition> conditions = new ArrayList<>();
        if (checked(registeredPoor)) {
            conditions.add(new RegisteredPoor());
        }
        if (checked(inRegions)) {
            Optional.ofNullable(typed.regions(regions, REGIONS))
                    .ifPresent(codes -> conditions.add(new HouseholdInRegions(codes)));
        }
        if (checked(inPartnerRegion)) {
            var flag = typed.requiredChoice(org.laborbridge.cooperation.PartnerFlag.class, partnerFlag, FLAG);
            if (flag != null) {
                conditions.add(new HouseholdInPartnerRegionWithFlag(flag));
            }
        }
        if (checked(contract)) {
            Integer months = typed.requiredNumber(contractMonths, CONTRACT);
            if (months != null) {
                conditions.add(new ContractAtLeast(months));
            }
        }
        if (checked(employed)) {
            Integer months = typed.requiredNumber(employedMonths, EMPLOYED);
            if (months != null) {
                conditions.add(new EmployedAtLeast(months));
            }
        }
        if (checked(socialInsurance)) {
            conditions.add(new SocialInsuranceConfirmed());
        }
        if (checked(basisWithin)) {
            LocalDate from = typed.requiredDay(basisFrom, BASIS);
            LocalDate to = typed.requiredDay(basisTo, BASIS);
            if (from != null && to != null) {
                conditions.add(new BasisWithin(from, to));
            }
        }
        if (checked(age)) {
            Integer min = typed.requiredNumber(ageMin, AGE);
            Integer max = typed.requiredNumber(ageMax, AGE);
            if (min != null && max != null) {
                conditions.add(new AgeBetween(min, max));
            }
        }
        return conditions;
    }

    /** What the form shows of terms; conditions of one type met together narrow to one. */
    private static final class Filled {
        String amountType = FIXED;
        String fixedAmount;
        String tiers;
        String percent;
        String cap;
        String registeredPoor;
        String regions;
        String flag;
        Integer contractMonths;
        Integer employedMonths;
        String socialInsurance;
        LocalDate basisFrom;
        LocalDate basisTo;
        Integer ageMin;
        Integer ageMax;

        void amount(AmountRule amount) {
            if (amount instanceof FixedPerPerson fixed) {
                fixedAmount = fixed.amount().toYuanString();
            } else if (amount instanceof TieredByDistance tiered) {
                amountType = BY_DISTANCE;
                tiers = tierLines(tiered.tiers());
            } else if (amount instanceof TieredByBatchSize tiered) {
                amountType = BY_BATCH_SIZE;
                tiers = tierLines(tiered.tiers());
            } else if (amount instanceof ShareOfCost share) {
                amountType = SHARE;
                percent = String.valueOf(share.percent());
                cap = share.cap().toYuanString();
            }
        }

        void condition(Condition condition) {
            if (condition instanceof RegisteredPoor) {
                registeredPoor = ON;
            } else if (condition instanceof HouseholdInRegions inRegions) {
                // Two region lists met together cannot be one list in general; the first is kept.
                if (regions == null) {
                    regions =
                            inRegions.regions().stream().map(RegionCode::value).collect(Collectors.joining(" "));
                }
            } else if (condition instanceof HouseholdInPartnerRegionWithFlag flagged) {
                if (flag == null) {
                    flag = flagged.flag().name();
                }
            } else if (condition instanceof ContractAtLeast contract) {
                contractMonths =
                        contractMonths == null ? contract.months() : Math.max(contractMonths, contract.months());
            } else if (condition instanceof EmployedAtLeast employed) {
                employedMonths =
                        employedMonths == null ? employed.months() : Math.max(employedMonths, employed.months());
            } else if (condition instanceof SocialInsuranceConfirmed) {
                socialInsurance = ON;
            } else if (condition instanceof BasisWithin period) {
                basisFrom = basisFrom == null || period.from().isAfter(basisFrom) ? period.from() : basisFrom;
                basisTo = basisTo == null || period.to().isBefore(basisTo) ? period.to() : basisTo;
            } else if (condition instanceof AgeBetween range) {
                ageMin = ageMin == null ? range.min() : Math.max(ageMin, range.min());
                ageMax = ageMax == null ? range.max() : Math.min(ageMax, range.max());
            }
        }

        private static String tierLines(List<Tier> tiers) {
            return tiers.stream()
                    .map(tier -> tier.upTo() + ": " + tier.amount().toYuanString())
                    .collect(Collectors.joining("\n"));
        }
    }
}

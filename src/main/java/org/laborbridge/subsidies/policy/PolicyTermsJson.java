package org.laborbridge.subsidies.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByBatchSize;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link PolicyTerms} as JSON, for the API and the {@code terms} column alike. Written by hand on
 * Jackson's tree so that the stored form is visible here and the domain records carry no
 * annotations: conditions and amount rules are objects named by their {@code type}, money is in
 * yuan with two decimals, days are ISO dates. Reading collects every unreadable field, then lets
 * {@link PolicyTerms} refuse contradictions; either way nothing half-read escapes.
 */
public final class PolicyTermsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PolicyTermsJson() {}

    public static ObjectNode write(PolicyTerms terms) {
        ObjectNode json = NODES.objectNode();
        json.put("kind", terms.kind().name());
        json.put("payee", terms.payee().name());
        json.set("amount", amount(terms.amount()));
        ArrayNode stages = json.putArray("stages");
        for (Stage stage : terms.stages().stages()) {
            stages.add(NODES.objectNode()
                    .put("monthsAfterBasis", stage.monthsAfterBasis())
                    .put("percent", stage.percent()));
        }
        ArrayNode conditions = json.putArray("conditions");
        terms.conditions().forEach(condition -> conditions.add(condition(condition)));
        ArrayNode documents = json.putArray("requiredDocuments");
        terms.requiredDocuments().forEach(documents::add);
        json.put("validFrom", terms.validity().from().toString());
        json.put(
                "validTo",
                terms.validity().to() == null ? null : terms.validity().to().toString());
        json.put("budget", yuan(terms.budget()));
        json.put("oncePerPerson", terms.oncePerPerson().name());
        ArrayNode excludes = json.putArray("excludes");
        terms.excludes().forEach(excludes::add);
        return json;
    }

    /** Refuses with {@code InvalidInputException}: unreadable fields first, then contradictions. */
    public static PolicyTerms read(JsonNode json) {
        Reader reader = new Reader();
        if (json == null || !json.isObject()) {
            throw new InvalidInputException(
                    Violation.of("terms", "REQUIRED", "subsidies.invalid.terms.REQUIRED", "terms"));
        }
        PolicyKind kind = reader.choice(json, "kind", PolicyKind.class);
        Payee payee = reader.choice(json, "payee", Payee.class);
        AmountRule amount = reader.amount(json.get("amount"));
        PaymentStages stages = reader.stages(json.get("stages"));
        List<Condition> conditions = reader.list(json, "conditions", reader::condition);
        List<String> documents = reader.list(json, "requiredDocuments", node -> reader.text(node, "requiredDocuments"));
        LocalDate from = reader.day(json.get("validFrom"), "validity");
        LocalDate to = reader.day(json.get("validTo"), "validity");
        Money budget = reader.money(json.get("budget"), "budget");
        OncePerPerson once = reader.choice(json, "oncePerPerson", OncePerPerson.class);
        List<String> excludes = reader.list(json, "excludes", node -> reader.text(node, "excludes"));
        if (!reader.violations.isEmpty()) {
            throw new InvalidInputException(reader.violations);
        }
        return new PolicyTerms(
                kind,
                payee,
                amount,
                stages,
                conditions,
                documents,
                new ValidityPeriod(from, to),
                budget,
                once,
                excludes);
    }

    private static ObjectNode amount(AmountRule amount) {
        ObjectNode json = NODES.objectNode();
        if (amount instanceof FixedPerPerson fixed) {
            json.put("type", "FIXED_PER_PERSON").put("amount", yuan(fixed.amount()));
        } else if (amount instanceof TieredByDistance tiered) {
            json.put("type", "TIERED_BY_DISTANCE").set("tiers", tiers(tiered.tiers()));
        } else if (amount instanceof TieredByBatchSize tiered) {
            json.put("type", "TIERED_BY_BATCH_SIZE").set("tiers", tiers(tiered.tiers()));
        } else if (amount instanceof ShareOfCost share) {
            json.put("type", "SHARE_OF_COST").put("percent", share.percent()).put("cap", yuan(share.cap()));
        }
        return json;
    }

    private static ArrayNode tiers(List<Tier> tiers) {
        ArrayNode json = NODES.arrayNode();
        tiers.forEach(
                tier -> json.add(NODES.objectNode().put("upTo", tier.upTo()).put("amount", yuan(tier.amount()))));
        return json;
    }

    private static ObjectNode condition(Condition condition) {
        ObjectNode json = NODES.objectNode().put("type", condition.type());
        if (condition instanceof HouseholdInRegions regions) {
            ArrayNode codes = json.putArray("regions");
            regions.regions().forEach(region -> codes.add(region.value()));
        } else if (condition instanceof HouseholdInPartnerRegionWithFlag flagged) {
            json.put("flag", flagged.flag().name());
        } else if (condition instanceof ContractAtLeast contract) {
            json.put("months", contract.months());
        } else if (condition instanceof EmployedAtLeast employed) {
            json.put("months", employed.months());
        } else if (condition instanceof BasisWithin period) {
            json.put("from", period.from().toString()).put("to", period.to().toString());
        } else if (condition instanceof AgeBetween age) {
            json.put("min", age.min()).put("max", age.max());
        }
        return json;
    }

    private static BigDecimal yuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }

    /** Reads leniently and keeps a violation for each field it cannot read. */
    private static final class Reader {

        final List<Violation> violations = new ArrayList<>();

        <E extends Enum<E>> E choice(JsonNode json, String field, Class<E> type) {
            String name = text(json.get(field), field);
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, name.trim());
            } catch (IllegalArgumentException unknown) {
                return refuse(field, "UNKNOWN", name);
            }
        }

        String text(JsonNode node, String field) {
            if (absent(node)) {
                return null;
            }
            if (!node.isString()) {
                return refuse(field, "TYPE");
            }
            return node.stringValue();
        }

        Integer number(JsonNode node, String field) {
            if (absent(node)) {
                return refuse(field, "REQUIRED");
            }
            if (!node.isInt()) {
                return refuse(field, "TYPE");
            }
            return node.intValue();
        }

        LocalDate day(JsonNode node, String field) {
            String text = text(node, field);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException unreadable) {
                return refuse(field, "DATE", text);
            }
        }

        Money money(JsonNode node, String field) {
            if (absent(node)) {
                return null;
            }
            if (!node.isNumber() && !node.isString()) {
                return refuse(field, "TYPE");
            }
            try {
                return Money.ofYuan(node.isNumber() ? node.decimalValue().toPlainString() : node.stringValue());
            } catch (InvalidValueException invalid) {
                violations.add(Violation.of(field, invalid));
                return null;
            }
        }

        <T> List<T> list(JsonNode json, String field, Function<JsonNode, T> item) {
            JsonNode node = json.get(field);
            if (absent(node)) {
                return List.of();
            }
            if (!node.isArray()) {
                return refuse(field, "TYPE");
            }
            List<T> items = new ArrayList<>();
            // A null item stays null, so that PolicyTerms names it as the domain does.
            node.values().forEach(value -> items.add(item.apply(value)));
            return items;
        }

        AmountRule amount(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            String type = text(node.get("type"), "amount");
            if (type == null) {
                return refuse("amount", "TYPE");
            }
            switch (type) {
                case "FIXED_PER_PERSON":
                    Money fixed = required(money(node.get("amount"), "amount"), "amount");
                    return fixed == null ? null : new FixedPerPerson(fixed);
                case "TIERED_BY_DISTANCE":
                    List<Tier> byDistance = tiers(node);
                    return byDistance == null ? null : new TieredByDistance(byDistance);
                case "TIERED_BY_BATCH_SIZE":
                    List<Tier> bySize = tiers(node);
                    return bySize == null ? null : new TieredByBatchSize(bySize);
                case "SHARE_OF_COST":
                    Integer percent = number(node.get("percent"), "amount.percent");
                    Money cap = required(money(node.get("cap"), "amount.cap"), "amount.cap");
                    return percent == null || cap == null ? null : new ShareOfCost(percent, cap);
                default:
                    return refuse("amount", "UNKNOWN", type);
            }
        }

        private List<Tier> tiers(JsonNode node) {
            List<Tier> tiers = list(node, "tiers", tier -> {
                Integer upTo = number(tier.get("upTo"), "amount.tiers");
                Money amount = required(money(tier.get("amount"), "amount.tiers"), "amount.tiers");
                return upTo == null || amount == null ? null : new Tier(upTo, amount);
            });
            return tiers.contains(null) ? null : tiers;
        }

        PaymentStages stages(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            if (!node.isArray()) {
                return refuse("stages", "TYPE");
            }
            List<Stage> stages = new ArrayList<>();
            for (JsonNode stage : node.values()) {
                Integer months = number(stage.get("monthsAfterBasis"), "stages");
                Integer percent = number(stage.get("percent"), "stages");
                if (months == null || percent == null) {
                    return null;
                }
                stages.add(new Stage(months, percent));
            }
            return new PaymentStages(stages);
        }

        Condition condition(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            String type = text(node.get("type"), "conditions");
            if (type == null) {
                return refuse("conditions", "TYPE");
            }
            switch (type) {
                case "REGISTERED_POOR":
                    return new RegisteredPoor();
                case "SOCIAL_INSURANCE_CONFIRMED":
                    return new SocialInsuranceConfirmed();
                case "HOUSEHOLD_IN_REGIONS":
                    List<RegionCode> regions = list(node, "regions", this::region);
                    return regions.contains(null) ? null : new HouseholdInRegions(regions);
                case "HOUSEHOLD_IN_PARTNER_REGION_WITH_FLAG":
                    PartnerFlag flag = required(choice(node, "flag", PartnerFlag.class), "flag");
                    return flag == null ? null : new HouseholdInPartnerRegionWithFlag(flag);
                case "CONTRACT_AT_LEAST":
                    Integer contract = number(node.get("months"), "conditions.contractAtLeast");
                    return contract == null ? null : new ContractAtLeast(contract);
                case "EMPLOYED_AT_LEAST":
                    Integer employed = number(node.get("months"), "conditions.employedAtLeast");
                    return employed == null ? null : new EmployedAtLeast(employed);
                case "BASIS_WITHIN":
                    LocalDate from =
                            required(day(node.get("from"), "conditions.basisWithin"), "conditions.basisWithin");
                    LocalDate to = required(day(node.get("to"), "conditions.basisWithin"), "conditions.basisWithin");
                    return from == null || to == null ? null : new BasisWithin(from, to);
                case "AGE_BETWEEN":
                    Integer min = number(node.get("min"), "conditions.ageBetween");
                    Integer max = number(node.get("max"), "conditions.ageBetween");
                    return min == null || max == null ? null : new AgeBetween(min, max);
                default:
                    return refuse("conditions", "UNKNOWN", type);
            }
        }

        private RegionCode region(JsonNode node) {
            String code = text(node, "conditions.householdInRegions");
            if (code == null) {
                return refuse("conditions.householdInRegions", "REQUIRED");
            }
            try {
                return RegionCode.of(code);
            } catch (InvalidValueException invalid) {
                violations.add(Violation.of("conditions.householdInRegions", invalid));
                return null;
            }
        }

        /** A value read as null only because it was unreadable already carries its violation. */
        private <T> T required(T value, String field) {
            if (value == null && violations.stream().noneMatch(v -> v.field().equals(field))) {
                return refuse(field, "REQUIRED");
            }
            return value;
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }

        /** Unreadable input is worded alike for every field: {@code subsidies.invalid.terms.<code>}. */
        private <T> T refuse(String field, String code, Object... arguments) {
            Object[] withField = new Object[arguments.length + 1];
            withField[0] = field;
            System.arraycopy(arguments, 0, withField, 1, arguments.length);
            violations.add(Violation.of(field, code, "subsidies.invalid.terms." + code, withField));
            return null;
        }
    }
}

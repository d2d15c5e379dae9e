package org.laborbridge.subsidies.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.RegionCode;

/**
 * One of the fixed rule types a policy combines. Each judges the facts and says why, met or not.
 * Contradictions between and within conditions (a reversed age range, say) are the business of
 * {@link ContradictionRule}, so that a policy form shows every one of them at once.
 */
public sealed interface Condition {

    /** The name in message keys, e.g. {@code CONTRACT_AT_LEAST}. */
    String type();

    ConditionResult evaluate(Facts facts, PartnerFlagLookup partners);

    /** 建档立卡: the worker belongs to an officially registered poor household. */
    record RegisteredPoor() implements Condition {

        @Override
        public String type() {
            return "REGISTERED_POOR";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            return ConditionResult.of(this, facts.worker().registeredPoor());
        }
    }

    /** The household county lies in one of the regions, at any level. */
    record HouseholdInRegions(List<RegionCode> regions) implements Condition {

        public HouseholdInRegions {
            regions = List.copyOf(regions);
        }

        @Override
        public String type() {
            return "HOUSEHOLD_IN_REGIONS";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            RegionCode county = facts.worker().householdCounty();
            boolean met = regions.stream().anyMatch(region -> RegionCover.covers(region, county));
            return ConditionResult.of(this, met, county.value(), listed());
        }

        private String listed() {
            return regions.stream().map(RegionCode::value).collect(Collectors.joining(", "));
        }
    }

    /** The household county belongs to a partner region whose agreement carries the flag. */
    record HouseholdInPartnerRegionWithFlag(PartnerFlag flag) implements Condition {

        public HouseholdInPartnerRegionWithFlag {
            Objects.requireNonNull(flag, "flag");
        }

        @Override
        public String type() {
            return "HOUSEHOLD_IN_PARTNER_REGION_WITH_FLAG";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            RegionCode county = facts.worker().householdCounty();
            return ConditionResult.of(this, partners.hasFlag(county, flag), county.value(), flag.name());
        }
    }

    /** The placement's contract runs at least this many months. */
    record ContractAtLeast(int months) implements Condition {

        @Override
        public String type() {
            return "CONTRACT_AT_LEAST";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            int actual = facts.basis().contractMonths();
            return ConditionResult.of(this, actual >= months, actual, months);
        }
    }

    /** Retention checks confirmed the worker still employed at least this many months in. */
    record EmployedAtLeast(int months) implements Condition {

        @Override
        public String type() {
            return "EMPLOYED_AT_LEAST";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            int actual = facts.basis().monthsEmployedConfirmed();
            return ConditionResult.of(this, actual >= months, actual, months);
        }
    }

    /** The employer's social insurance for this person has been confirmed. */
    record SocialInsuranceConfirmed() implements Condition {

        @Override
        public String type() {
            return "SOCIAL_INSURANCE_CONFIRMED";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            return ConditionResult.of(this, facts.basis().socialInsuranceConfirmed());
        }
    }

    /** The placement started, or the trip departed, between the two days inclusive. */
    record BasisWithin(LocalDate from, LocalDate to) implements Condition {

        public BasisWithin {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String type() {
            return "BASIS_WITHIN";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            LocalDate day = facts.basis().day();
            boolean met = !day.isBefore(from) && !day.isAfter(to);
            return ConditionResult.of(this, met, day.toString(), from.toString(), to.toString());
        }

        boolean intersects(BasisWithin other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    /** Aged min to max years inclusive on the basis day (placement start or departure). */
    record AgeBetween(int min, int max) implements Condition {

        @Override
        public String type() {
            return "AGE_BETWEEN";
        }

        @Override
        public ConditionResult evaluate(Facts facts, PartnerFlagLookup partners) {
            int age = facts.ageOnBasisDay();
            return ConditionResult.of(this, age >= min && age <= max, age, min, max);
        }

        boolean intersects(AgeBetween other) {
            return min <= other.max && other.min <= max;
        }
    }
}

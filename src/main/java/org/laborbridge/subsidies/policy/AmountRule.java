package org.laborbridge.subsidies.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.laborbridge.shared.Money;

/**
 * How much one person's claim is worth. Zero amounts, empty or unordered tiers and percentages
 * outside 1–100 are refused by {@link ContradictionRule}, which names each one.
 */
public sealed interface AmountRule {

    Money amountFor(Facts facts);

    /** The same amount for every person. */
    record FixedPerPerson(Money amount) implements AmountRule {

        public FixedPerPerson {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Money amountFor(Facts facts) {
            return amount;
        }
    }

    /**
     * The first tier whose {@code upTo} reaches the trip's distance; farther than every tier pays the
     * last one, so the longest journeys never fall out of the policy.
     */
    record TieredByDistance(List<Tier> tiers) implements AmountRule {

        public TieredByDistance {
            tiers = List.copyOf(tiers);
        }

        @Override
        public Money amountFor(Facts facts) {
            return Tier.pick(tiers, facts.basis().distanceKm());
        }
    }

    /** As by distance, counting the people in the trip's batch (larger batches cost less each). */
    record TieredByBatchSize(List<Tier> tiers) implements AmountRule {

        public TieredByBatchSize {
            tiers = List.copyOf(tiers);
        }

        @Override
        public Money amountFor(Facts facts) {
            return Tier.pick(tiers, facts.basis().batchSize());
        }
    }

    /**
     * A percentage of the cost, rounded down to the fen and never more than the cap. The cost is
     * the traveller's trip share: the only cost the facts carry.
     */
    record ShareOfCost(int percent, Money cap) implements AmountRule {

        public ShareOfCost {
            Objects.requireNonNull(cap, "cap");
        }

        @Override
        public Money amountFor(Facts facts) {
            Money share = Money.ofFen(Shares.percentOf(facts.basis().tripShare().fen(), percent));
            return share.compareTo(cap) > 0 ? cap : share;
        }
    }

    /** Up to and including {@code upTo} km or people, this amount. */
    record Tier(int upTo, Money amount) {

        public Tier {
            Objects.requireNonNull(amount, "amount");
        }

        static Money pick(List<Tier> tiers, int measure) {
            List<Tier> ascending =
                    tiers.stream().sorted(Comparator.comparingInt(Tier::upTo)).toList();
            return ascending.stream()
                    .filter(tier -> measure <= tier.upTo())
                    .findFirst()
                    .orElse(ascending.get(ascending.size() - 1))
                    .amount();
        }
    }
}

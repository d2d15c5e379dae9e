package org.laborbridge.subsidies.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.eligibility.LiveClaims.LiveClaim;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.ValidityPeriod;

/**
 * The checks of a claim beyond the policy's own conditions, each a named rule with its reason, met
 * or not, worded under {@code subsidies.claim.<TYPE>.…} with the values that decided it.
 */
final class ClaimRules {

    static final String PREFIX = "subsidies.claim.";

    private ClaimRules() {}

    private static Reason reason(String type, boolean met, String variant, Object... arguments) {
        String key = PREFIX + type + (met ? ".met" : ".unmet") + (variant == null ? "" : "." + variant);
        return new Reason(type, met, key, List.of(arguments));
    }

    /** A transport subsidy rests on a trip share, every other kind on a placement. */
    static final class BasisKindRule {

        static final String TYPE = "BASIS";

        static BasisKind fits(PolicyKind kind) {
            return kind == PolicyKind.TRANSPORT ? BasisKind.TRIP_SHARE : BasisKind.PLACEMENT;
        }

        /** Empty when the basis fits: the reason only shows where a claim was tried on the wrong basis. */
        Optional<Reason> check(PolicyView policy, ClaimBasis basis) {
            BasisKind needed = fits(policy.terms().kind());
            return needed == basis.kind() ? Optional.empty() : Optional.of(reason(TYPE, false, needed.name()));
        }
    }

    /** The policy version was in force on the basis day (placement start, departure), never judged by today. */
    static final class InForceRule {

        static final String TYPE = "IN_FORCE";

        Reason check(ValidityPeriod validity, BasisKind kind, LocalDate day) {
            String to = validity.to() == null ? "" : validity.to().toString();
            Object[] arguments = {validity.from().toString(), to, day.toString()};
            if (day.isBefore(validity.from())) {
                return reason(TYPE, false, "early." + kind.name(), arguments);
            }
            if (validity.to() != null && day.isAfter(validity.to())) {
                return reason(TYPE, false, "late." + kind.name(), arguments);
            }
            return reason(TYPE, true, (validity.to() == null ? "open." : "closed.") + kind.name(), arguments);
        }
    }

    /**
     * Whether the caller may claim money paid to this payee: a worker only what is paid to
     * themselves, an enterprise only what is paid to it for its own hires; bureau and partner
     * staff claim for anyone. Money for an enterprise needs an enterprise on the basis.
     */
    static final class PayeeRule {

        static final String TYPE = "PAYEE";

        Reason check(Payee payee, ClaimBasis basis, Caller caller) {
            if (payee == Payee.EMPLOYER && basis.employer() == null) {
                return reason(TYPE, false, "noEmployer." + basis.kind().name());
            }
            if (caller.is(Role.WORKER) && payee != Payee.WORKER) {
                return reason(TYPE, false, "workerPaidOnly." + payee.name());
            }
            if (caller.is(Role.EMPLOYER)) {
                if (payee != Payee.EMPLOYER) {
                    return reason(TYPE, false, "employerPaidOnly." + payee.name());
                }
                if (!basis.employer().value().equals(caller.employerId())) {
                    return reason(TYPE, false, "ownHiresOnly");
                }
            }
            return reason(TYPE, true, payee.name(), payeeName(payee, basis));
        }

        private static String payeeName(Payee payee, ClaimBasis basis) {
            String name = switch (payee) {
                case WORKER -> basis.workerName();
                case EMPLOYER -> basis.employerName();
                case SERVICE_PROVIDER -> basis.operator();
            };
            return name == null ? "" : name;
        }
    }

    /** Once per person within the policy's scope: a lifetime, the basis year, or one enterprise. */
    static final class OncePerPersonRule {

        static final String TYPE = "ONCE_PER_PERSON";
        static final String LIFETIME = "LIFETIME";
        /** The scope of a per-employer policy judged on a trip taken before any hire. */
        static final String NO_EMPLOYER = "NO_EMPLOYER";

        static String scope(OncePerPerson once, ClaimBasis basis) {
            return switch (once) {
                case LIFETIME -> LIFETIME;
                case PER_YEAR -> String.valueOf(basis.day().getYear());
                case PER_EMPLOYER ->
                    basis.employer() == null ? NO_EMPLOYER : basis.employer().toString();
            };
        }

        Reason check(UUID policy, OncePerPerson once, ClaimBasis basis, List<LiveClaim> claims) {
            String scope = scope(once, basis);
            Object shown = once == OncePerPerson.PER_EMPLOYER ? nonNull(basis.employerName()) : scope;
            return claims.stream()
                    .filter(claim ->
                            claim.policyId().equals(policy) && claim.onceScope().equals(scope))
                    .findFirst()
                    .map(claim -> reason(TYPE, false, once.name(), claim.number(), shown))
                    .orElseGet(() -> reason(TYPE, true, once.name(), "", shown));
        }
    }

    /** No live claim on the same basis under a policy this one excludes, or that excludes this one. */
    static final class ExclusionRule {

        static final String TYPE = "EXCLUDED";

        Reason check(PolicyView policy, ClaimBasis basis, List<LiveClaim> claims) {
            return claims.stream()
                    .filter(claim -> claim.restsOn(basis.kind(), basis.id()))
                    .filter(claim -> !claim.policyCode().equals(policy.code()))
                    .filter(claim -> policy.terms().excludes().contains(claim.policyCode())
                            || claim.excludes().contains(policy.code()))
                    .findFirst()
                    .map(claim -> reason(TYPE, false, null, claim.number(), claim.policyCode()))
                    .orElseGet(() -> reason(
                            TYPE, true, null, String.join(", ", policy.terms().excludes())));
        }
    }

    /** One live claim per policy, basis and worker. */
    static final class BasisClaimedRule {

        static final String TYPE = "BASIS_CLAIMED";

        Reason check(UUID policy, ClaimBasis basis, List<LiveClaim> claims) {
            return claims.stream()
                    .filter(claim -> claim.policyId().equals(policy) && claim.restsOn(basis.kind(), basis.id()))
                    .findFirst()
                    .map(claim -> reason(TYPE, false, basis.kind().name(), claim.number()))
                    .orElseGet(() -> reason(TYPE, true, basis.kind().name()));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

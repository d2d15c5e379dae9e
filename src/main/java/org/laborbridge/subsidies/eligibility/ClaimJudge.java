package org.laborbridge.subsidies.eligibility;

import java.util.UUID;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;

/**
 * The one place a claim is judged, for the eligibility pages and for every application alike.
 * Reads the basis as the current caller may see it ({@code RecordNotFoundException} otherwise),
 * gathers the facts from workers, placements and the stored trip shares, and judges the policy
 * version: its conditions, whether it was in force on the basis day, whether the caller may claim
 * for its payee, once-per-person and exclusions against the live claims, and whether the basis
 * is already claimed under it.
 */
public interface ClaimJudge {

    ClaimBasis basis(BasisKind kind, UUID basisId, WorkerId worker);

    Claim judge(PolicyView policy, ClaimBasis basis);

    /**
     * The judgement and the once-per-person scope it was judged in ('LIFETIME', the basis year, or
     * the employer id), which the application stores so that the unique index can hold the line.
     */
    record Claim(ClaimBasis basis, PolicyJudgement judgement, String onceScope) {}
}

package org.laborbridge.subsidies;

import java.util.List;

/** A basis with every policy judged for it, eligible ones first. */
public record BasisJudgements(ClaimBasis basis, List<PolicyJudgement> judgements) {

    public BasisJudgements {
        judgements = List.copyOf(judgements);
    }
}

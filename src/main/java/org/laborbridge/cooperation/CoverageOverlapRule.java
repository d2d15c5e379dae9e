package org.laborbridge.cooperation;

import java.util.Collection;
import java.util.Optional;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

/**
 * No county may be covered by two partner regions: which agreement, and so which subsidies,
 * apply to a worker must have one answer. Two regions overlap when they are the same or one
 * lies inside the other (a prefecture and one of its counties).
 */
final class CoverageOverlapRule {

    private final RegionDirectory directory;

    CoverageOverlapRule(RegionDirectory directory) {
        this.directory = directory;
    }

    /** The violation naming the first partner region the candidate would overlap, if any. */
    Optional<Violation> check(Partnership candidate, Collection<Partnership> existing) {
        Region wanted = candidate.terms().region();
        return existing.stream()
                .filter(other -> !other.id().equals(candidate.id()))
                .filter(other -> overlap(wanted, other.terms().region()))
                .findFirst()
                .map(other -> AgreementTerms.violation(
                        "regionCode",
                        "OVERLAP",
                        wanted.code().value(),
                        wanted.name(),
                        other.terms().region().code().value(),
                        other.terms().region().name(),
                        other.terms().agreementName()));
    }

    private boolean overlap(Region a, Region b) {
        return directory.contains(a.code(), b.code()) || directory.contains(b.code(), a.code());
    }
}

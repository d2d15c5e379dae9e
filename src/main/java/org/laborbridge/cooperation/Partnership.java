package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;

/**
 * The aggregate: one region's standing as a partner under an agreement. Its terms change only
 * through {@link #register} and {@link #revise}, which record what happened for the service to
 * publish after the change is stored.
 */
final class Partnership {

    private final PartnerRegionId id;
    private AgreementTerms terms;
    private final List<Object> events = new ArrayList<>();

    private Partnership(PartnerRegionId id, AgreementTerms terms) {
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    static Partnership register(AgreementTerms terms) {
        Partnership partnership = new Partnership(PartnerRegionId.generate(), terms);
        partnership.events.add(new PartnerRegionRegistered(
                partnership.id,
                terms.region().code(),
                terms.agreementName(),
                terms.period().from(),
                terms.period().to(),
                terms.flags()));
        return partnership;
    }

    /** A partnership as it was stored; nothing happened, so nothing is recorded. */
    static Partnership restore(PartnerRegionId id, AgreementTerms terms) {
        return new Partnership(id, terms);
    }

    void revise(AgreementTerms revised) {
        this.terms = Objects.requireNonNull(revised, "revised");
        events.add(new PartnerRegionChanged(
                id,
                revised.region().code(),
                revised.agreementName(),
                revised.period().from(),
                revised.period().to(),
                revised.flags()));
    }

    boolean covers(RegionCode county, LocalDate on, RegionDirectory directory) {
        return terms.period().includes(on) && directory.contains(terms.region().code(), county);
    }

    PartnerRegionId id() {
        return id;
    }

    AgreementTerms terms() {
        return terms;
    }

    /** Hands the recorded events over exactly once. */
    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }

    PartnerRegion view(RegionDirectory directory) {
        return new PartnerRegion(
                id,
                terms.region().code(),
                terms.region().name(),
                terms.region().level(),
                terms.agreementName(),
                terms.period().from(),
                terms.period().to(),
                terms.flags(),
                terms.notes(),
                countiesIn(terms.region().code(), terms.region().level(), directory));
    }

    /**
     * Municipalities and provinces hold counties directly as well as through prefectures
     * (500156 sits right under 500000), so the count walks every branch.
     */
    private static int countiesIn(RegionCode code, RegionLevel level, RegionDirectory directory) {
        if (level == RegionLevel.COUNTY) {
            return 1;
        }
        return directory.children(code).stream()
                .mapToInt(child -> countiesIn(child.code(), child.level(), directory))
                .sum();
    }
}

package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner regions of the programme and the agreements behind them. Listing and viewing is
 * for bureau and partner staff, changing for administrators. {@link #covering} and
 * {@link #hasFlag} answer other modules' rules whoever triggered them, even a worker looking at
 * their own subsidy, because they reveal no more than whether a policy applies.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRegions {

    static final String AUDIT_SUBJECT = "partnerRegion";
    static final String REGISTERED = "PARTNER_REGION_REGISTERED";
    static final String CHANGED = "PARTNER_REGION_CHANGED";

    private final Partnerships partnerships;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final RegionDirectory directory = RegionDirectory.standard();
    private final CoverageOverlapRule overlapRule = new CoverageOverlapRule(directory);

    PartnerRegions(Partnerships partnerships, ApplicationEventPublisher events, AuditLog auditLog) {
        this.partnerships = partnerships;
        this.events = events;
        this.auditLog = auditLog;
    }

    /** Every partner region, by region code. */
    public List<PartnerRegion> all() {
        CooperationAccess.checkRead();
        return partnerships.all().stream().map(p -> p.view(directory)).toList();
    }

    public PartnerRegion get(PartnerRegionId id) {
        CooperationAccess.checkRead();
        return partnerships.find(id).map(p -> p.view(directory)).orElseThrow(() -> notFound(id));
    }

    /**
     * The agreement covering this county on that day: one registered for the county itself or for
     * its prefecture or province. A retired county code is judged by today's county.
     */
    public Optional<PartnerRegion> covering(RegionCode county, LocalDate on) {
        if (!directory.everExisted(county.value())) {
            return Optional.empty();
        }
        Region today = directory.currentSuccessor(county);
        List<RegionCode> candidates = new ArrayList<>();
        candidates.add(today.code());
        directory.ancestors(today.code()).forEach(ancestor -> candidates.add(ancestor.code()));
        return partnerships.registeredUnder(candidates).stream()
                .filter(p -> p.covers(today.code(), on, directory))
                .findFirst()
                .map(p -> p.view(directory));
    }

    public boolean hasFlag(RegionCode county, PartnerFlag flag, LocalDate on) {
        return covering(county, on).map(p -> p.has(flag)).orElse(false);
    }

    /** Whether the signed-in user may register and change partner regions; pages show their buttons by it. */
    public boolean mayChange() {
        return CooperationAccess.mayChange(Callers.find());
    }

    @Transactional
    public PartnerRegion register(PartnerRegionCommand command) {
        CooperationAccess.checkChange();
        PartnerRegion registered = store(command);
        auditLog.record(
                REGISTERED,
                AUDIT_SUBJECT,
                registered.id().toString(),
                registered.code().value());
        return registered;
    }

    @Transactional
    public PartnerRegion change(PartnerRegionId id, PartnerRegionCommand command) {
        CooperationAccess.checkChange();
        partnerships.lockForChanges();
        Partnership partnership = partnerships.find(id).orElseThrow(() -> notFound(id));
        partnership.revise(AgreementTerms.of(command, directory));
        checkOverlap(partnership);
        partnerships.update(partnership);
        publish(partnership);
        auditLog.record(
                CHANGED,
                AUDIT_SUBJECT,
                id.toString(),
                partnership.terms().region().code().value());
        return partnership.view(directory);
    }

    /**
     * Registers the demo scenario's partner regions if there are none yet, so that a restart or a
     * second node never adds them twice and an administrator's own entries are never mixed in.
     */
    @Transactional
    int seedIfNone(List<PartnerRegionCommand> commands) {
        partnerships.lockForChanges();
        if (!partnerships.isEmpty()) {
            return 0;
        }
        commands.forEach(this::store);
        return commands.size();
    }

    private PartnerRegion store(PartnerRegionCommand command) {
        AgreementTerms terms = AgreementTerms.of(command, directory);
        partnerships.lockForChanges();
        Partnership partnership = Partnership.register(terms);
        checkOverlap(partnership);
        partnerships.insert(partnership);
        publish(partnership);
        return partnership.view(directory);
    }

    private void checkOverlap(Partnership candidate) {
        overlapRule.check(candidate, partnerships.all()).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
    }

    private void publish(Partnership partnership) {
        partnership.releaseEvents().forEach(events::publishEvent);
    }

    private static RecordNotFoundException notFound(PartnerRegionId id) {
        return new RecordNotFoundException("partnerRegion", id);
    }
}

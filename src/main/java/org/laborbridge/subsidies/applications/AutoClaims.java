package org.laborbridge.subsidies.applications;

import java.util.List;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.transport.TripHandedOver;
import org.laborbridge.workers.WorkerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trip's hand-over makes the transport claims of its travellers: nobody has to remember to claim
 * the charter they rode. The platform claims, as an administrator named {@value AuditLog#SYSTEM},
 * for each traveller separately, so that one traveller's refusal (already claimed, no policy
 * applies) never costs another their claim.
 */
@Component
class AutoClaims {

    static final Caller PLATFORM = new Caller(AuditLog.SYSTEM, null, Role.ADMIN, List.of(), null, null);

    private static final Logger log = LoggerFactory.getLogger(AutoClaims.class);

    private final ClaimService claims;
    private final ClaimRows rows;
    private final SubsidyClock clock;
    private final TransactionTemplate eachTraveller;

    AutoClaims(ClaimService claims, ClaimRows rows, SubsidyClock clock, PlatformTransactionManager transactions) {
        this.claims = claims;
        this.rows = rows;
        this.clock = clock;
        this.eachTraveller = new TransactionTemplate(transactions);
        this.eachTraveller.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(TripHandedOver handedOver) {
        List<WorkerId> travellers = rows.travellers(handedOver.trip().value());
        int claimed = 0;
        for (WorkerId traveller : travellers) {
            try {
                // Claimed at the hand-over, even when the listener runs later (a restart, a trip recorded afterwards).
                boolean made = Boolean.TRUE.equals(eachTraveller.execute(status -> clock.pinnedAt(
                        handedOver.at(),
                        () -> Callers.runAs(
                                PLATFORM,
                                () -> claims.claimTripShare(handedOver.trip(), traveller)
                                        .isPresent()))));
                claimed += made ? 1 : 0;
            } catch (InvalidInputException | StepOutOfOrderException | RecordNotFoundException refused) {
                log.info(
                        "No transport claim for traveller {} of trip {}: {}",
                        traveller,
                        handedOver.trip(),
                        refused.getMessage());
            }
        }
        log.info(
                "Trip {} handed over: {} transport claims made for {} travellers",
                handedOver.trip(),
                claimed,
                travellers.size());
    }
}

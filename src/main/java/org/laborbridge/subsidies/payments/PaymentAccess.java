package org.laborbridge.subsidies.payments;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Money leaves the bureau only by the hands of its approvers (and administrators); caseworkers
 * follow batches with accounts masked; nobody outside the bureau sees them.
 */
final class PaymentAccess {

    private PaymentAccess() {}

    static boolean mayRead(Caller caller) {
        return caller.role().isBureauStaff();
    }

    static boolean mayPay(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.APPROVER);
    }

    static boolean seesFullAccount(Caller caller) {
        return mayPay(caller);
    }

    static Caller requireReader() {
        Caller caller = Callers.current();
        if (!mayRead(caller)) {
            throw new AccessDeniedException("Payment batches and the budget ledger are for bureau staff");
        }
        return caller;
    }

    static Caller requirePayer() {
        Caller caller = Callers.current();
        if (!mayPay(caller)) {
            throw new AccessDeniedException("Only approvers and administrators make and settle payment batches");
        }
        return caller;
    }
}

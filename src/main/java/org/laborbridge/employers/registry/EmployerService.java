package org.laborbridge.employers.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerPage;
import org.laborbridge.employers.EmployerRegistered;
import org.laborbridge.employers.EmployerVerified;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprise register's rules in one place, so that pages and API refuse the same things. */
@Service
@Transactional
class EmployerService implements Employers {

    static final String SUBJECT = "employer";
    static final String REGISTERED = "EMPLOYER_REGISTERED";
    static final String CHANGED = "EMPLOYER_CHANGED";
    static final String VERIFIED = "EMPLOYER_VERIFIED";
    static final String ACCOUNT_LINKED = "EMPLOYER_ACCOUNT_LINKED";
    static final int MAX_PAGE_SIZE = 100;

    private final EmployerRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;

    EmployerService(EmployerRows rows, AuditLog audit, ApplicationEventPublisher events, Accounts accounts) {
        this.accounts = accounts;
        this.rows = rows;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public EmployerView register(EmployerForm form) {
        Caller caller = require(EmployerAccess::mayRegister);
        EnterpriseProfile profile = EnterpriseProfile.of(form);
        EmployerId id = EmployerId.random();
        Instant now = now();
        if (!rows.insertIfAbsent(id, profile, caller.username(), now)) {
            throw duplicate(profile);
        }
        audit.record(REGISTERED, SUBJECT, id.toString(), profile.creditCode().value());
        events.publishEvent(new EmployerRegistered(id, profile.region(), now));
        return view(caller, visible(caller, id));
    }

    @Override
    public EmployerView change(EmployerId id, EmployerForm form) {
        Caller caller = Callers.current();
        StoredEmployer before = visible(caller, id);
        requireActingFor(caller, id);
        EnterpriseProfile profile = EnterpriseProfile.of(form);
        if (!rows.update(id, profile, profile.keepsVerificationOf(before.profile()), now())) {
            throw duplicate(profile);
        }
        audit.record(CHANGED, SUBJECT, id.toString(), profile.creditCode().value());
        return view(caller, visible(caller, id));
    }

    @Override
    public EmployerView verify(EmployerId id) {
        Caller caller = Callers.current();
        StoredEmployer employer = visible(caller, id);
        if (!EmployerAccess.mayRegister(caller)) {
            throw new AccessDeniedException("Only bureau staff verify enterprises");
        }
        if (!employer.verified()) {
            Instant now = now();
            rows.verify(id, caller.username(), now);
            audit.record(
                    VERIFIED,
                    SUBJECT,
                    id.toString(),
                    employer.profile().creditCode().value());
            events.publishEvent(new EmployerVerified(id, employer.profile().region(), caller.username(), now));
        }
        return view(caller, visible(caller, id));
    }

    @Override
    public void linkAccount(EmployerId id, String username) {
        Caller caller = Callers.current();
        visible(caller, id);
        if (!caller.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators tie accounts to enterprises");
        }
        if (username == null || !accounts.linkEmployer(username.strip(), id.value())) {
            throw new InvalidInputException(Violation.of(
                    "username", "NOT_AN_EMPLOYER_ACCOUNT", "employers.invalid.username.NOT_AN_EMPLOYER_ACCOUNT"));
        }
        audit.record(ACCOUNT_LINKED, SUBJECT, id.toString(), username.strip());
    }

    @Override
    public EmployerView find(EmployerId id) {
        Caller caller = Callers.current();
        StoredEmployer employer = visible(caller, id);
        EmployerView view = view(caller, employer);
        // The full contact phone of someone else's enterprise is a view the audit log keeps.
        if (view.contactPhone() != null
                && !EmployerAccess.isOwn(caller, id)
                && EmployerAccess.seesFullPhone(caller, id)) {
            audit.record(AuditLog.VIEW_FULL_PHONE, SUBJECT, id.toString());
        }
        return view;
    }

    /** Lists always mask phone numbers; the full number is for whoever opens the enterprise. */
    @Override
    @Transactional(readOnly = true)
    public EmployerPage search(String q, int page, int size) {
        Caller caller = require(c -> !c.is(Role.WORKER));
        EmployerId own = caller.is(Role.EMPLOYER) ? ofCurrentCaller().orElse(null) : null;
        if (caller.is(Role.EMPLOYER) && own == null) {
            return new EmployerPage(List.of(), 0, page, size);
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        return new EmployerPage(
                rows.search(q, own, pageNumber, pageSize).stream()
                        .map(employer -> employer.toView(false))
                        .toList(),
                rows.count(q, own),
                pageNumber,
                pageSize);
    }

    @Override
    @Transactional(readOnly = true)
    public String nameOf(EmployerId id) {
        return rows.nameOf(id).orElse("");
    }

    @Override
    public boolean mayActFor(EmployerId id) {
        return Callers.find()
                .map(caller -> EmployerAccess.mayActFor(caller, id))
                .orElse(false);
    }

    @Override
    public Optional<EmployerId> ofCurrentCaller() {
        return Callers.find()
                .filter(caller -> caller.is(Role.EMPLOYER) && caller.employerId() != null)
                .map(caller -> new EmployerId(caller.employerId()));
    }

    @Override
    public boolean mayRegister() {
        return Callers.find().map(EmployerAccess::mayRegister).orElse(false);
    }

    private static EmployerView view(Caller caller, StoredEmployer employer) {
        return employer.toView(EmployerAccess.seesFullPhone(caller, employer.id()));
    }

    /** Out of scope answers exactly like missing, so scopes never leak which enterprises exist. */
    private StoredEmployer visible(Caller caller, EmployerId id) {
        return rows.find(id)
                .filter(employer -> EmployerAccess.maySee(caller, employer.id()))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    static void requireActingFor(Caller caller, EmployerId employer) {
        if (!EmployerAccess.mayActFor(caller, employer)) {
            throw new AccessDeniedException("May not act for employer " + employer);
        }
    }

    private static InvalidInputException duplicate(EnterpriseProfile profile) {
        return new InvalidInputException(Violation.of(
                "creditCode",
                "DUPLICATE",
                "employers.invalid.creditCode.DUPLICATE",
                profile.creditCode().value()));
    }

    private static Caller require(Predicate<Caller> permission) {
        Caller caller = Callers.current();
        if (!permission.test(caller)) {
            throw new AccessDeniedException("Not allowed for role " + caller.role());
        }
        return caller;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

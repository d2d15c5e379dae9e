package org.laborbridge.subsidies.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.PolicyId;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PolicyCatalogue implements SubsidyPolicies {

    static final String SUBJECT = "subsidy-policy";
    static final int MAX_NAME = 200;

    private static final Logger log = LoggerFactory.getLogger(PolicyCatalogue.class);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,49}");

    private static final Violation NO_TERMS = Violation.of("terms", "REQUIRED", "subsidies.invalid.terms.MISSING");

    private final PolicyRows rows;

    PolicyCatalogue(PolicyRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public PolicyView register(String code, String name, PolicyTerms terms) {
        Caller caller = requireChanger();
        String trimmedCode = code == null ? "" : code.trim();
        String trimmedName = name == null ? "" : name.trim();
        List<Violation> violations = new ArrayList<>();
        if (trimmedCode.isEmpty()) {
            violations.add(Refusals.violation("code", "REQUIRED"));
        } else if (!CODE.matcher(trimmedCode).matches()) {
            violations.add(Refusals.violation("code", "FORMAT"));
        } else if (rows.codeTaken(trimmedCode)) {
            violations.add(Refusals.violation("code", "DUPLICATE", trimmedCode));
        }
        if (trimmedName.isEmpty()) {
            violations.add(Refusals.violation("name", "REQUIRED"));
        } else if (trimmedName.length() > MAX_NAME) {
            violations.add(Refusals.violation("name", "TOO_LONG", MAX_NAME));
        }
        if (terms == null) {
            violations.add(NO_TERMS);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PolicyId id = PolicyId.random();
        try {
            rows.insertPolicy(id, trimmedCode, trimmedName);
        } catch (DuplicateKeyException raced) {
            // Two administrators registering the same code at once: the unique constraint decides.
            throw new InvalidInputException(Refusals.violation("code", "DUPLICATE", trimmedCode));
        }
        rows.insertVersion(new PolicyVersion(id, 1), terms, caller.username());
        log.info("Subsidy policy {} registered by {}", trimmedCode, caller.username());
        return found(rows.version(trimmedCode, 1), trimmedCode);
    }

    @Override
    @Transactional
    public PolicyView revise(String code, PolicyTerms terms) {
        Caller caller = requireChanger();
        PolicyId policy = rows.lock(code).orElseThrow(() -> notFound(code));
        if (terms == null) {
            throw new InvalidInputException(NO_TERMS);
        }
        int next = rows.nextVersion(policy);
        rows.insertVersion(new PolicyVersion(policy, next), terms, caller.username());
        log.info("Subsidy policy {} revised to version {} by {}", code, next, caller.username());
        return found(rows.version(code, next), code);
    }

    @Override
    public PolicyView find(String code) {
        requireReader();
        return found(rows.latest(code), code);
    }

    @Override
    public PolicyView version(String code, int version) {
        requireReader();
        return found(rows.version(code, version), code + " v" + version);
    }

    @Override
    public List<PolicyView> history(String code) {
        requireReader();
        List<PolicyView> history = rows.history(code);
        if (history.isEmpty()) {
            throw notFound(code);
        }
        return history;
    }

    @Override
    public List<PolicyView> all() {
        requireReader();
        return rows.latestOfEach();
    }

    @Override
    public boolean mayChange() {
        return Callers.find().map(PolicyAccess::mayChange).orElse(false);
    }

    private static Caller requireChanger() {
        Caller caller = Callers.current();
        if (!PolicyAccess.mayChange(caller)) {
            throw new AccessDeniedException("Only administrators register and revise subsidy policies");
        }
        return caller;
    }

    private static void requireReader() {
        if (!PolicyAccess.mayRead(Callers.current())) {
            throw new AccessDeniedException("The subsidy policy catalogue is for bureau and partner staff");
        }
    }

    private static PolicyView found(Optional<PolicyView> view, Object id) {
        return view.orElseThrow(() -> notFound(id));
    }

    private static RecordNotFoundException notFound(Object id) {
        return new RecordNotFoundException(SUBJECT, id);
    }
}

package org.laborbridge.employers.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;

/** Turns a posting query and the caller's scope into SQL; drafts only for those who may see them. */
final class PostingSearch {

    private PostingSearch() {}

    static PostingFilter filter(PostingQuery query, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.role().isBureauStaff()) {
            conditions.add("(p.status <> 'DRAFT' or p.employer_id = cast(:own as uuid))");
            parameters.put("own", caller.is(Role.EMPLOYER) ? caller.employerId() : null);
        }
        String q = FieldChecks.trimmed(query.q());
        if (q != null) {
            conditions.add("(lower(p.title) like :contains or e.name_key like :contains)");
            parameters.put("contains", SearchText.contains(SearchText.key(q)));
        }
        if (FieldChecks.trimmed(query.jobType()) != null) {
            conditions.add("p.job_type = :jobType");
            parameters.put("jobType", query.jobType().strip());
        }
        if (FieldChecks.trimmed(query.workRegion()) != null) {
            conditions.add("p.work_region like :regionPrefix");
            parameters.put("regionPrefix", significantPrefix(query.workRegion()) + "%");
        }
        if (query.employer() != null) {
            conditions.add("p.employer_id = :employer");
            parameters.put("employer", query.employer().value());
        }
        if (query.status() != null) {
            conditions.add("p.status = :status");
            parameters.put("status", query.status().name());
        }
        return new PostingFilter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters);
    }

    /** A prefecture code 433100 covers its counties 4331xx, a province 430000 all of 43xxxx. */
    private static String significantPrefix(String typed) {
        String code;
        try {
            code = RegionCode.of(typed).value();
        } catch (InvalidValueException malformed) {
            throw new InvalidInputException(Violation.of("workRegion", malformed));
        }
        return RegionCode.coveringPrefix(code);
    }
}

package org.laborbridge.workers.search;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerQuery;

/**
 * A {@link WorkerQuery} and the caller's scope turned into one SQL predicate with bound
 * parameters, shared by the search and the export so both show exactly the same workers. No
 * text the user typed ever becomes SQL: sort columns come from an allow-list and every value is a
 * parameter.
 */
public final class WorkerFilter {

    static final int MAX_REGIONS = 50;
    static final int MAX_PAGE = 10_000;
    static final int MAX_QUERY_LENGTH = 100;

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name_pinyin",
            "birthDate", "birth_date",
            "householdRegion", "household_county",
            "createdAt", "created_at");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("[0-9]{3,}[0-9Xx]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z '’\\-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String orderBy;

    private WorkerFilter(String orderBy) {
        this.orderBy = orderBy;
    }

    /** Checks the query (every problem at once) and narrows it to what the caller may see. */
    public static WorkerFilter of(WorkerQuery query, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        String orderBy = orderBy(query, violations);
        checkPaging(query, violations);
        List<String> regionPrefixes = regionPrefixes(query.regions(), violations);
        if (query.q() != null && query.q().length() > MAX_QUERY_LENGTH) {
            violations.add(Violation.of("q", "LENGTH", "invalid.text.TOO_LONG", MAX_QUERY_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        WorkerFilter filter = new WorkerFilter(orderBy);
        filter.add("duplicate_of is null");
        filter.scope(caller);
        filter.text(query.q());
        filter.anyPrefix("household_county", "region", regionPrefixes);
        filter.equal("registered_poor", "registeredPoor", query.registeredPoor());
        filter.equal(
                "situation",
                "situation",
                query.situation() == null ? null : query.situation().name());
        filter.equal("willing_to_migrate", "willingToMigrate", query.willingToMigrate());
        return filter;
    }

    /** The predicate, without the word {@code where}. */
    public String where() {
        return String.join(" and ", predicates);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** An allow-listed column and direction, with the id as tie-breaker so pages never overlap. */
    public String orderBy() {
        return orderBy;
    }

    private void scope(Caller caller) {
        Role role = caller.role();
        if (role.isBureauStaff()) {
            return;
        }
        if (role == Role.PARTNER) {
            List<String> prefixes = caller.regionCodes().stream()
                    .map(RegionCode::coveringPrefix)
                    .toList();
            anyPrefix("household_county", "scope", prefixes);
        } else if (role == Role.WORKER && caller.workerId() != null) {
            add("id = :self");
            parameters.put("self", caller.workerId());
        } else {
            add("false");
        }
    }

    private void text(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty()) {
            return;
        }
        if (q.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.HAN)) {
            add("name_simplified like :namePrefix escape '\\'");
            parameters.put("namePrefix", prefix(SearchKeys.name(q)));
        } else if (NUMBER_SUFFIX.matcher(q).matches()) {
            add(
                    "(resident_id_reversed like :numberPrefix escape '\\' or phone_reversed like :numberPrefix escape '\\')");
            parameters.put("numberPrefix", prefix(SearchKeys.reversed(q)));
        } else if (LATIN.matcher(q).matches() && !SearchKeys.latin(q).isEmpty()) {
            add("(name_pinyin like :latinPrefix escape '\\' or name_pinyin_surname like :latinPrefix escape '\\'"
                    + " or name_initials like :latinPrefix escape '\\'"
                    + " or name_initials_surname like :latinPrefix escape '\\')");
            parameters.put("latinPrefix", prefix(SearchKeys.latin(q)));
        } else {
            // Neither a name, pinyin nor the end of a number: nothing can match it.
            add("false");
        }
    }

    private void anyPrefix(String column, String name, List<String> prefixes) {
        if (prefixes == null) {
            return;
        }
        if (prefixes.isEmpty()) {
            add("false");
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            alternatives.add(column + " like :" + name + i);
            parameters.put(name + i, prefixes.get(i) + "%");
        }
        add("(" + String.join(" or ", alternatives) + ")");
    }

    private void equal(String column, String name, Object value) {
        if (value != null) {
            add(column + " = :" + name);
            parameters.put(name, value);
        }
    }

    private void add(String predicate) {
        predicates.add(predicate);
    }

    private static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String orderBy(WorkerQuery query, List<Violation> violations) {
        String sort = query.sort() == null || query.sort().isBlank() ? "createdAt" : query.sort();
        String column = SORT_COLUMNS.get(sort);
        if (column == null) {
            violations.add(
                    Violation.of("sort", "UNKNOWN", "invalid.sort.UNKNOWN", String.join(", ", WorkerQuery.SORTS)));
            return null;
        }
        String direction = query.descending() ? " desc" : " asc";
        return column + direction + ", id" + direction;
    }

    private static void checkPaging(WorkerQuery query, List<Violation> violations) {
        if (query.size() < 1 || query.size() > WorkerQuery.MAX_SIZE) {
            violations.add(Violation.of("size", "RANGE", "invalid.number.RANGE", 1, WorkerQuery.MAX_SIZE));
        }
        if (query.page() < 0 || query.page() > MAX_PAGE) {
            violations.add(Violation.of("page", "RANGE", "invalid.number.RANGE", 0, MAX_PAGE));
        }
    }

    /** Null when there is no region filter; each region becomes a prefix of the county code. */
    private static List<String> regionPrefixes(List<String> regions, List<Violation> violations) {
        List<String> wanted = regions.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::strip)
                .toList();
        if (wanted.isEmpty()) {
            return null;
        }
        if (wanted.size() > MAX_REGIONS) {
            violations.add(Violation.of("region", "LENGTH", "invalid.region.TOO_MANY", MAX_REGIONS));
            return List.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String region : wanted) {
            regionPrefix(region)
                    .ifPresentOrElse(
                            prefixes::add,
                            () -> violations.add(
                                    Violation.of("region", "UNKNOWN", "invalid.householdRegion.UNKNOWN", region)));
        }
        return prefixes;
    }

    private static Optional<String> regionPrefix(String region) {
        RegionDirectory directory = RegionDirectory.standard();
        if (DIGITS.matcher(region).matches()) {
            if (region.length() == 2 || region.length() == 4) {
                return Optional.of(region);
            }
            if (region.length() != 6 || !directory.everExisted(region)) {
                return Optional.empty();
            }
            Region today = directory.currentSuccessor(RegionCode.of(region));
            return Optional.of(today.code().coveringPrefix());
        }
        return directory
                .findByName(region)
                .map(found -> found.current() ? found : directory.currentSuccessor(found.code()))
                .map(found -> found.code().coveringPrefix());
    }
}

package org.laborbridge.workshops;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.Caller;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;
import org.laborbridge.shared.Violation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks a workshop or an employment must pass before anything is stored; every reason is
 * collected so that a form shows them all at once. Messages name the field in the reader's language.
 */
final class WorkshopInput {

    private final RegionDirectory directory;
    private final PartnerRegions partnerRegions;

    WorkshopInput(RegionDirectory directory, PartnerRegions partnerRegions) {
        this.directory = directory;
        this.partnerRegions = partnerRegions;
    }

    List<Violation> check(WorkshopForm form, Caller caller, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "name", form.name(), 200, true);
        text(violations, "address", form.address(), 300, true);
        text(violations, "operatorName", form.operatorName(), 200, true);
        text(violations, "industry", form.industry(), 100, true);
        text(violations, "products", form.products(), 300, false);
        text(violations, "responsiblePerson", form.responsiblePerson(), 100, true);
        text(violations, "model.company", form.model().company(), 200, false);
        text(violations, "model.cooperative", form.model().cooperative(), 200, false);
        text(violations, "model.institute", form.model().institute(), 200, false);
        text(violations, "model.base", form.model().base(), 200, false);
        text(violations, "model.farmers", form.model().farmers(), 200, false);
        required(violations, "operatorKind", form.operatorKind());
        required(violations, "type", form.type());
        county(violations, form.county(), caller, today);
        if (Text.blankToNull(form.operatorEmployerId()) != null) {
            if (EmployerId.parse(form.operatorEmployerId().strip()).isEmpty()) {
                violations.add(violation("operatorEmployerId", "UNKNOWN_EMPLOYER"));
            } else if (form.operatorKind() == OperatorKind.COOPERATIVE) {
                violations.add(violation("operatorEmployerId", "COOPERATIVE_NOT_ENTERPRISE"));
            }
        }
        if (form.foundedOn() == null) {
            violations.add(violation("foundedOn", "REQUIRED"));
        } else if (form.foundedOn().isAfter(today)) {
            violations.add(violation("foundedOn", "IN_FUTURE"));
        }
        if (form.recognisedOn() != null) {
            if (form.recognisedOn().isAfter(today)) {
                violations.add(violation("recognisedOn", "IN_FUTURE"));
            } else if (form.foundedOn() != null && form.recognisedOn().isBefore(form.foundedOn())) {
                violations.add(violation("recognisedOn", "BEFORE_FOUNDING"));
            }
        }
        return violations;
    }

    List<Violation> check(EmployeeForm form, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (Text.blankToNull(form.worker()) == null) {
            violations.add(violation("worker", "REQUIRED"));
        }
        if (form.startDate() == null) {
            violations.add(violation("startDate", "REQUIRED"));
        } else if (form.startDate().isAfter(today.plusMonths(3))) {
            violations.add(violation("startDate", "IN_FUTURE"));
        }
        if (form.monthlyWage() == null) {
            violations.add(violation("monthlyWage", "REQUIRED"));
        } else if (form.monthlyWage().signum() < 0) {
            violations.add(violation("monthlyWage", "NEGATIVE"));
        } else if (form.monthlyWage().compareTo(new BigDecimal("1000000")) >= 0
                || form.monthlyWage().scale() > 2) {
            violations.add(violation("monthlyWage", "OUT_OF_RANGE"));
        }
        if (form.contractMonths() == null) {
            violations.add(violation("contractMonths", "REQUIRED"));
        } else if (form.contractMonths() < 1 || form.contractMonths() > 600) {
            violations.add(violation("contractMonths", "OUT_OF_RANGE"));
        }
        if (form.accidentInsured() == null) {
            violations.add(violation("accidentInsured", "REQUIRED"));
        }
        return violations;
    }

    static Violation violation(String field, String code) {
        return Violation.of(
                field,
                code,
                "workshops.invalid." + code,
                new DefaultMessageSourceResolvable(new String[] {"workshops.field." + field}, field));
    }

    private void county(List<Violation> violations, String county, Caller caller, LocalDate today) {
        String code = Text.blankToNull(county);
        if (code == null) {
            violations.add(violation("county", "REQUIRED"));
            return;
        }
        Region region =
                code.matches("[0-9]{6}") ? directory.find(RegionCode.of(code)).orElse(null) : null;
        if (region == null || region.level() != RegionLevel.COUNTY || !region.current()) {
            violations.add(violation("county", "UNKNOWN_COUNTY"));
        } else if (partnerRegions.covering(region.code(), today).isEmpty()) {
            violations.add(violation("county", "OUTSIDE_PARTNER_REGIONS"));
        } else if (!WorkshopAccess.covers(caller, code)) {
            violations.add(violation("county", "OUTSIDE_YOUR_REGIONS"));
        }
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(violation(field, "REQUIRED"));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int max, boolean required) {
        String text = Text.blankToNull(value);
        if (text == null) {
            if (required) {
                violations.add(violation(field, "REQUIRED"));
            }
        } else if (text.length() > max) {
            violations.add(violation(field, "TOO_LONG"));
        }
    }
}

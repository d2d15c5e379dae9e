package org.laborbridge.reporting.dashboard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.stereotype.Component;

/** The regions the caller may filter by: their own for a partner, every partner region for staff. */
@Component
class RegionOptions {

    private final PartnerRegions partnerRegions;
    private final DashboardText text;

    RegionOptions(PartnerRegions partnerRegions, DashboardText text) {
        this.partnerRegions = partnerRegions;
        this.text = text;
    }

    /** The caller's regions, reading the partner regions once. */
    List<RegionOption> forCaller() {
        Caller caller = Callers.current();
        Set<String> codes = new TreeSet<>();
        if (caller.is(Role.PARTNER)) {
            codes.addAll(caller.regionCodes());
        } else {
            partnerRegions.all().forEach(region -> codes.add(region.code().value()));
        }
        return named(codes);
    }

    /** {@code options} with the selected region added when it is not among them. */
    List<RegionOption> withSelected(List<RegionOption> options, String selected) {
        if (selected == null
                || selected.isBlank()
                || options.stream().anyMatch(option -> option.code().equals(selected))) {
            return options;
        }
        Set<String> codes = new TreeSet<>();
        options.forEach(option -> codes.add(option.code()));
        codes.add(selected);
        return named(codes);
    }

    private List<RegionOption> named(Set<String> codes) {
        return codes.stream()
                .map(code -> new RegionOption(code, text.regionName(code)))
                .toList();
    }
}

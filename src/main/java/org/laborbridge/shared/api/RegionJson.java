package org.laborbridge.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;

/** A region as the API shows it; a retired code also names the region that took it over. */
record RegionJson(
        String code,
        String name,
        RegionLevel level,
        RegionRef parent,
        boolean current,
        @JsonInclude(JsonInclude.Include.NON_NULL) RegionRef currentRegion) {

    record RegionRef(String code, String name) {
        static RegionRef of(Region region) {
            return new RegionRef(region.code().value(), region.name());
        }
    }

    static RegionJson of(Region region, RegionDirectory directory) {
        RegionRef parent = region.parentCode() == null
                ? null
                : directory.find(region.parentCode()).map(RegionRef::of).orElse(null);
        RegionRef successor = region.current() ? null : RegionRef.of(directory.currentSuccessor(region.code()));
        return new RegionJson(
                region.code().value(), region.name(), region.level(), parent, region.current(), successor);
    }
}

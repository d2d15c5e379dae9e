package org.laborbridge.employers.api;

import org.laborbridge.shared.RegionCode;

/** A county as the API shows it: its code and today's name. */
record RegionJson(String code, String name) {

    static RegionJson of(RegionCode code, String name) {
        return new RegionJson(code.value(), name);
    }
}

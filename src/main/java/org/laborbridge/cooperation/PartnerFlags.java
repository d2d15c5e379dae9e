package org.laborbridge.cooperation;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Flags always in declaration order, so pages and JSON list them the same way every time. */
final class PartnerFlags {

    private PartnerFlags() {}

    static Set<PartnerFlag> ordered(Collection<PartnerFlag> flags) {
        EnumSet<PartnerFlag> copy = EnumSet.noneOf(PartnerFlag.class);
        if (flags != null) {
            copy.addAll(flags);
        }
        return Collections.unmodifiableSet(copy);
    }
}

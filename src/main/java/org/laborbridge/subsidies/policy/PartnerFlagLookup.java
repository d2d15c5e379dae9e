package org.laborbridge.subsidies.policy;

import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.RegionCode;

/**
 * Whether a county belongs to a partner region whose agreement carries a flag. The caller answers
 * it (from the cooperation module) so that the engine stays free of databases and beans.
 */
@FunctionalInterface
public interface PartnerFlagLookup {

    boolean hasFlag(RegionCode county, PartnerFlag flag);
}

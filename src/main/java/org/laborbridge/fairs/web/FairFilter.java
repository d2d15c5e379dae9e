package org.laborbridge.fairs.web;

import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairStatus;

/** The fair list's filter form, bound from the query string. */
record FairFilter(Campaign campaign, FairKind kind, FairStatus status, String hostRegion, Integer page) {

    static final int PAGE_SIZE = 20;

    FairQuery toQuery() {
        return new FairQuery(campaign, kind, status, hostRegion, page == null ? 0 : page, PAGE_SIZE);
    }
}

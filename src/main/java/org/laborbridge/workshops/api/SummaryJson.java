package org.laborbridge.workshops.api;

import java.time.LocalDate;
import org.laborbridge.workshops.WorkshopSummary;

record SummaryJson(
        String id,
        String name,
        WorkshopJson.Region county,
        String type,
        String industry,
        String status,
        LocalDate foundedOn,
        long headcount,
        long poorHeadcount) {

    static SummaryJson of(WorkshopSummary w) {
        return new SummaryJson(
                w.id().toString(),
                w.name(),
                new WorkshopJson.Region(w.county(), w.countyName()),
                w.type().name(),
                w.industry(),
                w.status().name(),
                w.foundedOn(),
                w.headcount(),
                w.poorHeadcount());
    }
}

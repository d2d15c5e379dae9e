package org.laborbridge.workshops.api;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.workshops.WorkshopModel;
import org.laborbridge.workshops.WorkshopView;

record WorkshopJson(
        String id,
        String name,
        Region county,
        String address,
        Operator operator,
        WorkshopModel model,
        String type,
        String industry,
        String products,
        String responsiblePerson,
        LocalDate foundedOn,
        LocalDate recognisedOn,
        String status,
        List<String> flagReasons,
        long headcount,
        long poorHeadcount,
        List<Check> checks) {

    record Region(String code, String name) {}

    record Operator(String name, String kind, String employerId) {}

    record Check(String criterion, boolean met, List<Object> values) {}

    static WorkshopJson of(WorkshopView w) {
        return new WorkshopJson(
                w.id().toString(),
                w.name(),
                new Region(w.county(), w.countyName()),
                w.address(),
                new Operator(w.operatorName(), w.operatorKind().name(), w.operatorEmployerId()),
                w.model(),
                w.type().name(),
                w.industry(),
                w.products(),
                w.responsiblePerson(),
                w.foundedOn(),
                w.recognisedOn(),
                w.status().name(),
                w.flagReasons(),
                w.headcount(),
                w.poorHeadcount(),
                w.checks().stream()
                        .map(c -> new Check(c.criterion(), c.met(), c.arguments()))
                        .toList());
    }
}

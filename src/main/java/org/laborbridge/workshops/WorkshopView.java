package org.laborbridge.workshops;

import java.time.LocalDate;
import java.util.List;

/** A workshop as pages and the API show it, with the criteria it is judged by today. */
public record WorkshopView(
        WorkshopId id,
        String name,
        String county,
        String countyName,
        String address,
        String operatorName,
        OperatorKind operatorKind,
        String operatorEmployerId,
        WorkshopModel model,
        WorkshopType type,
        String industry,
        String products,
        String responsiblePerson,
        LocalDate foundedOn,
        LocalDate recognisedOn,
        WorkshopStatus status,
        List<String> flagReasons,
        long headcount,
        long poorHeadcount,
        List<CriterionCheck> checks,
        int version) {

    public WorkshopView {
        flagReasons = List.copyOf(flagReasons);
        checks = List.copyOf(checks);
    }

    public WorkshopForm toForm() {
        return new WorkshopForm(
                name,
                county,
                address,
                operatorName,
                operatorKind,
                operatorEmployerId,
                model,
                type,
                industry,
                products,
                responsiblePerson,
                foundedOn,
                recognisedOn);
    }
}

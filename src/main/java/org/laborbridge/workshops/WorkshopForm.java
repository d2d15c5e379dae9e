package org.laborbridge.workshops;

import java.time.LocalDate;

/**
 * What a caller types to register or change a workshop; checked by the service, which answers
 * every reason at once. {@code operatorEmployerId} is set when the operator is a registered enterprise.
 */
public record WorkshopForm(
        String name,
        String county,
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
        LocalDate recognisedOn) {

    public WorkshopForm {
        model = model == null ? WorkshopModel.none() : model;
    }
}

package org.laborbridge.workshops.api;

import org.laborbridge.workshops.OperatorKind;
import org.laborbridge.workshops.WorkshopForm;
import org.laborbridge.workshops.WorkshopModel;
import org.laborbridge.workshops.WorkshopType;
import org.laborbridge.workshops.input.TypedValues;

/**
 * A workshop as a client sends it. Choices and dates are text, so that an unknown value is
 * refused as invalid input naming the field rather than as an unreadable body.
 */
record WorkshopRequest(
        String name,
        String county,
        String address,
        String operatorName,
        String operatorKind,
        String operatorEmployerId,
        WorkshopModel model,
        String type,
        String industry,
        String products,
        String responsiblePerson,
        String foundedOn,
        String recognisedOn) {

    WorkshopForm toForm() {
        TypedValues typed = new TypedValues();
        WorkshopForm form = new WorkshopForm(
                name,
                county,
                address,
                operatorName,
                typed.choice(OperatorKind.class, operatorKind, "operatorKind"),
                operatorEmployerId,
                model,
                typed.choice(WorkshopType.class, type, "type"),
                industry,
                products,
                responsiblePerson,
                typed.day(foundedOn, "foundedOn"),
                typed.day(recognisedOn, "recognisedOn"));
        typed.check();
        return form;
    }
}

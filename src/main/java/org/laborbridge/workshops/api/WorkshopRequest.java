package org.laborbridge.workshops.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.laborbridge.workshops.OperatorKind;
import org.laborbridge.workshops.WorkshopForm;
import org.laborbridge.workshops.WorkshopModel;
import org.laborbridge.workshops.WorkshopType;

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
        return new WorkshopForm(
                name,
                county,
                address,
                operatorName,
                choice(OperatorKind.class, operatorKind),
                operatorEmployerId,
                model,
                choice(WorkshopType.class, type),
                industry,
                products,
                responsiblePerson,
                date(foundedOn),
                date(recognisedOn));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

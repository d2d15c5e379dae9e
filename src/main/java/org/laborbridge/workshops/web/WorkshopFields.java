package org.laborbridge.workshops.web;

import org.laborbridge.workshops.OperatorKind;
import org.laborbridge.workshops.WorkshopForm;
import org.laborbridge.workshops.WorkshopModel;
import org.laborbridge.workshops.WorkshopType;
import org.laborbridge.workshops.WorkshopView;
import org.laborbridge.workshops.input.TypedValues;

/** The workshop form as typed. */
record WorkshopFields(
        String name,
        String county,
        String address,
        String operatorName,
        String operatorKind,
        String operatorEmployerId,
        String modelCompany,
        String modelCooperative,
        String modelInstitute,
        String modelBase,
        String modelFarmers,
        String type,
        String industry,
        String products,
        String responsiblePerson,
        String foundedOn,
        String recognisedOn) {

    static WorkshopFields empty() {
        return new WorkshopFields(
                null,
                null,
                null,
                null,
                "ENTERPRISE",
                null,
                null,
                null,
                null,
                null,
                null,
                "FACTORY",
                null,
                null,
                null,
                null,
                null);
    }

    static WorkshopFields of(WorkshopView w) {
        WorkshopModel m = w.model();
        return new WorkshopFields(
                w.name(),
                w.county(),
                w.address(),
                w.operatorName(),
                w.operatorKind().name(),
                w.operatorEmployerId(),
                m.company(),
                m.cooperative(),
                m.institute(),
                m.base(),
                m.farmers(),
                w.type().name(),
                w.industry(),
                w.products(),
                w.responsiblePerson(),
                String.valueOf(w.foundedOn()),
                w.recognisedOn() == null ? null : w.recognisedOn().toString());
    }

    WorkshopForm toForm() {
        TypedValues typed = new TypedValues();
        WorkshopForm form = new WorkshopForm(
                name,
                county,
                address,
                operatorName,
                typed.choice(OperatorKind.class, operatorKind, "operatorKind"),
                operatorEmployerId,
                new WorkshopModel(modelCompany, modelCooperative, modelInstitute, modelBase, modelFarmers),
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

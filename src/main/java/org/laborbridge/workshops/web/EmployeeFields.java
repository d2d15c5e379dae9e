package org.laborbridge.workshops.web;

import org.laborbridge.workshops.EmployeeForm;
import org.laborbridge.workshops.input.TypedValues;

/** The add-employee form as typed; an unticked box means no accident insurance. */
record EmployeeFields(
        String worker, String startDate, String monthlyWage, String contractMonths, String accidentInsured) {

    static EmployeeFields empty() {
        return new EmployeeFields(null, null, null, "12", "true");
    }

    EmployeeForm toForm() {
        TypedValues typed = new TypedValues();
        EmployeeForm form = new EmployeeForm(
                worker,
                typed.day(startDate, "startDate"),
                typed.amount(monthlyWage, "monthlyWage"),
                typed.number(contractMonths, "contractMonths"),
                "true".equals(accidentInsured) || "on".equals(accidentInsured));
        typed.check();
        return form;
    }
}

package org.laborbridge.workers.imports;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** Refusals of a whole file, before or while reading it: nothing of it is saved. */
final class FileProblem {

    static final String FIELD = "file";

    private FileProblem() {}

    static InvalidInputException of(String code, Object... arguments) {
        return new InvalidInputException(Violation.of(FIELD, code, "workerImport.file." + code, arguments));
    }

    static InvalidInputException empty() {
        return of("EMPTY");
    }

    static InvalidInputException notATable() {
        return of("NOT_A_TABLE");
    }

    static InvalidInputException notAWorkbook() {
        return of("NOT_A_WORKBOOK");
    }

    static InvalidInputException tooLarge() {
        return of("TOO_LARGE");
    }

    static InvalidInputException noRows() {
        return of("NO_ROWS");
    }
}

package org.laborbridge.workers.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerForm;

/** Which column holds what, as the header row said; turns each data row into the form a person would have typed. */
final class RosterLayout {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

    private final ImportColumn[] columns;
    private final RosterVocabulary vocabulary;

    RosterLayout(List<ImportColumn> columns, RosterVocabulary vocabulary) {
        this.columns = columns.toArray(ImportColumn[]::new);
        this.vocabulary = vocabulary;
    }

    int width() {
        return columns.length;
    }

    /** The row as a form; values that are not even the right kind (a "maybe" for yes/no) are added to {@code problems}. */
    WorkerForm form(List<String> cells, List<Violation> problems) {
        String[] values = new String[ImportColumn.values().length];
        for (int i = 0; i < columns.length && i < cells.size(); i++) {
            if (columns[i] != null) {
                String cell = cells.get(i).strip();
                values[columns[i].ordinal()] = cell.isEmpty() ? null : cell;
            }
        }
        return new WorkerForm(
                values[ImportColumn.NAME.ordinal()],
                values[ImportColumn.RESIDENT_ID.ordinal()],
                values[ImportColumn.HOUSEHOLD_REGION.ordinal()],
                values[ImportColumn.PHONE.ordinal()],
                choice(values, ImportColumn.REGISTERED_POOR, vocabulary::answer, problems),
                values[ImportColumn.POOR_HOUSEHOLD_NO.ordinal()],
                choice(values, ImportColumn.LABOR_CAPACITY, vocabulary::laborCapacity, problems),
                choice(values, ImportColumn.WILLING_TO_MIGRATE, vocabulary::answer, problems),
                choice(values, ImportColumn.EDUCATION, vocabulary::education, problems),
                list(values[ImportColumn.SKILLS.ordinal()]),
                list(values[ImportColumn.WANTED_JOBS.ordinal()]),
                choice(values, ImportColumn.SITUATION, vocabulary::situation, problems),
                values[ImportColumn.NOTES.ordinal()]);
    }

    private static <T> T choice(
            String[] values, ImportColumn column, Function<String, Optional<T>> read, List<Violation> problems) {
        String text = values[column.ordinal()];
        if (text == null) {
            return null;
        }
        Optional<T> value = read.apply(text);
        if (value.isEmpty()) {
            problems.add(Violation.of(column.field(), "UNKNOWN", "workerImport.value.UNKNOWN", text));
        }
        return value.orElse(null);
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : LIST_SEPARATOR.split(text)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}

package org.laborbridge.workers.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a roster may use, in any of the three languages: header names (the English field
 * names always work) and the values of yes/no and choice columns. Built from the message
 * bundles, so the templates and the reader can never disagree.
 */
@Component
class RosterVocabulary {

    private final MessageSource messages;
    private final Map<String, ImportColumn> headers = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();
    private final Map<String, LaborCapacity> capacities = new HashMap<>();
    private final Map<String, Education> educations = new HashMap<>();
    private final Map<String, Situation> situations = new HashMap<>();

    RosterVocabulary(MessageSource messages) {
        this.messages = messages;
        for (ImportColumn column : ImportColumn.values()) {
            headers.put(key(column.field()), column);
            for (Locale language : ImportLanguages.ALL) {
                headers.put(key(header(column, language)), column);
            }
        }
        for (String yes : List.of("true", "1", "yes", "y", "是")) {
            answers.put(key(yes), true);
        }
        for (String no : List.of("false", "0", "no", "n", "否")) {
            answers.put(key(no), false);
        }
        for (Locale language : ImportLanguages.ALL) {
            answers.put(key(messages.getMessage("workerImport.value.yes", null, language)), true);
            answers.put(key(messages.getMessage("workerImport.value.no", null, language)), false);
        }
        learn(LaborCapacity.values(), capacities);
        learn(Education.values(), educations);
        learn(Situation.values(), situations);
    }

    String header(ImportColumn column, Locale language) {
        return messages.getMessage(column.messageKey(), null, language);
    }

    String choice(Enum<?> value, Locale language) {
        return messages.getMessage(choiceKey(value), null, language);
    }

    String answer(boolean value, Locale language) {
        return messages.getMessage(value ? "workerImport.value.yes" : "workerImport.value.no", null, language);
    }

    /** Reads a header row; names every header it does not know and every required one that is missing. */
    RosterLayout layout(List<String> headerCells) {
        List<ImportColumn> columns = new ArrayList<>(headerCells.size());
        List<Violation> problems = new ArrayList<>();
        for (String cell : headerCells) {
            ImportColumn column = cell.isBlank() ? null : headers.get(key(cell));
            if (column == null && !cell.isBlank()) {
                problems.add(Violation.of(
                        FileProblem.FIELD, "UNKNOWN_HEADER", "workerImport.file.UNKNOWN_HEADER", cell.strip()));
            }
            if (column != null && columns.contains(column)) {
                problems.add(Violation.of(
                        FileProblem.FIELD, "REPEATED_HEADER", "workerImport.file.REPEATED_HEADER", cell.strip()));
            }
            columns.add(column);
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.contains(column)) {
                problems.add(Violation.of(
                        FileProblem.FIELD, "MISSING_HEADER", "workerImport.file.MISSING_HEADER", column.field()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RosterLayout(columns, this);
    }

    Optional<Boolean> answer(String text) {
        return Optional.ofNullable(answers.get(key(text)));
    }

    Optional<LaborCapacity> laborCapacity(String text) {
        return Optional.ofNullable(capacities.get(key(text)));
    }

    Optional<Education> education(String text) {
        return Optional.ofNullable(educations.get(key(text)));
    }

    Optional<Situation> situation(String text) {
        return Optional.ofNullable(situations.get(key(text)));
    }

    private <E extends Enum<E>> void learn(E[] values, Map<String, E> into) {
        for (E value : values) {
            into.put(key(value.name()), value);
            for (Locale language : ImportLanguages.ALL) {
                into.put(key(messages.getMessage(choiceKey(value), null, language)), value);
            }
        }
    }

    private static String choiceKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return "workerImport." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    /** Case, width, blanks and underscores do not matter: {@code Resident ID}, {@code resident_id} and {@code residentId} are one header. */
    static String key(String text) {
        String compatible = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(compatible.length());
        compatible
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '_' && c != '-' && c != '*')
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}

package org.onestop.portal.application.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/** Checks form data against an item version's form definition, reporting every problem at once. */
public final class FormCheck {

    /** The type of a field whose value is an upload (see {@link MaterialRules}), never form data. */
    public static final String FILE = "file";

    public static void check(List<FormField> definition, Map<String, Object> formData) {
        List<FieldProblem> problems = problems(definition, formData);
        if (!problems.isEmpty()) {
            throw new RuleViolation("The form data does not match the item's form", problems);
        }
    }

    /** Every way the form data breaks the definition, one entry per field. */
    public static List<FieldProblem> problems(List<FormField> definition, Map<String, Object> formData) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = definition.stream().map(FormField::code).collect(Collectors.toSet());
        for (FormField field : definition) {
            Object value = formData.get(field.code());
            boolean blank = value == null || (value instanceof String text && text.isBlank())
                    || (value instanceof List<?> chosen && chosen.isEmpty());
            if (FILE.equals(field.type())) {
                if (value != null) {
                    problems.add(new FieldProblem("formData." + field.code(),
                            field.label() + " is a file: upload it as a material named " + field.label()));
                }
            } else if (field.required() && blank) {
                problems.add(new FieldProblem("formData." + field.code(), field.label() + " is required"));
            } else if (!blank && "number".equals(field.type()) && !(value instanceof Number)) {
                problems.add(new FieldProblem("formData." + field.code(), field.label() + " must be a number"));
            } else if (!blank && field.choices() != null && !field.choices().isEmpty()
                    && "single_choice".equals(field.type()) && !field.choices().contains(String.valueOf(value))) {
                problems.add(new FieldProblem("formData." + field.code(), field.label() + " must be one of " + field.choices()));
            } else if (!blank && "multiple_choice".equals(field.type()) && !chosenAmong(value, field.choices())) {
                problems.add(new FieldProblem("formData." + field.code(),
                        field.label() + " must be a list of some of " + field.choices()));
            } else if (!blank && "date".equals(field.type()) && !isDate(value)) {
                problems.add(new FieldProblem("formData." + field.code(), field.label() + " must be a date (yyyy-MM-dd)"));
            }
        }
        formData.keySet().stream().filter(code -> !known.contains(code)).sorted()
                .forEach(code -> problems.add(new FieldProblem("formData." + code, "is not a field of this form")));
        return problems;
    }

    /** A list of distinct texts, each one of the choices (any text where the definition lists none). */
    private static boolean chosenAmong(Object value, List<String> choices) {
        if (!(value instanceof List<?> chosen) || chosen.stream().distinct().count() != chosen.size()) {
            return false;
        }
        return chosen.stream().allMatch(c -> c instanceof String text
                && (choices == null || choices.isEmpty() || choices.contains(text)));
    }

    /** A day of the calendar as ISO 8601 writes it (2026-12-08); 2026-02-30 is none. */
    private static boolean isDate(Object value) {
        if (!(value instanceof String text) || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException notADay) {
            return false;
        }
    }

    private FormCheck() {
    }
}

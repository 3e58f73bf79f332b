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
            boolean blank = value == null || (value instanceof String text && text.isBlank());
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
            }
        }
        formData.keySet().stream().filter(code -> !known.contains(code)).sorted()
                .forEach(code -> problems.add(new FieldProblem("formData." + code, "is not a field of this form")));
        return problems;
    }

    private FormCheck() {
    }
}

package org.onestop.portal.application.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * How much form data a draft keeps and an application carries, so that no applicant can store
 * more than the portal means to keep or make an application event Kafka cannot take: so many
 * fields, each value as long as its field allows ({@code maxLength} of the form definition, else
 * the default of its type), lists of plain values only, and the whole within a size. Checked on
 * every save of a draft and on submission, one entry per field.
 */
public final class FormBounds {

    /** Characters of a {@code text} field's value when the form definition sets no maximum. */
    public static final int TEXT_LENGTH = 5_000;
    /** Characters of any other field's value (and of each entry of a list) when the definition sets no maximum. */
    public static final int VALUE_LENGTH = 500;
    /** Entries of a list value (a multiple choice, say). */
    public static final int LIST_ENTRIES = 50;

    private FormBounds() {
    }

    /** The most characters a value of the field may have. */
    public static int maxLengthOf(FormField field) {
        if (field != null && field.maxLength() != null) {
            return field.maxLength();
        }
        return field != null && "text".equals(field.type()) ? TEXT_LENGTH : VALUE_LENGTH;
    }

    /**
     * Every value over its bound.
     *
     * @param serializedBytes the form data's size as JSON, as it is stored and sent
     */
    public static List<FieldProblem> problems(List<FormField> definition, Map<String, Object> formData, int maxFields,
                                              long serializedBytes, long maxBytes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (formData.size() > maxFields) {
            problems.add(new FieldProblem("formData", "may have at most " + maxFields + " fields"));
            return problems;
        }
        Map<String, FormField> fields = definition.stream()
                .collect(Collectors.toMap(FormField::code, Function.identity(), (a, b) -> a));
        formData.forEach((code, value) -> {
            String at = "formData." + code;
            int max = maxLengthOf(fields.get(code));
            if (value instanceof Map<?, ?>) {
                problems.add(new FieldProblem(at, "must be a value or a list of values, not an object"));
            } else if (value instanceof Collection<?> list) {
                if (list.size() > LIST_ENTRIES) {
                    problems.add(new FieldProblem(at, "may have at most " + LIST_ENTRIES + " entries"));
                } else if (list.stream().anyMatch(entry -> entry instanceof Map<?, ?> || entry instanceof Collection<?>)) {
                    problems.add(new FieldProblem(at, "a list may hold plain values only"));
                } else if (list.stream().anyMatch(entry -> entry instanceof String text && text.length() > max)) {
                    problems.add(new FieldProblem(at, "each entry may be at most " + max + " characters long"));
                }
            } else if (value instanceof String text && text.length() > max) {
                problems.add(new FieldProblem(at, "must be at most " + max + " characters long"));
            }
        });
        if (problems.isEmpty() && serializedBytes > maxBytes) {
            problems.add(new FieldProblem("formData", "may have at most " + maxBytes + " bytes as JSON, has " + serializedBytes));
        }
        return problems;
    }
}

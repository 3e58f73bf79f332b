package org.onestop.contracts.management;

import java.util.List;

/**
 * One field of an item's application form definition.
 *
 * @param type      one of string, text, number, date, single_choice, multiple_choice, file
 * @param maxLength the most characters a value of the field may have (1 to 10,000); null for the portal's default of
 *                  the type (docs/api-reference.md, "Bounds": string 500, text 5,000). Optional: added within v1.
 */
public record FormField(String code, String label, String type, boolean required, int order,
                        List<String> choices, Integer maxLength) {

    /** A field with the default length of its type (as fields were before {@code maxLength}). */
    public FormField(String code, String label, String type, boolean required, int order, List<String> choices) {
        this(code, label, type, required, order, choices, null);
    }
}

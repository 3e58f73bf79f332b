package org.onestop.contracts.management;

import java.util.List;

/**
 * One field of an item's application form definition.
 *
 * @param type one of string, text, number, date, single_choice, multiple_choice, file
 */
public record FormField(String code, String label, String type, boolean required, int order,
                        List<String> choices) {
}

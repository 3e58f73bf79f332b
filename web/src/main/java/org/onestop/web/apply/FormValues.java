package org.onestop.web.apply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a person typed into an item's form, as the portal's form data: one value per field of the
 * definition (inputs named {@code f.<code>}), a number as a number when it reads as one (else as
 * typed, so the portal names the field), a multiple choice as a list, an empty field left out.
 */
final class FormValues {

    static final String PREFIX = "f.";

    private FormValues() {
    }

    static Map<String, Object> of(JsonNode formFields, Map<String, String[]> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        formFields.forEach(field -> {
            String code = field.path("code").asString();
            String type = field.path("type").asString();
            String[] given = parameters.get(PREFIX + code);
            if (given == null) {
                return;
            }
            if ("multiple_choice".equals(type)) {
                List<String> chosen = new ArrayList<>(Arrays.stream(given).map(String::strip).filter(v -> !v.isEmpty()).toList());
                if (!chosen.isEmpty()) {
                    values.put(code, chosen);
                }
                return;
            }
            String value = given[0].strip();
            if (value.isEmpty()) {
                return;
            }
            values.put(code, "number".equals(type) ? numberOrText(value) : value);
        });
        return values;
    }

    private static Object numberOrText(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}

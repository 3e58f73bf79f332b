package org.onestop.web.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog editor's form over one item version: which of its fields the page edits, how what was typed goes
 * into the item's document (the management service's {@code DraftServiceItem}), and which typed numbers are no
 * numbers. Everything the page does not edit (the halls, the form definition, the codes) is carried over as it is.
 * Rows of a list (materials, fees, process steps, questions) whose every box is empty are dropped, which is how a
 * row is removed; the page always offers one empty row more to add one.
 */
final class ItemForm {

    /** The guide's one-value fields the page edits, by their names in the guide. */
    static final List<String> TEXTS = List.of("handlingForm", "caseKind", "onlineDepth", "visitsReason", "legalBasis",
            "legalLimitNote", "promisedLimitNote", "resultType", "resultName", "resultSample", "resultCertificateType");
    static final List<String> FLAGS = List.of("bookingSupported", "paymentSupported", "postalDeliverySupported",
            "selfServiceSupported");
    /** The rows of each list the page edits, and each row's boxes (numbers among them read as numbers). */
    static final Map<String, List<String>> ROWS = Map.of(
            "materials", List.of("name", "form", "necessity", "source", "copies", "certificateType", "blankFormUrl",
                    "exampleUrl", "note"),
            "fees", List.of("name", "standard", "basis", "waiver"),
            "process", List.of("name", "kind", "limitDays", "description"),
            "faq", List.of("question", "answer"));
    /** The boxes chosen from a list, with the list, and the prefix of the messages that name each choice. */
    static final Map<String, List<String>> CHOICES = Map.of(
            "form", List.of("ORIGINAL", "COPY", "ELECTRONIC"),
            "necessity", List.of("REQUIRED", "OPTIONAL", "CONDITIONAL"),
            "source", List.of("APPLICANT", "GOVERNMENT", "INTERMEDIARY", "OTHER"),
            "kind", List.of("ACCEPTANCE", "REVIEW", "DECISION", "CONCLUSION", "DELIVERY", "OTHER"));
    static final Map<String, String> CHOICE_MESSAGES = Map.of("form", "materialForm.", "necessity", "necessity.",
            "source", "source.", "kind", "stepKind.");
    private static final List<String> NUMBERS = List.of("copies", "limitDays");
    /** What the management service's {@code DraftServiceItem} reads; the rest of an item's view is its history. */
    private static final List<String> DOCUMENT = List.of("code", "name", "itemType", "regionCode", "departmentCode",
            "departmentName", "legalLimitDays", "promisedLimitDays", "formFields", "guide");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern ROW_BOX = Pattern.compile("guide\\.(\\w+)\\[(\\d{1,3})]\\.(\\w+)");
    private static final int MOST_ROWS = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode document;
    private final Map<String, String> notNumbers = new LinkedHashMap<>();

    private ItemForm(ObjectNode document) {
        this.document = document;
    }

    /** The item's document as the management service gave it, with the form's values put in. */
    static ItemForm filledIn(JsonNode item, MultiValueMap<String, String> form) {
        ObjectNode document = JSON.createObjectNode();
        DOCUMENT.forEach(field -> document.set(field, item.path(field).isMissingNode() ? null : item.get(field).deepCopy()));
        if (!document.path("guide").isObject()) {
            document.set("guide", JSON.createObjectNode());
        }
        var filled = new ItemForm(document);
        filled.put(form);
        return filled;
    }

    /** The document to send (without the numbers that were no numbers, which {@link #notNumbers} names). */
    ObjectNode document() {
        return document;
    }

    /** The boxes that were to hold a whole number and did not, by field name. */
    Map<String, String> notNumbers() {
        return notNumbers;
    }

    private void put(MultiValueMap<String, String> form) {
        ObjectNode guide = (ObjectNode) document.get("guide");
        document.put("name", value(form, "name"));
        number(document, "legalLimitDays", "legalLimitDays", value(form, "legalLimitDays"));
        number(document, "promisedLimitDays", "promisedLimitDays", value(form, "promisedLimitDays"));
        TEXTS.forEach(field -> guide.put(field, value(form, "guide." + field)));
        String visits = value(form, "guide.visits");
        if (visits == null) {
            guide.putNull("visits");
        } else {
            number(guide, "visits", "guide.visits", visits);
        }
        FLAGS.forEach(flag -> guide.put(flag, form.containsKey("guide." + flag)));
        guide.set("serviceObjects", texts(form.getOrDefault("guide.serviceObjects", List.of())));
        guide.set("topics", texts(form.getOrDefault("guide.topics", List.of())));
        String conditions = form.getFirst("guide.conditions");
        guide.set("conditions", texts(conditions == null ? List.of() : List.of(conditions.split("\\R"))));
        ROWS.forEach((list, boxes) -> guide.set(list, rows(form, list, boxes)));
    }

    private ArrayNode rows(MultiValueMap<String, String> form, String list, List<String> boxes) {
        Map<Integer, Map<String, String>> typed = new java.util.TreeMap<>();
        form.forEach((name, values) -> {
            Matcher box = ROW_BOX.matcher(name);
            if (box.matches() && box.group(1).equals(list) && boxes.contains(box.group(3))
                    && Integer.parseInt(box.group(2)) < MOST_ROWS && values.get(0) != null && !values.get(0).isBlank()) {
                typed.computeIfAbsent(Integer.parseInt(box.group(2)), row -> new LinkedHashMap<>())
                        .put(box.group(3), values.get(0).strip());
            }
        });
        ArrayNode rows = JSON.createArrayNode();
        for (Map<String, String> row : typed.values()) {
            ObjectNode node = JSON.createObjectNode();
            String at = "guide." + list + "[" + rows.size() + "].";
            for (String box : boxes) {
                String value = row.get(box);
                if (NUMBERS.contains(box)) {
                    if (value == null) {
                        node.putNull(box);
                    } else {
                        number(node, box, at + box, value);
                    }
                } else {
                    node.put(box, value);
                }
            }
            if ("process".equals(list)) {
                node.put("order", rows.size() + 1);
            }
            if ("materials".equals(list) && node.path("copies").isNull()) {
                node.put("copies", 1);
            }
            rows.add(node);
        }
        return rows;
    }

    /** A whole number goes in as one; anything else is kept as typed (to show again) and named in {@link #notNumbers}. */
    private void number(ObjectNode node, String field, String formName, String typed) {
        if (typed != null && WHOLE_NUMBER.matcher(typed).matches()) {
            node.put(field, Integer.parseInt(typed));
        } else {
            node.put(field, typed == null ? "" : typed);
            notNumbers.put(formName, typed == null ? "" : typed);
        }
    }

    private static ArrayNode texts(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        List<String> seen = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !seen.contains(value.strip())) {
                seen.add(value.strip());
                array.add(value.strip());
            }
        }
        return array;
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.onestop.management.item.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceGuide.BookableWindow;
import org.onestop.contracts.management.ServiceGuide.Fee;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.contracts.management.ServiceGuide.Material;
import org.onestop.contracts.management.ServiceGuide.OpeningHours;
import org.onestop.contracts.management.ServiceGuide.ProcessStep;
import org.onestop.management.region.domain.RegionCode;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * The rules an item version must keep whenever it is saved: well-formed codes and vocabulary,
 * a sane form definition, and the guide-quality rules of docs/design.md §3.1. A violation is reported with
 * one problem entry per field (several broken rules of one field share the entry).
 */
public final class CatalogRules {

    /** The longest a form field may let a value be: what the platform takes of one text (onestop.web.bounds). */
    static final int LONGEST_FIELD = 10_000;

    public static final Set<String> FIELD_TYPES =
            Set.of("string", "text", "number", "date", "single_choice", "multiple_choice", "file");
    static final Set<String> SERVICE_OBJECTS = Set.of("NATURAL_PERSON", "LEGAL_PERSON");
    static final Set<String> HANDLING_FORMS = Set.of("ONLINE", "OFFLINE", "BOTH");
    static final Set<String> CASE_KINDS = Set.of("IMMEDIATE", "PROMISED");
    static final Set<String> ONLINE_DEPTHS = Set.of("I", "II", "III", "IV");
    static final Set<String> STEP_KINDS = Set.of("ACCEPTANCE", "REVIEW", "DECISION", "CONCLUSION", "DELIVERY", "OTHER");
    static final List<String> LICENSING_STEPS = List.of("ACCEPTANCE", "REVIEW", "DECISION", "CONCLUSION", "DELIVERY");
    static final Set<String> MATERIAL_FORMS = Set.of("ORIGINAL", "COPY", "ELECTRONIC");
    static final Set<String> NECESSITIES = Set.of("REQUIRED", "OPTIONAL", "CONDITIONAL");
    static final Set<String> MATERIAL_SOURCES = Set.of("APPLICANT", "GOVERNMENT", "INTERMEDIARY", "OTHER");
    private static final Set<String> LEVELS = names(Level.values());
    private static final Set<String> TOPICS = names(Topic.values());
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{4,64}");
    private static final int MOST_VISITS = 2;
    private static final int SHORTEST_SLOT_MINUTES = 5;

    /** Throws a 400 listing every field that breaks a rule; returns quietly otherwise. */
    public static void check(String code, ItemContent content) {
        List<FieldProblem> problems = problemsOf(code, content);
        if (!problems.isEmpty()) {
            throw new RuleViolation("The service item breaks catalog rules", problems);
        }
    }

    /** Every rule the version breaks, one entry per field, in the order of the fields. */
    public static List<FieldProblem> problemsOf(String code, ItemContent content) {
        var problems = new Problems();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("code", "must be 4 to 64 letters, digits or dashes");
        }
        if (content.name() == null || content.name().isBlank()) {
            problems.add("name", "must not be blank");
        }
        if (!RegionCode.isWellFormed(content.regionCode())) {
            problems.add("regionCode", "must be a GB/T 2260 code of 6 or 12 digits");
        }
        checkLimits(content, problems);
        checkForm(content.formFields(), problems);
        checkGuide(content, problems);
        return problems.list();
    }

    private static void checkLimits(ItemContent content, Problems problems) {
        if (content.legalLimitDays() < 0) {
            problems.add("legalLimitDays", "must be 0 or more working days");
        }
        if (content.promisedLimitDays() < 0) {
            problems.add("promisedLimitDays", "must be 0 or more working days");
        }
        if (content.promisedLimitDays() > content.legalLimitDays()) {
            problems.add("promisedLimitDays", "must not exceed the legal limit of " + content.legalLimitDays() + " working days");
        }
        if ("IMMEDIATE".equals(content.guide().caseKind()) && content.promisedLimitDays() != 0) {
            problems.add("promisedLimitDays", "must be 0 for an immediate case (即办件)");
        }
    }

    private static void checkForm(List<FormField> fields, Problems problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String at = "formFields[" + i + "]";
            if (field.code() == null || field.code().isBlank()) {
                problems.add(at + ".code", "must not be blank");
            } else if (!codes.add(field.code())) {
                problems.add(at + ".code", "duplicate field code " + field.code());
            }
            if (!FIELD_TYPES.contains(field.type())) {
                problems.add(at + ".type", "must be one of " + sorted(FIELD_TYPES));
            } else if (field.type().endsWith("_choice") && (field.choices() == null || field.choices().isEmpty())) {
                problems.add(at + ".choices", "a " + field.type() + " field needs its choices");
            }
            if (field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > LONGEST_FIELD)) {
                problems.add(at + ".maxLength", "must be between 1 and " + LONGEST_FIELD + " characters");
            }
        }
    }

    private static void checkGuide(ItemContent content, Problems problems) {
        ServiceGuide guide = content.guide();
        oneOf(problems, "guide.level", guide.level(), LEVELS);
        for (String object : guide.serviceObjects()) {
            oneOf(problems, "guide.serviceObjects", object, SERVICE_OBJECTS);
        }
        for (String topic : guide.topics()) {
            oneOf(problems, "guide.topics", topic, TOPICS);
        }
        oneOf(problems, "guide.handlingForm", guide.handlingForm(), HANDLING_FORMS);
        oneOf(problems, "guide.caseKind", guide.caseKind(), CASE_KINDS);
        oneOf(problems, "guide.onlineDepth", guide.onlineDepth(), ONLINE_DEPTHS);
        checkVisits(guide, problems);
        checkProcess(content.itemType(), guide.process(), problems);
        checkHalls(guide.halls(), problems);
        checkFees(guide.fees(), problems);
        checkMaterials(guide.materials(), problems);
        if (present(guide.resultType()) && !present(guide.resultSample())) {
            problems.add("guide.resultSample", "an item with a result type needs a sample of the result");
        }
    }

    private static void checkVisits(ServiceGuide guide, Problems problems) {
        Integer visits = guide.visits();
        if (visits == null) {
            return;
        }
        if (visits < 0 || visits > MOST_VISITS) {
            problems.add("guide.visits", "must be 0, 1 or 2 (two or more)");
        }
        if ("IV".equals(guide.onlineDepth()) && visits != 0) {
            problems.add("guide.visits", "must be 0 for a fully online item (depth IV)");
        }
        if (visits > 0 && !present(guide.visitsReason())) {
            problems.add("guide.visitsReason", "must say why the applicant has to come to the hall");
        }
        if (visits == 0 && !"IV".equals(guide.onlineDepth()) && !guide.postalDeliverySupported()) {
            problems.add("guide.postalDeliverySupported",
                    "an item with no visits that is not fully online must deliver its result by post");
        }
    }

    private static void checkProcess(ItemType type, List<ProcessStep> steps, Problems problems) {
        for (int i = 0; i < steps.size(); i++) {
            oneOf(problems, "guide.process[" + i + "].kind", steps.get(i).kind(), STEP_KINDS);
            if (!present(steps.get(i).name())) {
                problems.add("guide.process[" + i + "].name", "must not be blank");
            }
        }
        if (type == ItemType.ADMINISTRATIVE_LICENSING && !steps.isEmpty()) {
            Set<String> kinds = steps.stream().map(ProcessStep::kind).collect(Collectors.toSet());
            List<String> missing = LICENSING_STEPS.stream().filter(kind -> !kinds.contains(kind)).toList();
            if (!missing.isEmpty()) {
                problems.add("guide.process", "a licensing process needs acceptance, review, decision, conclusion and "
                        + "delivery steps; missing " + missing);
            }
        }
    }

    private static void checkHalls(List<Hall> halls, Problems problems) {
        for (int i = 0; i < halls.size(); i++) {
            Hall hall = halls.get(i);
            String at = "guide.halls[" + i + "]";
            if (!present(hall.name())) {
                problems.add(at + ".name", "must not be blank");
            }
            for (int j = 0; j < hall.openingHours().size(); j++) {
                OpeningHours hours = hall.openingHours().get(j);
                if (hours.opens() == null || hours.closes() == null || !hours.opens().isBefore(hours.closes())
                        || hours.days().isEmpty()) {
                    problems.add(at + ".openingHours[" + j + "]", "needs days and an opening time before the closing time");
                }
            }
            for (int j = 0; j < hall.bookableWindows().size(); j++) {
                BookableWindow window = hall.bookableWindows().get(j);
                if (window.day() == null || window.start() == null || window.end() == null
                        || !window.start().isBefore(window.end()) || window.slotMinutes() < SHORTEST_SLOT_MINUTES
                        || window.capacityPerSlot() < 1) {
                    problems.add(at + ".bookableWindows[" + j + "]", "needs a day, a start before the end, slots of at least "
                            + SHORTEST_SLOT_MINUTES + " minutes and a capacity of at least 1 per slot");
                }
            }
        }
    }

    private static void checkFees(List<Fee> fees, Problems problems) {
        for (int i = 0; i < fees.size(); i++) {
            Fee fee = fees.get(i);
            if (!present(fee.name())) {
                problems.add("guide.fees[" + i + "].name", "must not be blank");
            }
            if (!present(fee.standard())) {
                problems.add("guide.fees[" + i + "].standard", "a fee needs its standard (amount)");
            }
            if (!present(fee.basis())) {
                problems.add("guide.fees[" + i + "].basis", "a fee needs its legal basis");
            }
        }
    }

    private static void checkMaterials(List<Material> materials, Problems problems) {
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            String at = "guide.materials[" + i + "]";
            if (!present(material.name())) {
                problems.add(at + ".name", "must not be blank");
            }
            oneOf(problems, at + ".form", material.form(), MATERIAL_FORMS);
            oneOf(problems, at + ".necessity", material.necessity(), NECESSITIES);
            if (!present(material.source())) {
                problems.add(at + ".source", "every material needs its source");
            } else {
                oneOf(problems, at + ".source", material.source(), MATERIAL_SOURCES);
            }
            if (material.copies() < 0) {
                problems.add(at + ".copies", "must be 0 or more");
            }
            webAddress(problems, at + ".blankFormUrl", material.blankFormUrl());
            webAddress(problems, at + ".exampleUrl", material.exampleUrl());
        }
    }

    /**
     * A link every page will show: only an absolute http or https address with a host and no user name or password in
     * it (never javascript:, data: or file:, which a page would run or open).
     */
    static void webAddress(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean fine;
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            fine = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException malformed) {
            fine = false;
        }
        if (!fine) {
            problems.add(field, "must be an http or https address, such as https://www.example.gov.cn/form.pdf");
        }
    }

    private static void oneOf(Problems problems, String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(field, "must be one of " + sorted(allowed));
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Problems by field, in the order first met; several messages of one field share its entry. */
    private static final class Problems {

        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }

        List<FieldProblem> list() {
            return byField.entrySet().stream()
                    .map(entry -> new FieldProblem(entry.getKey(), String.join("; ", entry.getValue())))
                    .toList();
        }
    }

    private CatalogRules() {
    }
}

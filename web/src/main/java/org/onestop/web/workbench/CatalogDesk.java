package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.apply.ProblemTexts;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;

/**
 * The catalog (事项管理) on the workbench: the department's implementation items with their status and what their
 * guides still lack; an item's version with its quality report; editors change a draft's guide (or start a new
 * version of a published one) and send it for review; a reviewer, another person, publishes it now or from a
 * date, or sends it back, and withdraws a published one with a reason. What was typed is kept when the management
 * service refuses it, with each problem next to its field.
 */
@Controller
class CatalogDesk {

    static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "WITHDRAWN",
            "SUPERSEDED");
    static final List<String> TOPICS = List.of("EDUCATION", "SOCIAL_SECURITY", "HOUSEHOLD_REGISTRATION",
            "MEDICAL_HEALTH", "LABOUR_EMPLOYMENT", "HOUSING", "MARRIAGE_BIRTH", "SOCIAL_ASSISTANCE", "VETERANS",
            "DISABILITY", "CULTURE_TOURISM", "TRANSPORT", "ENTERPRISE_STARTUP", "TAX", "PERMITS_QUALIFICATIONS",
            "CONSTRUCTION", "FOOD_DRUG_SAFETY", "ENVIRONMENT", "SCIENCE_TECHNOLOGY", "LAND_PLANNING");
    private static final List<String> STEPS = List.of("submit", "publish", "approve", "reject", "withdraw");
    private static final String ITEMS = "/api/management/v1/service-items";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int SIZE = 20;
    private static final Pattern ROW_BOX = Pattern.compile("guide\\.(\\w+)\\[(\\d+)]\\.(\\w+)");
    /** The boxes outside the lists, by field, and the message that labels each. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "work.item.name"),
            Map.entry("legalLimitDays", "work.item.legalLimitDays"),
            Map.entry("promisedLimitDays", "work.item.promisedLimitDays"), Map.entry("guide.caseKind", "guide.caseKind"),
            Map.entry("guide.handlingForm", "guide.handlingForm"), Map.entry("guide.onlineDepth", "guide.onlineDepth"),
            Map.entry("guide.visits", "guide.visits"), Map.entry("guide.visitsReason", "guide.visitsReason"),
            Map.entry("guide.legalBasis", "guide.legalBasis"), Map.entry("guide.conditions", "guide.conditions"),
            Map.entry("guide.serviceObjects", "guide.serviceObjects"), Map.entry("guide.topics", "work.item.topics"),
            Map.entry("guide.resultSample", "guide.resultSample"), Map.entry("guide.resultType", "work.item.resultType"),
            Map.entry("guide.process", "work.item.rows.process"), Map.entry("guide.materials", "work.item.rows.materials"),
            Map.entry("guide.postalDeliverySupported", "work.item.postalDeliverySupported"));

    private final Gateway gateway;
    private final Visitors visitors;
    private final ProblemTexts texts;
    private final MessageSource messages;

    CatalogDesk(Gateway gateway, Visitors visitors, ProblemTexts texts, MessageSource messages) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/work/items")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "false") boolean incomplete, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/items";
        }
        String chosen = STATUSES.contains(status) ? status : "";
        int shown = Math.max(page, 0);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", chosen);
        query.put("q", q.strip());
        query.put("incomplete", incomplete ? "true" : null);
        query.put("page", shown);
        query.put("size", SIZE);
        JsonNode items = gateway.get(ITEMS, query, visitors.caller(request));
        model.addAttribute("items", plain(items.path("content")));
        model.addAttribute("total", items.path("totalElements").asLong());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(items, SIZE));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", chosen);
        model.addAttribute("q", q.strip());
        model.addAttribute("incomplete", incomplete);
        return "work/items";
    }

    @GetMapping("/work/items/{id}")
    String show(@PathVariable UUID id, HttpServletRequest request, Model model) {
        SignedIn person = editorOrReviewer(request);
        if (person == null) {
            return "redirect:/sign-in?next=/work/items/" + id;
        }
        JsonNode item = gateway.get(ITEMS + "/" + id, visitors.caller(request));
        model.addAttribute("item", plain(item));
        model.addAttribute("findings", findingsOf(item, RequestContextUtils.getLocale(request)));
        roles(person, model);
        return "work/item";
    }

    @GetMapping("/work/items/{id}/edit")
    String edit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/items/" + id + "/edit";
        }
        JsonNode item = gateway.get(ITEMS + "/" + id, visitors.caller(request));
        return editor(item, item, Map.of(), String.valueOf(item.path("revision").asLong()),
                RequestContextUtils.getLocale(request), model);
    }

    /**
     * Saves the edited draft, or, for a published or withdrawn version, starts the next version with what was
     * edited; then shows the saved version.
     */
    @PostMapping("/work/items/{id}")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/items/" + id;
        }
        Caller caller = visitors.caller(request);
        Locale locale = RequestContextUtils.getLocale(request);
        JsonNode item = gateway.get(ITEMS + "/" + id, caller);
        ItemForm filled = ItemForm.filledIn(item, form);
        String revision = form.getFirst("expectedRevision");
        if (!filled.notNumbers().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            filled.notNumbers().keySet().forEach(field ->
                    errors.put(field, messages.getMessage("work.item.wholeNumber", null, locale)));
            return editor(item, filled.document(), errors, revision, locale, model);
        }
        var body = filled.document().deepCopy();
        boolean draft = "DRAFT".equals(item.path("status").asString());
        try {
            JsonNode saved = draft ? gateway.put(ITEMS + "/" + id, body, Workbench.precondition(revision), caller)
                    : gateway.post(ITEMS + "/" + id + "/versions", body, caller);
            return "redirect:/work/items/" + saved.path("id").asString() + "?saved";
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 403 || refused.status() == 404
                    || (refused.fieldErrors().isEmpty() && refused.status() != 409)) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) -> errors.put(field, texts.of(message, locale)));
            if (refused.status() == 409) {
                errors.put("form", messages.getMessage("work.item.changed", null, locale));
            }
            return editor(item, filled.document(), errors, revision, locale, model);
        }
    }

    @PostMapping("/work/items/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(defaultValue = "") String comment,
                @RequestParam(defaultValue = "") String effectiveFrom, @RequestParam(defaultValue = "") String expectedRevision,
                HttpServletRequest request, RedirectAttributes flash) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/items/" + id;
        }
        if (!STEPS.contains(step)) {
            throw new ApiProblem(404, "No such step", null, Map.of(), Map.of());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comment", comment.isBlank() ? null : comment.strip());
        if ("approve".equals(step)) {
            try {
                body.put("effectiveFrom", LocalDate.parse(effectiveFrom).atStartOfDay(CHINA).toInstant().toString());
            } catch (DateTimeParseException noDate) {
                flash.addFlashAttribute("stepError", "work.item.refused.date");
                return "redirect:/work/items/" + id;
            }
        }
        try {
            gateway.post(ITEMS + "/" + id + "/" + step, body, Workbench.precondition(expectedRevision),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "work.item.done." + step);
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            flash.addFlashAttribute("stepError", refused.status() == 409 ? "work.item.refused.state"
                    : refused.status() == 403 ? "work.item.refused.role" : "work.item.refused.reason");
        }
        return "redirect:/work/items/" + id;
    }

    private String editor(JsonNode item, JsonNode draft, Map<String, String> errors, String revision, Locale locale,
                          Model model) {
        model.addAttribute("item", plain(item));
        model.addAttribute("draft", plain(draft));
        model.addAttribute("conditions", String.join("\n",
                draft.path("guide").path("conditions").valueStream().map(JsonNode::asString).toList()));
        model.addAttribute("errors", errors);
        model.addAttribute("problems", errors.entrySet().stream().filter(e -> !"form".equals(e.getKey()))
                .map(e -> Map.of("anchor", anchorOf(e.getKey()), "message", problemAt(e.getKey(), e.getValue(), locale)))
                .toList());
        model.addAttribute("revision", revision);
        model.addAttribute("topics", TOPICS);
        model.addAttribute("rows", ItemForm.ROWS);
        model.addAttribute("choices", ItemForm.CHOICES);
        model.addAttribute("prefixes", ItemForm.CHOICE_MESSAGES);
        return "work/item-edit";
    }

    /**
     * Where on the form a field's box is ({@code guide.materials[0].name} is {@code materials-0-name}), or its
     * note on what it keeps as it is (the halls, the form definition).
     */
    static String anchorOf(String field) {
        String box = field.startsWith("guide.") ? field.substring("guide.".length()) : field;
        if (box.startsWith("halls") || box.startsWith("formFields")) {
            return "kept";
        }
        String anchor = box.replaceAll("\\[(\\d+)]\\.", "-$1-").replaceAll("\\[\\d+]", "");
        return anchor.contains(".") ? anchor.substring(0, anchor.indexOf('.')) : anchor;
    }

    /** A problem as the summary says it: after the name of its box on the form, where it has one. */
    private String problemAt(String field, String problem, Locale locale) {
        Matcher row = ROW_BOX.matcher(field);
        String key = row.matches() ? "work.item.box." + row.group(1) + "." + row.group(3)
                : LABELS.getOrDefault(field, "");
        String label = key.isEmpty() ? null : messages.getMessage(key, null, null, locale);
        if (label == null) {
            return problem;
        }
        String box = row.matches() ? label + " " + (Integer.parseInt(row.group(2)) + 1) : label;
        return messages.getMessage("work.item.problemAt", new Object[] {box, problem}, locale);
    }

    /** The quality report's findings, each said in the page's language where the field is known. */
    private List<Map<String, String>> findingsOf(JsonNode item, Locale locale) {
        return item.path("quality").path("findings").valueStream().map(finding -> {
            String field = finding.path("field").asString("");
            String key = "quality." + field.replaceAll("\\[\\d+]", "");
            return Map.of("field", field, "message",
                    messages.getMessage(key, null, finding.path("message").asString(""), locale));
        }).toList();
    }

    private static void roles(SignedIn person, Model model) {
        model.addAttribute("editor", person.hasRole("EDITOR") || person.hasRole("ADMIN"));
        model.addAttribute("reviewer", person.hasRole("REVIEWER") || person.hasRole("ADMIN"));
    }

    /** An editor or a reviewer (or an administrator) of the catalog; anyone else is told it is not for them. */
    private SignedIn editorOrReviewer(HttpServletRequest request) {
        return visitors.signedInAs(request, "The catalog is kept by editors and reviewers", "EDITOR", "REVIEWER", "ADMIN")
                .orElse(null);
    }
}

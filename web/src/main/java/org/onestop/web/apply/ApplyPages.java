package org.onestop.web.apply;

import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Applying online: a draft made from the guide, the form generated from the item's form
 * definition, the materials uploaded or supplied by one's own e-certificate, saved as often as
 * wished and submitted once. A refusal is shown next to its field with everything typed kept, and
 * what is typed but not yet saved goes along with every change to the materials.
 */
@Controller
class ApplyPages {

    /** The parameter, and the flash attribute, that carry a form's values as typed. */
    private static final String TYPED = "typed";

    private final Gateway gateway;
    private final Visitors visitors;
    private final ProblemTexts problemTexts;

    ApplyPages(Gateway gateway, Visitors visitors, ProblemTexts problemTexts) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.problemTexts = problemTexts;
    }

    @PostMapping("/items/{code}/apply")
    String start(@PathVariable String code, HttpServletRequest request, RedirectAttributes flash) {
        SignedIn person = visitors.signedIn(request).orElse(null);
        if (person == null) {
            return "redirect:/sign-in?next=/items/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        }
        if (!person.isApplicant()) {
            flash.addFlashAttribute("notice", "apply.staffCannot");
            return "redirect:/items/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        }
        try {
            JsonNode draft = gateway.post("/api/portal/v1/applications/drafts", Map.of("itemCode", code, "formData", Map.of()),
                    visitors.caller(request));
            return "redirect:/my/drafts/" + draft.path("id").asString();
        } catch (ApiProblem refused) {
            if (refused.status() == 409 && refused.property("maxDrafts") != null) {
                flash.addFlashAttribute("notice", "apply.tooManyDrafts");
                return "redirect:/my";
            }
            throw refused;
        }
    }

    @GetMapping("/my/drafts/{id}")
    String draft(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/drafts/" + id;
        }
        Caller caller = visitors.caller(request);
        JsonNode draft = gateway.get("/api/portal/v1/applications/drafts/" + id, caller);
        Object values = model.containsAttribute(TYPED) ? model.getAttribute(TYPED) : plain(draft.path("formData"));
        return page(draft, itemOf(draft, caller), values, Map.of(), caller, model);
    }

    /** Saves the form as typed; with {@code action=submit} then submits the draft (once, whatever the retries). */
    @PostMapping("/my/drafts/{id}")
    String save(@PathVariable UUID id, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                java.util.Locale locale, Model model, RedirectAttributes flash) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/drafts/" + id;
        }
        Caller caller = visitors.caller(request);
        JsonNode draft = gateway.get("/api/portal/v1/applications/drafts/" + id, caller);
        JsonNode item = itemOf(draft, caller);
        Map<String, Object> values = FormValues.of(item.path("formFields"), request.getParameterMap());
        try {
            gateway.put("/api/portal/v1/applications/drafts/" + id, Map.of("formData", values), caller);
            if (!"submit".equals(action)) {
                flash.addFlashAttribute("notice", "apply.saved");
                return "redirect:/my/drafts/" + id;
            }
            JsonNode application = gateway.post("/api/portal/v1/applications/drafts/" + id + "/submit", Map.of(),
                    Map.of("Idempotency-Key", "web-" + id), caller);
            flash.addFlashAttribute("verificationCode", application.path("verificationCode").asString(null));
            return "redirect:/my/applications/" + application.path("id").asString() + "?submitted";
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) -> errors.put(field, problemTexts.of(message, locale)));
            if (errors.isEmpty()) {
                errors.put("form", refused.getMessage());
            }
            // a refused save changed nothing: the draft and its item as read above
            return page(draft, item, values, errors, caller, model);
        }
    }

    @PostMapping("/my/drafts/{id}/materials")
    String upload(@PathVariable UUID id, @RequestParam String name, @RequestParam("file") MultipartFile file,
                  HttpServletRequest request, RedirectAttributes flash) throws IOException {
        Caller caller = visitors.caller(request);
        keepTyped(id, request, caller, flash);
        if (file.isEmpty()) {
            flash.addFlashAttribute("materialError", Map.of("name", name, "key", "apply.upload.empty"));
        } else {
            try {
                Uploads.send(gateway, "/api/portal/v1/applications/drafts/" + id + "/materials", name, file, caller);
                flash.addFlashAttribute("notice", "apply.uploaded");
            } catch (ApiProblem refused) {
                flash.addFlashAttribute("materialError", Map.of("name", name,
                        "key", Uploads.refusalKey(refused, "apply.upload.tooMany")));
            }
        }
        return "redirect:/my/drafts/" + id + "#materials";
    }

    @PostMapping("/my/drafts/{id}/certificates")
    String useCertificate(@PathVariable UUID id, @RequestParam String name, @RequestParam String certificateNumber,
                          HttpServletRequest request, RedirectAttributes flash) {
        Caller caller = visitors.caller(request);
        keepTyped(id, request, caller, flash);
        try {
            gateway.post("/api/portal/v1/applications/drafts/" + id + "/materials",
                    Map.of("name", name, "certificateNumber", certificateNumber), caller);
            flash.addFlashAttribute("notice", "apply.certificateUsed");
        } catch (ApiProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            flash.addFlashAttribute("materialError", Map.of("name", name, "key", "apply.certificate.refused"));
        }
        return "redirect:/my/drafts/" + id + "#materials";
    }

    @PostMapping("/my/drafts/{id}/materials/{materialId}/delete")
    String removeMaterial(@PathVariable UUID id, @PathVariable UUID materialId, HttpServletRequest request,
                          RedirectAttributes flash) {
        Caller caller = visitors.caller(request);
        keepTyped(id, request, caller, flash);
        gateway.delete("/api/portal/v1/applications/drafts/" + id + "/materials/" + materialId, caller);
        return "redirect:/my/drafts/" + id + "#materials";
    }

    @PostMapping("/my/drafts/{id}/delete")
    String delete(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes flash) {
        gateway.delete("/api/portal/v1/applications/drafts/" + id, visitors.caller(request));
        flash.addFlashAttribute("notice", "apply.deleted");
        return "redirect:/my";
    }

    /**
     * What was typed into the application form and sent along with a change to the materials (the
     * page's script adds it, marked {@code typed}) is saved with the draft; where the portal refuses
     * to save it as it stands, it is kept for the page that follows, which shows it as typed, and
     * the refusal is shown when the person saves or submits.
     */
    private void keepTyped(UUID id, HttpServletRequest request, Caller caller, RedirectAttributes flash) {
        if (request.getParameter(TYPED) == null) {
            return;
        }
        JsonNode draft = gateway.get("/api/portal/v1/applications/drafts/" + id, caller);
        Map<String, Object> values = FormValues.of(itemOf(draft, caller).path("formFields"), request.getParameterMap());
        try {
            gateway.put("/api/portal/v1/applications/drafts/" + id, Map.of("formData", values), caller);
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            flash.addFlashAttribute(TYPED, values);
        }
    }

    private String page(JsonNode draft, JsonNode item, Object values, Map<String, String> errors, Caller caller,
                        Model model) {
        model.addAttribute("draft", plain(draft));
        model.addAttribute("item", plain(item));
        model.addAttribute("values", values == null ? Map.of() : values);
        model.addAttribute("errors", errors);
        model.addAttribute("certificateChoices", certificateChoices(item,
                gateway.get("/api/portal/v1/certificates/mine", Map.of("size", 100), caller).path("content")));
        model.addAttribute("supplied", suppliedNames(draft));
        model.addAttribute("materials", materialsOf(item));
        return "draft";
    }

    private JsonNode itemOf(JsonNode draft, Caller caller) {
        return gateway.get("/api/portal/v1/catalog/items/"
                + UriUtils.encodePathSegment(draft.path("itemCode").asString(), StandardCharsets.UTF_8), caller);
    }

    /** For each material an e-certificate can supply: the numbers of the person's valid certificates of its type. */
    static Map<String, List<String>> certificateChoices(JsonNode item, JsonNode certificates) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        item.path("guide").path("materials").forEach(material -> {
            String type = material.path("certificateType").asString(null);
            if (type == null) {
                return;
            }
            List<String> numbers = new java.util.ArrayList<>();
            certificates.forEach(c -> {
                if (type.equals(c.path("certificateType").asString()) && "VALID".equals(c.path("status").asString())) {
                    numbers.add(c.path("number").asString());
                }
            });
            choices.put(material.path("name").asString(), numbers);
        });
        return choices;
    }

    /**
     * What the draft's materials section offers to upload: the guide's materials, then the form's
     * fields of type {@code file}, each uploaded under its label (the portal's rule).
     */
    static List<Map<String, Object>> materialsOf(JsonNode item) {
        List<Map<String, Object>> materials = new java.util.ArrayList<>();
        item.path("guide").path("materials").forEach(material -> {
            Map<String, Object> shown = new LinkedHashMap<>(plainMap(material));
            shown.put("fileField", null);
            materials.add(shown);
        });
        item.path("formFields").forEach(field -> {
            if ("file".equals(field.path("type").asString())) {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("name", field.path("label").asString());
                shown.put("necessity", field.path("required").asBoolean() ? "REQUIRED" : "OPTIONAL");
                shown.put("certificateType", null);
                shown.put("fileField", field.path("code").asString());
                materials.add(shown);
            }
        });
        return materials;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainMap(JsonNode node) {
        return (Map<String, Object>) plain(node);
    }

    /** Which of the guide's materials the draft already holds (by name), with how many. */
    private static Map<String, Integer> suppliedNames(JsonNode draft) {
        Map<String, Integer> names = new LinkedHashMap<>();
        draft.path("materials").forEach(m -> names.merge(m.path("name").asString(), 1, Integer::sum));
        return names;
    }

}

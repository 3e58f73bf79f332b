package org.onestop.web.inbox;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * My messages (消息) with what is unread marked, marked read one by one or all at once, and what became of each by
 * email; how I want to be told (email, quiet hours, language); and my e-certificates (电子证照).
 */
@Controller
class InboxPages {

    static final int PAGE_SIZE = 20;
    private static final String PREFERENCES = "/api/portal/v1/notifications/preferences";

    private final Gateway gateway;
    private final Visitors visitors;

    InboxPages(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/my/messages")
    String messages(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/messages";
        }
        var messages = gateway.get("/api/portal/v1/notifications", Map.of("page", Math.max(page, 0), "size", PAGE_SIZE),
                visitors.caller(request));
        model.addAttribute("messages", plain(messages));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", pagesOf(messages, PAGE_SIZE));
        return "messages";
    }

    @PostMapping("/my/messages/{id}/read")
    String read(@PathVariable UUID id, HttpServletRequest request) {
        gateway.post("/api/portal/v1/notifications/" + id + "/read", Map.of(), visitors.caller(request));
        return "redirect:/my/messages";
    }

    @PostMapping("/my/messages/read-all")
    String readAll(HttpServletRequest request) {
        gateway.post("/api/portal/v1/notifications/read-all", Map.of(), visitors.caller(request));
        return "redirect:/my/messages";
    }

    @GetMapping("/my/notifications")
    String preferences(HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/notifications";
        }
        JsonNode saved = gateway.get(PREFERENCES, visitors.caller(request));
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("email", "phone", "quietFrom", "quietUntil", "language")) {
            form.put(field, saved.path(field).isNull() || saved.path(field).isMissingNode() ? "" : saved.path(field).asString());
        }
        form.put("emailEnabled", String.valueOf(saved.path("emailEnabled").asBoolean()));
        form.put("smsEnabled", String.valueOf(saved.path("smsEnabled").asBoolean()));
        return preferencesPage(model, form, Map.of(), saved.path("emailAvailable").asBoolean(),
                saved.path("smsAvailable").asBoolean());
    }

    /** Saves how the person wants to be told; what the portal refuses is shown at its box, everything typed kept. */
    @PostMapping("/my/notifications")
    String changePreferences(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) String emailEnabled,
                             @RequestParam(defaultValue = "") String phone, @RequestParam(required = false) String smsEnabled,
                             @RequestParam(defaultValue = "") String quietFrom, @RequestParam(defaultValue = "") String quietUntil,
                             @RequestParam(defaultValue = "zh-CN") String language, HttpServletRequest request, Model model,
                             RedirectAttributes flash) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/notifications";
        }
        Map<String, Object> body = new HashMap<>();
        body.put("email", email.isBlank() ? null : email.strip());
        body.put("emailEnabled", emailEnabled != null);
        body.put("phone", phone.isBlank() ? null : phone.strip());
        body.put("smsEnabled", smsEnabled != null);
        body.put("quietFrom", quietFrom.isBlank() ? null : quietFrom);
        body.put("quietUntil", quietUntil.isBlank() ? null : quietUntil);
        body.put("language", language);
        try {
            gateway.put(PREFERENCES, body, visitors.caller(request));
            flash.addFlashAttribute("notice", "notify.saved");
            return "redirect:/my/notifications";
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().keySet().forEach(field -> errors.put(field, "notify.invalid." + field));
            Map<String, String> form = new LinkedHashMap<>(Map.of("email", email, "phone", phone, "quietFrom", quietFrom,
                    "quietUntil", quietUntil, "language", language, "emailEnabled", String.valueOf(emailEnabled != null),
                    "smsEnabled", String.valueOf(smsEnabled != null)));
            return preferencesPage(model, form, errors, true, true);
        }
    }

    private static String preferencesPage(Model model, Map<String, String> form, Map<String, String> errors,
                                          boolean emailAvailable, boolean smsAvailable) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("emailAvailable", emailAvailable);
        model.addAttribute("smsAvailable", smsAvailable);
        return "notification-settings";
    }

    @GetMapping("/my/certificates")
    String certificates(HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/certificates";
        }
        model.addAttribute("certificates", plain(gateway.get("/api/portal/v1/certificates/mine", Map.of("size", 100),
                visitors.caller(request)).path("content")));
        return "certificates";
    }
}

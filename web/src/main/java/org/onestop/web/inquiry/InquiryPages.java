package org.onestop.web.inquiry;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.apply.ProblemTexts;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;

/**
 * My consultations and complaints (咨询, 投诉): asking the department of an item (from its guide) or a department,
 * the threads with their reply deadlines, and following one up. What was typed is kept when the portal refuses it.
 */
@Controller
class InquiryPages {

    static final Set<String> KINDS = Set.of("CONSULTATION", "COMPLAINT");
    private static final int PAGE_SIZE = 20;
    private static final String INQUIRIES = "/api/portal/v1/inquiries";

    private final Gateway gateway;
    private final Visitors visitors;
    private final ProblemTexts texts;

    InquiryPages(Gateway gateway, Visitors visitors, ProblemTexts texts) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.texts = texts;
    }

    @GetMapping("/my/inquiries")
    String mine(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/inquiries";
        }
        int shown = Math.max(page, 0);
        JsonNode threads = gateway.get(INQUIRIES, Map.of("page", shown, "size", PAGE_SIZE), visitors.caller(request));
        model.addAttribute("threads", plain(threads.path("content")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(threads, PAGE_SIZE));
        return "inquiries";
    }

    @GetMapping("/my/inquiries/new")
    String form(@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "CONSULTATION") String kind,
                HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/inquiries/new?item=" + item + "%26kind=" + kind;
        }
        model.addAttribute("typed", Map.of("itemCode", item.strip(), "kind", KINDS.contains(kind) ? kind : "CONSULTATION",
                "subject", "", "text", ""));
        model.addAttribute("errors", Map.of());
        return "inquiry-new";
    }

    @PostMapping("/my/inquiries")
    String ask(@RequestParam(defaultValue = "") String itemCode, @RequestParam(defaultValue = "CONSULTATION") String kind,
               @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String text,
               HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/inquiries";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", KINDS.contains(kind) ? kind : "CONSULTATION");
        body.put("itemCode", itemCode.isBlank() ? null : itemCode.strip());
        body.put("subject", subject.strip());
        body.put("text", text.strip());
        try {
            JsonNode thread = gateway.post(INQUIRIES, body, visitors.caller(request));
            return "redirect:/my/inquiries/" + thread.path("id").asString() + "?asked";
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.fieldErrors().isEmpty()) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) ->
                    errors.put(field, texts.of(message, RequestContextUtils.getLocale(request))));
            model.addAttribute("typed", Map.of("itemCode", itemCode, "kind", body.get("kind"), "subject", subject,
                    "text", text));
            model.addAttribute("errors", errors);
            return "inquiry-new";
        }
    }

    @GetMapping("/my/inquiries/{id}")
    String thread(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/inquiries/" + id;
        }
        model.addAttribute("thread", plain(gateway.get(INQUIRIES + "/" + id, visitors.caller(request))));
        return "inquiry";
    }

    @PostMapping("/my/inquiries/{id}/follow-ups")
    String followUp(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, HttpServletRequest request,
                    RedirectAttributes flash) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/inquiries/" + id;
        }
        if (text.isBlank()) {
            flash.addFlashAttribute("threadError", "inquiry.followUp.empty");
            return "redirect:/my/inquiries/" + id;
        }
        try {
            gateway.post(INQUIRIES + "/" + id + "/follow-ups", Map.of("text", text.strip()), visitors.caller(request));
            flash.addFlashAttribute("notice", "inquiry.followUp.sent");
        } catch (ApiProblem refused) {
            if (refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            flash.addFlashAttribute("threadError", refused.status() == 409 ? "inquiry.closed" : "inquiry.followUp.empty");
        }
        return "redirect:/my/inquiries/" + id;
    }
}

package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The department's consultations and complaints on the workbench: the open threads, most urgent deadline first,
 * overdue ones marked; a thread with its messages, a reply (several allowed) and closing it.
 */
@Controller
class InquiryDesk {

    private static final List<String> KINDS = List.of("CONSULTATION", "COMPLAINT");
    private static final List<String> STATUSES = List.of("AWAITING_REPLY", "REPLIED", "CLOSED");
    private static final int SIZE = 20;
    private static final String STAFF_INQUIRIES = "/api/portal/v1/staff/inquiries";

    private final Gateway gateway;
    private final Visitors visitors;

    InquiryDesk(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/work/inquiries")
    String queue(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String status,
                 @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                 HttpServletRequest request, Model model) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/inquiries";
        }
        int shown = Math.max(page, 0);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("kind", KINDS.contains(kind) ? kind : null);
        query.put("status", STATUSES.contains(status) ? status : null);
        query.put("overdue", overdue ? "true" : null);
        query.put("page", shown);
        query.put("size", SIZE);
        var threads = gateway.get(STAFF_INQUIRIES, query, visitors.caller(request));
        model.addAttribute("threads", plain(threads.path("content")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(threads, SIZE));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("kind", KINDS.contains(kind) ? kind : "");
        model.addAttribute("status", STATUSES.contains(status) ? status : "");
        model.addAttribute("overdue", overdue);
        return "work/inquiries";
    }

    @GetMapping("/work/inquiries/{id}")
    String thread(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/inquiries/" + id;
        }
        model.addAttribute("thread", plain(gateway.get(STAFF_INQUIRIES + "/" + id, visitors.caller(request))));
        return "work/inquiry";
    }

    @PostMapping("/work/inquiries/{id}/replies")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, HttpServletRequest request,
                 RedirectAttributes flash) {
        return act(id, "replies", Map.of("text", text.strip()), text.isBlank(), "work.inquiry.replied", request, flash);
    }

    @PostMapping("/work/inquiries/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
                 RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", note.isBlank() ? null : note.strip());
        return act(id, "close", body, false, "work.inquiry.closed", request, flash);
    }

    private String act(UUID id, String step, Map<String, ?> body, boolean empty, String done, HttpServletRequest request,
                       RedirectAttributes flash) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/inquiries/" + id;
        }
        if (empty) {
            flash.addFlashAttribute("threadError", "inquiry.followUp.empty");
            return "redirect:/work/inquiries/" + id;
        }
        try {
            gateway.post(STAFF_INQUIRIES + "/" + id + "/" + step, body, visitors.caller(request));
            flash.addFlashAttribute("notice", done);
        } catch (ApiProblem refused) {
            if (refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            flash.addFlashAttribute("threadError", refused.status() == 409 ? "inquiry.closed" : "inquiry.followUp.empty");
        }
        return "redirect:/work/inquiries/" + id;
    }
}

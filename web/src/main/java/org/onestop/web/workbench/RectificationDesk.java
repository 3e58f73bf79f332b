package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rectification of bad reviews (差评整改) on the workbench: the department's records by deadline, overdue ones
 * marked; a record with the review behind it and the one step its status allows: verify whether the review is
 * substantiated (OPEN), record the rectification or the explanation (VERIFIED), and, for supervisors, answer the
 * reviewer's appeal (APPEALED).
 */
@Controller
class RectificationDesk {

    private static final List<String> STATUSES = List.of("OPEN", "VERIFIED", "COMPLETED", "APPEALED", "CLOSED");
    private static final Set<String> OUTCOMES = Set.of("RECTIFIED", "EXPLAINED");
    private static final Set<String> DECISIONS = Set.of("UPHELD", "DISMISSED");
    private static final int SIZE = 20;
    private static final String RECTIFICATIONS = "/api/portal/v1/staff/rectifications";

    private final Gateway gateway;
    private final Visitors visitors;

    RectificationDesk(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/work/rectifications")
    String queue(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/rectifications";
        }
        int shown = Math.max(page, 0);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", STATUSES.contains(status) ? status : null);
        query.put("overdue", overdue ? "true" : null);
        query.put("page", shown);
        query.put("size", SIZE);
        var records = gateway.get(RECTIFICATIONS, query, visitors.caller(request));
        model.addAttribute("records", plain(records.path("content")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(records, SIZE));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", STATUSES.contains(status) ? status : "");
        model.addAttribute("overdue", overdue);
        return "work/rectifications";
    }

    @GetMapping("/work/rectifications/{id}")
    String record(@PathVariable UUID id, HttpServletRequest request, Model model) {
        SignedIn staff = visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").orElse(null);
        if (staff == null) {
            return "redirect:/sign-in?next=/work/rectifications/" + id;
        }
        model.addAttribute("record", plain(gateway.get(RECTIFICATIONS + "/" + id, visitors.caller(request))));
        model.addAttribute("supervisor", staff.hasRole("SUPERVISOR"));
        return "work/rectification";
    }

    @PostMapping("/work/rectifications/{id}/verification")
    String verify(@PathVariable UUID id, @RequestParam(defaultValue = "") String substantiated,
                  @RequestParam(defaultValue = "") String note, HttpServletRequest request, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("substantiated", "true".equals(substantiated) ? Boolean.TRUE : "false".equals(substantiated) ? Boolean.FALSE : null);
        body.put("note", note.isBlank() ? null : note.strip());
        return step(id, "verification", body, "work.rectification.verified", request, flash);
    }

    @PostMapping("/work/rectifications/{id}/completion")
    String complete(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
                    @RequestParam(defaultValue = "") String text, HttpServletRequest request, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", OUTCOMES.contains(outcome) ? outcome : null);
        body.put("text", text.strip());
        return step(id, "completion", body, "work.rectification.completed", request, flash);
    }

    @PostMapping("/work/rectifications/{id}/appeal-answer")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String answer, HttpServletRequest request, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", DECISIONS.contains(decision) ? decision : null);
        body.put("answer", answer.strip());
        return step(id, "appeal-answer", body, "work.rectification.answered", request, flash);
    }

    private String step(UUID id, String step, Map<String, Object> body, String done, HttpServletRequest request,
                        RedirectAttributes flash) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/rectifications/" + id;
        }
        try {
            gateway.post(RECTIFICATIONS + "/" + id + "/" + step, body, visitors.caller(request));
            flash.addFlashAttribute("notice", done);
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            flash.addFlashAttribute("stepError", refused.status() == 409 ? "work.refused.state"
                    : refused.status() == 403 ? "work.refused.role" : "work.rectification.incomplete");
        }
        return "redirect:/work/rectifications/" + id;
    }
}

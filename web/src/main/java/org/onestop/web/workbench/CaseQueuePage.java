package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The department's case queue (办件队列): filtered by state, item, overdue and early warning, each case with its due date and its
 * early-warning or overdue mark, newest first, twenty a page. The processing service keeps each staff member to
 * their own department.
 */
@Controller
class CaseQueuePage {

    static final List<String> STATES = List.of("SUBMITTED", "ACCEPTED", "CORRECTION_REQUESTED", "UNDER_REVIEW",
            "SUSPENDED", "CONCLUDED", "DELIVERED", "NOT_ACCEPTED", "WITHDRAWN");
    private static final int SIZE = 20;

    private final Gateway gateway;
    private final Visitors visitors;

    CaseQueuePage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/work")
    String workbench() {
        return "redirect:/work/cases";
    }

    @GetMapping("/work/cases")
    String queue(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String item,
                 @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean warning,
                 @RequestParam(defaultValue = "0") int page,
                 HttpServletRequest request, Model model) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/cases";
        }
        String chosen = STATES.contains(state) ? state : "";
        int shown = Math.max(page, 0);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("state", chosen);
        query.put("itemCode", item.strip());
        query.put("overdue", overdue ? "true" : null);
        query.put("earlyWarning", warning ? "true" : null);
        query.put("page", shown);
        query.put("size", SIZE);
        JsonNode cases = gateway.get("/api/processing/v1/cases", query, visitors.caller(request));
        model.addAttribute("cases", plain(cases.path("content")));
        model.addAttribute("total", cases.path("totalElements").asLong());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(cases, SIZE));
        model.addAttribute("states", STATES);
        model.addAttribute("state", chosen);
        model.addAttribute("item", item.strip());
        model.addAttribute("overdue", overdue);
        model.addAttribute("warning", warning);
        return "work/cases";
    }
}

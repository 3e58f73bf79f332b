package org.onestop.web.inbox;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** My messages (消息) with what is unread marked and marked read one by one or all at once, and my e-certificates (电子证照). */
@Controller
class InboxPages {

    static final int PAGE_SIZE = 20;

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

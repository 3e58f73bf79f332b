package org.onestop.web.space;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.onestop.web.api.Caller;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** My space (我的空间): my applications with their timeline and my unread messages. Visitors are sent to sign in. */
@Controller
class MySpacePage {

    private final Gateway gateway;
    private final Visitors visitors;

    MySpacePage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/my")
    String mySpace(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        SignedIn person = visitors.signedIn(request).orElse(null);
        if (person == null) {
            return "redirect:/sign-in?next=/my";
        }
        if (!person.isApplicant()) {
            return "my-staff";
        }
        Caller caller = visitors.caller(request);
        var applications = gateway.get("/api/portal/v1/applications", Map.of("page", Math.max(page, 0), "size", 10),
                caller);
        model.addAttribute("applications", plain(applications));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (applications.path("totalElements").asLong() + 9) / 10);
        model.addAttribute("unread", plain(gateway.get("/api/portal/v1/notifications/unread-count", caller)));
        model.addAttribute("drafts", plain(gateway.get("/api/portal/v1/applications/drafts", Map.of("size", 20), caller)
                .path("content")));
        return "my";
    }

    @GetMapping("/my/applications/{id}")
    String application(@PathVariable java.util.UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/applications/" + id;
        }
        model.addAttribute("myApplication", plain(gateway.get("/api/portal/v1/applications/" + id, visitors.caller(request))));
        return "application";
    }
}

package org.onestop.web.progress;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.onestop.web.api.ApiProblem;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The anonymous progress inquiry (办件进度查询) by tracking number and verification code. */
@Controller
class ProgressPage {

    private final Gateway gateway;
    private final Visitors visitors;

    ProgressPage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/progress")
    String progress(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String code,
                    HttpServletRequest request, Model model) {
        model.addAttribute("trackingNumber", trackingNumber == null ? "" : trackingNumber.strip());
        if (trackingNumber == null || trackingNumber.isBlank() || code == null || code.isBlank()) {
            return "progress";
        }
        try {
            model.addAttribute("progress", plain(gateway.get("/api/portal/v1/progress",
                    Map.of("trackingNumber", trackingNumber.strip(), "code", code.strip()), visitors.caller(request))));
        } catch (ApiProblem refused) {
            model.addAttribute("refusal", refused.status() == 429 ? "progress.tooMany" : "progress.notFound");
        }
        return "progress";
    }
}

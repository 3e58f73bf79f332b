package org.onestop.web.space;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * My space (我的空间): my drafts, my applications with their timeline and what I may do on each
 * (answer a correction request, withdraw, rate once concluded), my unread messages. Visitors are
 * sent to sign in.
 */
@Controller
class MySpacePage {

    private static final Set<String> RUNNING = Set.of("SUBMITTED", "ACCEPTED", "CORRECTION_REQUESTED", "UNDER_REVIEW",
            "SUSPENDED");
    private static final Set<String> CONCLUDED = Set.of("CONCLUDED", "DELIVERED");

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
        if (person.passwordChangeRequired()) {
            return "redirect:/my/password?required";
        }
        if (!person.isApplicant()) {
            return "my-staff";
        }
        Caller caller = visitors.caller(request);
        var applications = gateway.get("/api/portal/v1/applications", Map.of("page", Math.max(page, 0), "size", 10),
                caller);
        model.addAttribute("applications", plain(applications));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", pagesOf(applications, 10));
        model.addAttribute("unread", plain(gateway.get("/api/portal/v1/notifications/unread-count", caller)));
        model.addAttribute("drafts", plain(gateway.get("/api/portal/v1/applications/drafts", Map.of("size", 20), caller)
                .path("content")));
        return "my";
    }

    @GetMapping("/my/applications/{id}")
    String application(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/applications/" + id;
        }
        Caller caller = visitors.caller(request);
        JsonNode application = gateway.get("/api/portal/v1/applications/" + id, caller);
        String status = application.path("status").asString();
        boolean concluded = CONCLUDED.contains(status);
        model.addAttribute("myApplication", plain(application));
        model.addAttribute("missingItems", plain(latestMissingItems(application)));
        model.addAttribute("pending", plain(pendingMaterials(application)));
        model.addAttribute("withdrawable", RUNNING.contains(status) && !application.path("withdrawalRequested").asBoolean());
        model.addAttribute("evaluable", concluded);
        model.addAttribute("evaluation", concluded ? plain(evaluationOf(id, caller)) : null);
        return "application";
    }

    /** What the latest correction request asked for (the timeline step that lists it). */
    private static JsonNode latestMissingItems(JsonNode application) {
        JsonNode latest = null;
        for (JsonNode step : application.path("timeline")) {
            if (step.path("missingItems").isArray() && !step.path("missingItems").isEmpty()) {
                latest = step.path("missingItems");
            }
        }
        return latest;
    }

    /** Files uploaded for the open correction request and not yet sent with an answer. */
    private static JsonNode pendingMaterials(JsonNode application) {
        var pending = JsonNodeFactory.instance.arrayNode();
        application.path("materials").forEach(m -> {
            if (m.path("submittedIn").isNull() || m.path("submittedIn").isMissingNode()) {
                pending.add(m);
            }
        });
        return pending;
    }

    /** The person's own evaluation of this application, if they gave one. */
    private JsonNode evaluationOf(UUID id, Caller caller) {
        for (JsonNode evaluation : gateway.get("/api/portal/v1/evaluations", Map.of("size", 100), caller).path("content")) {
            if (id.toString().equals(evaluation.path("applicationId").asString())) {
                return evaluation;
            }
        }
        return null;
    }
}

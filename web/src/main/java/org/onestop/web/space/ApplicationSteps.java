package org.onestop.web.space;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.apply.Uploads;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an applicant does on a running case: hand in what a correction request (补正) asks for and
 * answer it, withdraw the application, and rate it (好差评) once it is concluded.
 */
@Controller
class ApplicationSteps {

    static final Set<String> LEVELS = Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED",
            "VERY_DISSATISFIED");
    static final String[] DIMENSIONS = {"overall", "efficiency", "guideAccuracy", "convenience", "usability"};

    private final Gateway gateway;
    private final Visitors visitors;

    ApplicationSteps(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @PostMapping("/my/applications/{id}/materials")
    String upload(@PathVariable UUID id, @RequestParam String name, @RequestParam("file") MultipartFile file,
                  HttpServletRequest request, RedirectAttributes flash) throws IOException {
        if (file.isEmpty() || name.isBlank()) {
            flash.addFlashAttribute("stepError", "correction.incomplete");
            return back(id, "correction");
        }
        try {
            Uploads.send(gateway, "/api/portal/v1/applications/" + id + "/materials", name.strip(), file,
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "apply.uploaded");
        } catch (ApiProblem refused) {
            flash.addFlashAttribute("stepError", Uploads.refusalKey(refused, "correction.closed"));
        }
        return back(id, "correction");
    }

    @PostMapping("/my/applications/{id}/correction")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
                  RedirectAttributes flash) {
        try {
            gateway.post("/api/portal/v1/applications/" + id + "/correction",
                    Map.of("note", note.isBlank() ? "已按要求补正" : note.strip(), "materials", java.util.List.of()),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "correction.sent");
        } catch (ApiProblem refused) {
            flash.addFlashAttribute("stepError", refused.status() == 409 ? "correction.closed" : "correction.refused");
        }
        return back(id, "correction");
    }

    @PostMapping("/my/applications/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                    RedirectAttributes flash) {
        if (reason.isBlank()) {
            flash.addFlashAttribute("stepError", "withdraw.reasonMissing");
            return back(id, "withdraw");
        }
        try {
            gateway.post("/api/portal/v1/applications/" + id + "/withdrawal", Map.of("reason", reason.strip()),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "withdraw.sent");
        } catch (ApiProblem refused) {
            flash.addFlashAttribute("stepError", "withdraw.refused");
        }
        return back(id, "withdraw");
    }

    @PostMapping("/my/applications/{id}/evaluation")
    String evaluate(@PathVariable UUID id, @RequestParam(defaultValue = "") String level,
                    @RequestParam(defaultValue = "") String comment, HttpServletRequest request, RedirectAttributes flash) {
        if (!LEVELS.contains(level)) {
            flash.addFlashAttribute("stepError", "evaluation.levelMissing");
            return back(id, "evaluation");
        }
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            String given = request.getParameter("d." + dimension);
            if (given != null && given.matches("[1-5]")) {
                dimensions.put(dimension, Integer.parseInt(given));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", id.toString());
        body.put("level", level);
        body.put("dimensions", dimensions);
        if (!comment.isBlank()) {
            body.put("comment", comment.strip());
        }
        try {
            gateway.post("/api/portal/v1/evaluations", body, visitors.caller(request));
            flash.addFlashAttribute("notice", "evaluation.sent");
        } catch (ApiProblem refused) {
            flash.addFlashAttribute("stepError", refused.status() == 409 ? "evaluation.notNow" : "evaluation.refused");
        }
        return back(id, "evaluation");
    }

    private static String back(UUID id, String section) {
        return "redirect:/my/applications/" + id + "#" + section;
    }
}

package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.api.Gateway.Download;
import org.onestop.web.session.Visitors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * One case as its handlers see it (办件详情): the applicant and item, the legal clock with its due date and marks,
 * every material with its verification and a preview (images shown, PDFs opened in the browser), the history, and a
 * form for each action the processing service says this person may take now ({@code yourActions}): accept, not
 * accept, request a correction naming everything missing, review, suspend, resume, conclude, deliver, claim. A
 * refusal is shown on the page; the case's version goes with every action, so one made on a stale page is refused.
 */
@Controller
class CasePage {

    static final Set<String> ACTIONS = Set.of("accept", "not-accept", "request-correction", "review", "suspend",
            "resume", "conclude", "deliver", "claim");
    private static final Set<String> OUTCOMES = Set.of("APPROVED", "DENIED");
    private static final Set<String> DELIVERIES = Set.of("ONLINE", "POST", "HALL");
    private static final Set<String> PREVIEWED = Set.of("image/png", "image/jpeg", "application/pdf");
    private static final String CASES = "/api/processing/v1/cases/";

    private final Gateway gateway;
    private final Visitors visitors;

    CasePage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/work/cases/{id}")
    String show(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/cases/" + id;
        }
        var caller = visitors.caller(request);
        JsonNode shown = gateway.get(CASES + id, caller);
        model.addAttribute("handled", plain(shown));
        model.addAttribute("history", plain(gateway.get(CASES + id + "/history", Map.of("size", 100), caller)
                .path("content")));
        model.addAttribute("actions", plain(shown.path("yourActions")));
        return "work/case";
    }

    @PostMapping("/work/cases/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
               HttpServletRequest request, RedirectAttributes flash) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return "redirect:/sign-in?next=/work/cases/" + id;
        }
        if (!ACTIONS.contains(action)) {
            throw new ApiProblem(404, "No such action", null, Map.of(), Map.of());
        }
        try {
            gateway.post(CASES + id + "/" + action, bodyOf(action, form), preconditionOf(form),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "work.done." + action);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            flash.addFlashAttribute("actionError", Map.of("action", action, "key", refusalKey(refused),
                    "detail", refused.getMessage()));
        }
        return "redirect:/work/cases/" + id;
    }

    /** A material of the case, for its handlers' eyes: shown in the browser (images, PDFs), else downloaded. */
    @GetMapping("/work/materials/{fileId}")
    ResponseEntity<byte[]> material(@PathVariable UUID fileId, HttpServletRequest request) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/sign-in").build();
        }
        Download file = gateway.download("/api/portal/v1/materials/" + fileId, visitors.caller(request));
        MediaType type = MediaType.parseMediaType(file.contentType());
        boolean inline = PREVIEWED.contains(type.getType() + "/" + type.getSubtype());
        return ResponseEntity.ok()
                .contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(fileId.toString()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    /** The first page of a PDF material as a picture (PdfPreview); 404 where it has none. */
    @GetMapping("/work/materials/{fileId}/preview")
    ResponseEntity<byte[]> preview(@PathVariable UUID fileId, HttpServletRequest request) {
        if (visitors.signedInAs(request, Workbench.STAFF_ONLY, "STAFF").isEmpty()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/sign-in").build();
        }
        Download file = gateway.download("/api/portal/v1/materials/" + fileId, visitors.caller(request));
        return (MediaType.APPLICATION_PDF.isCompatibleWith(MediaType.parseMediaType(file.contentType()))
                ? PdfPreview.firstPage(file.content()) : java.util.Optional.<byte[]>empty())
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The case's version the page showed, as the action's If-Match (none when the form lost it). */
    static Map<String, String> preconditionOf(MultiValueMap<String, String> form) {
        return Workbench.precondition(form.getFirst("expectedVersion"));
    }

    /** The body of an action from the form's fields: only those the action takes. */
    static Map<String, Object> bodyOf(String action, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String text = form.getFirst("text") == null ? "" : form.getFirst("text").strip();
        switch (action) {
            case "not-accept", "suspend" -> body.put("reason", text);
            case "request-correction" -> {
                body.put("missingItems", lines(form.getFirst("missingItems")));
                body.put("opinion", text);
            }
            case "conclude" -> {
                body.put("outcome", OUTCOMES.contains(form.getFirst("outcome")) ? form.getFirst("outcome") : null);
                body.put("reasons", text);
            }
            case "deliver" -> {
                body.put("method", DELIVERIES.contains(form.getFirst("method")) ? form.getFirst("method") : null);
                body.put("note", text);
            }
            default -> body.put("opinion", text);
        }
        return body;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** What to tell of a refusal, in the page's language where the kind is known. */
    private static String refusalKey(ApiProblem refused) {
        if (refused.status() == 409 && refused.property("version") != null) {
            return "work.refused.stale";
        }
        if (refused.status() == 409) {
            return "work.refused.state";
        }
        if (refused.status() == 403) {
            return "work.refused.role";
        }
        return refused.fieldErrors().isEmpty() ? "work.refused.other" : "work.refused.fields";
    }
}

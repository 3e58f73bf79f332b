package org.onestop.web.workbench;

import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.apply.ProblemTexts;
import org.onestop.web.session.SignedIn;
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
 * Public disclosure (政务公开) on the workbench: editors write news, notices, policies and interpretations and send
 * them for review; a reviewer, another person, approves (published at once) or rejects them, and withdraws a
 * published one with a reason. What was typed is kept when the management service refuses it.
 */
@Controller
class ArticleDesk {

    static final List<String> COLUMNS = List.of("NEWS", "NOTICES", "POLICIES", "INTERPRETATION");
    private static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "WITHDRAWN");
    private static final List<String> STEPS = List.of("submit", "approve", "reject", "withdraw");
    private static final String ARTICLES = "/api/management/v1/articles";

    private final Gateway gateway;
    private final Visitors visitors;
    private final ProblemTexts texts;

    ArticleDesk(Gateway gateway, Visitors visitors, ProblemTexts texts) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.texts = texts;
    }

    @GetMapping("/work/articles")
    String list(@RequestParam(defaultValue = "") String column, @RequestParam(defaultValue = "") String status,
                HttpServletRequest request, Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/articles";
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("column", COLUMNS.contains(column) ? column : null);
        query.put("status", STATUSES.contains(status) ? status : null);
        query.put("size", 50);
        JsonNode articles = gateway.get(ARTICLES, query, visitors.caller(request));
        model.addAttribute("articles", plain(articles.path("content").isMissingNode() ? articles : articles.path("content")));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("column", COLUMNS.contains(column) ? column : "");
        model.addAttribute("status", STATUSES.contains(status) ? status : "");
        return "work/articles";
    }

    @GetMapping("/work/articles/new")
    String blank(HttpServletRequest request, Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/articles/new";
        }
        model.addAttribute("typed", Map.of("column", "NEWS", "title", "", "summary", "", "body", ""));
        model.addAttribute("errors", Map.of());
        model.addAttribute("columns", COLUMNS);
        return "work/article-edit";
    }

    @PostMapping("/work/articles")
    String create(@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
        return save(null, form, request, model);
    }

    @GetMapping("/work/articles/{id}")
    String show(@PathVariable UUID id, HttpServletRequest request, Model model) {
        SignedIn person = editorOrReviewer(request);
        if (person == null) {
            return "redirect:/sign-in?next=/work/articles/" + id;
        }
        JsonNode article = gateway.get(ARTICLES + "/" + id, visitors.caller(request));
        model.addAttribute("article", plain(article));
        model.addAttribute("editor", person.hasRole("EDITOR") || person.hasRole("ADMIN"));
        model.addAttribute("reviewer", person.hasRole("REVIEWER") || person.hasRole("ADMIN"));
        model.addAttribute("typed", Map.of("column", article.path("column").asString(), "title",
                article.path("title").asString(), "summary", article.path("summary").asString(""),
                "body", article.path("body").asString("")));
        model.addAttribute("errors", Map.of());
        model.addAttribute("columns", COLUMNS);
        return "work/article";
    }

    @PostMapping("/work/articles/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, HttpServletRequest request,
                  Model model) {
        return save(id, form, request, model);
    }

    @PostMapping("/work/articles/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String expectedRevision, HttpServletRequest request,
                RedirectAttributes flash) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/articles/" + id;
        }
        if (!STEPS.contains(step)) {
            throw new ApiProblem(404, "No such step", null, Map.of(), Map.of());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.isBlank() ? null : reason.strip());
        try {
            gateway.post(ARTICLES + "/" + id + "/" + step, body, Workbench.precondition(expectedRevision),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "work.article.done." + step);
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            flash.addFlashAttribute("stepError", refused.status() == 409 ? "work.refused.state"
                    : refused.status() == 403 ? "work.article.refused.role" : "work.rectification.incomplete");
        }
        return "redirect:/work/articles/" + id;
    }

    private String save(UUID id, Map<String, String> form, HttpServletRequest request, Model model) {
        if (editorOrReviewer(request) == null) {
            return "redirect:/sign-in?next=/work/articles";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        String column = COLUMNS.contains(form.get("column")) ? form.get("column") : null;
        body.put("column", column);
        body.put("title", form.getOrDefault("title", "").strip());
        body.put("summary", form.getOrDefault("summary", "").strip());
        body.put("body", form.getOrDefault("body", ""));
        String revision = form.getOrDefault("expectedRevision", "");
        try {
            JsonNode saved = id == null ? gateway.post(ARTICLES, body, visitors.caller(request))
                    : gateway.put(ARTICLES + "/" + id, body, Workbench.precondition(revision), visitors.caller(request));
            return "redirect:/work/articles/" + saved.path("id").asString() + "?saved";
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 404 || (refused.fieldErrors().isEmpty()
                    && refused.status() != 409)) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) ->
                    errors.put(field, texts.of(message, RequestContextUtils.getLocale(request))));
            if (refused.status() == 409) {
                errors.put("form", refused.getMessage());
            }
            model.addAttribute("typed", Map.of("column", column == null ? "NEWS" : column, "title",
                    form.getOrDefault("title", ""), "summary", form.getOrDefault("summary", ""),
                    "body", form.getOrDefault("body", "")));
            model.addAttribute("errors", errors);
            model.addAttribute("columns", COLUMNS);
            model.addAttribute("editing", id);
            model.addAttribute("revision", revision);
            return "work/article-edit";
        }
    }

    /** An editor or a reviewer (or an administrator) of the website's content; anyone else is told it is not for them. */
    private SignedIn editorOrReviewer(HttpServletRequest request) {
        return visitors.signedInAs(request, "Content is kept by editors and reviewers", "EDITOR", "REVIEWER", "ADMIN")
                .orElse(null);
    }
}

package org.onestop.web.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public content (政务公开): news, notices, policies and interpretations. */
@Controller
class ContentPage {

    static final Set<String> COLUMNS = Set.of("NEWS", "NOTICES", "POLICIES", "INTERPRETATION");

    private final Gateway gateway;
    private final Visitors visitors;

    ContentPage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/news")
    String list(@RequestParam(required = false) String column, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        String chosen = column != null && COLUMNS.contains(column) ? column : null;
        var articles = gateway.get("/api/portal/v1/content/articles",
                Map.of("column", chosen == null ? "" : chosen, "page", Math.max(page, 0), "size", 10),
                visitors.caller(request));
        model.addAttribute("column", chosen);
        model.addAttribute("articles", plain(articles));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", pagesOf(articles, 10));
        return "news";
    }

    @GetMapping("/news/{id}")
    String article(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("article", plain(gateway.get("/api/portal/v1/content/articles/"
                + org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8), visitors.caller(request))));
        return "article";
    }
}

package org.onestop.web.home;

import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.api.SideBySide;
import org.onestop.web.catalog.DepartmentNames;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * The home page: the search box, topics for people and for enterprises, departments, the most-used services (the most
 * applied for over the last 30 days), news and notices,
 * read from the portal side by side.
 */
@Controller
class HomePage {

    private static final String FACETS = "/api/portal/v1/catalog/facets";
    private static final String ARTICLES = "/api/portal/v1/content/articles";

    private final Gateway gateway;
    private final SideBySide sideBySide;
    private final Visitors visitors;
    private final DepartmentNames departmentNames;

    HomePage(Gateway gateway, SideBySide sideBySide, Visitors visitors, DepartmentNames departmentNames) {
        this.gateway = gateway;
        this.sideBySide = sideBySide;
        this.visitors = visitors;
        this.departmentNames = departmentNames;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Caller caller = visitors.caller(request);
        Map<String, JsonNode> read = sideBySide.all(Map.of(
                "personTopics", () -> gateway.get(FACETS, Map.of("serviceObject", "NATURAL_PERSON"), caller),
                "enterpriseTopics", () -> gateway.get(FACETS, Map.of("serviceObject", "LEGAL_PERSON"), caller),
                "all", () -> gateway.get(FACETS, caller),
                "services", () -> gateway.get("/api/portal/v1/catalog/items", Map.of("sort", "popular", "size", 8), caller),
                "news", () -> gateway.get(ARTICLES, Map.of("column", "NEWS", "size", 5), caller),
                "notices", () -> gateway.get(ARTICLES, Map.of("column", "NOTICES", "size", 5), caller)));
        model.addAttribute("personTopics", plain(read.get("personTopics").path("facets").path("topic")));
        model.addAttribute("enterpriseTopics", plain(read.get("enterpriseTopics").path("facets").path("topic")));
        model.addAttribute("departments", plain(read.get("all").path("facets").path("department")));
        model.addAttribute("total", read.get("all").path("total").asLong());
        model.addAttribute("services", plain(read.get("services").path("content")));
        model.addAttribute("news", plain(read.get("news").path("content")));
        model.addAttribute("notices", plain(read.get("notices").path("content")));
        model.addAttribute("departmentNames", departmentNames.of(caller));
        return "home";
    }
}

package org.onestop.web.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.onestop.web.api.Caller;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.catalog.DepartmentNames;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the search box, topics for people and for enterprises, departments, services, news and notices. */
@Controller
class HomePage {

    private final Gateway gateway;
    private final Visitors visitors;
    private final DepartmentNames departmentNames;

    HomePage(Gateway gateway, Visitors visitors, DepartmentNames departmentNames) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.departmentNames = departmentNames;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Caller caller = visitors.caller(request);
        model.addAttribute("personTopics", plain(gateway.get("/api/portal/v1/catalog/facets",
                Map.of("serviceObject", "NATURAL_PERSON"), caller).path("facets").path("topic")));
        model.addAttribute("enterpriseTopics", plain(gateway.get("/api/portal/v1/catalog/facets",
                Map.of("serviceObject", "LEGAL_PERSON"), caller).path("facets").path("topic")));
        var all = gateway.get("/api/portal/v1/catalog/facets", caller);
        model.addAttribute("departments", plain(all.path("facets").path("department")));
        model.addAttribute("total", all.path("total").asLong());
        model.addAttribute("services", plain(gateway.get("/api/portal/v1/catalog/items", Map.of("size", 8), caller)
                .path("content")));
        model.addAttribute("news", plain(gateway.get("/api/portal/v1/content/articles", Map.of("column", "NEWS", "size", 5),
                caller).path("content")));
        model.addAttribute("notices", plain(gateway.get("/api/portal/v1/content/articles",
                Map.of("column", "NOTICES", "size", 5), caller).path("content")));
        model.addAttribute("departmentNames", departmentNames.of(caller));
        return "home";
    }
}

package org.onestop.web.catalog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.web.api.Caller;
import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.api.SideBySide;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Search results with facets (topic, department, item type, level, online depth) and paging. */
@Controller
class SearchPage {

    static final int PAGE_SIZE = 10;

    private final Gateway gateway;
    private final SideBySide sideBySide;
    private final Visitors visitors;
    private final DepartmentNames departmentNames;

    SearchPage(Gateway gateway, SideBySide sideBySide, Visitors visitors, DepartmentNames departmentNames) {
        this.gateway = gateway;
        this.sideBySide = sideBySide;
        this.visitors = visitors;
        this.departmentNames = departmentNames;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
                  @RequestParam(required = false) String department, @RequestParam(required = false) String itemType,
                  @RequestParam(required = false) String level, @RequestParam(required = false) String onlineDepth,
                  @RequestParam(required = false) String serviceObject,
                  @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Caller caller = visitors.caller(request);
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("q", q == null ? null : q.strip());
        criteria.put("topic", topic);
        criteria.put("department", department);
        criteria.put("itemType", itemType);
        criteria.put("level", level);
        criteria.put("onlineDepth", onlineDepth);
        criteria.put("serviceObject", serviceObject);
        Map<String, Object> listing = new LinkedHashMap<>(criteria);
        listing.put("page", Math.max(page, 0));
        listing.put("size", PAGE_SIZE);
        Map<String, JsonNode> read = sideBySide.all(Map.of(
                "results", () -> gateway.get("/api/portal/v1/catalog/items", listing, caller),
                "facets", () -> gateway.get("/api/portal/v1/catalog/facets", criteria, caller)));
        JsonNode results = read.get("results");
        JsonNode facets = read.get("facets").path("facets");
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", plain(results));
        Map<String, String> names = departmentNames.of(caller);
        model.addAttribute("departmentNames", names);
        model.addAttribute("facets", facetLinks(criteria, facets, names));
        model.addAttribute("base", linkTo(criteria, null, null));
        model.addAttribute("filtered", criteria.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("q") && e.getValue() != null && !e.getValue().toString().isBlank()));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", pagesOf(results, PAGE_SIZE));
        return "search";
    }

    /**
     * One filter value to offer: the message key of its label (or, for a department, its name), its count, the link
     * that applies it (or lifts it when it is on), and whether it is on.
     */
    record FacetLink(String value, String labelKey, String name, long count, String href, boolean selected) {
    }

    static final List<String> DIMENSIONS = List.of("topic", "department", "itemType", "level", "onlineDepth");

    static Map<String, List<FacetLink>> facetLinks(Map<String, Object> criteria, JsonNode facets,
                                                   Map<String, String> departmentNames) {
        Map<String, List<FacetLink>> links = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            List<FacetLink> values = new ArrayList<>();
            facets.path(dimension).forEach(entry -> {
                String value = entry.path("value").asString();
                boolean selected = value.equals(criteria.get(dimension));
                boolean department = dimension.equals("department");
                String labelKey = department ? null : (dimension.equals("onlineDepth") ? "depth" : dimension) + "." + value;
                values.add(new FacetLink(value, labelKey, department ? departmentNames.getOrDefault(value, value) : value,
                        entry.path("count").asLong(), linkTo(criteria, dimension, selected ? null : value), selected));
            });
            links.put(dimension, values);
        }
        return links;
    }

    /** The search page with these criteria, one of them changed (null: lifted), from the first page. */
    static String linkTo(Map<String, Object> criteria, String changed, String value) {
        var link = UriComponentsBuilder.fromPath("/search");
        Map<String, Object> wanted = new LinkedHashMap<>(criteria);
        if (changed != null) {
            wanted.put(changed, value);
        }
        wanted.forEach((name, given) -> {
            if (given != null && !given.toString().isBlank()) {
                link.queryParam(name, given);
            }
        });
        return link.encode().build().toUriString();
    }
}

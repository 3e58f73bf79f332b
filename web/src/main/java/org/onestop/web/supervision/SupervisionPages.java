package org.onestop.web.supervision;

import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.onestop.web.catalog.DepartmentNames;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supervision (监督): the implementing-effect indicators as trends, per region, department and channel (an item on an
 * indicator's own page), with the overdue and the early-warning cases and the overdue rectifications of bad reviews of
 * the supervisor's department, and the broken links of the guides.
 * Every figure is in a table on the page; the charts (ECharts, drawn by /js/charts.js from the figures the element
 * carries) only show them, so the pages work without script.
 */
@Controller
class SupervisionPages {

    static final Set<Integer> PERIODS = Set.of(7, 30, 90);
    private static final Set<String> CHANNELS = Set.of("all", "web", "wechat", "app", "weibo", "hall");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INDICATORS = "/api/data-sharing/v1/indicators";
    private static final String CASES = "/api/processing/v1/cases";

    private final Gateway gateway;
    private final Visitors visitors;
    private final Clock clock;
    private final RegionNames regionNames;
    private final DepartmentNames departmentNames;

    SupervisionPages(Gateway gateway, Visitors visitors, Clock clock, RegionNames regionNames,
                     DepartmentNames departmentNames) {
        this.gateway = gateway;
        this.visitors = visitors;
        this.clock = clock;
        this.regionNames = regionNames;
        this.departmentNames = departmentNames;
    }

    @GetMapping("/supervision")
    String overview(@RequestParam(defaultValue = "all") String region, @RequestParam(defaultValue = "all") String department,
                    @RequestParam(defaultValue = "all") String channel, @RequestParam(defaultValue = "30") int days,
                    HttpServletRequest request, Model model) {
        if (supervisor(request).isEmpty()) {
            return "redirect:/sign-in?next=/supervision";
        }
        Caller caller = visitors.caller(request);
        Scope scope = Scope.of(region, department, channel, "all", days, LocalDate.now(clock.withZone(CHINA)));
        List<Map<String, Object>> cards = new ArrayList<>();
        for (String indicator : Indicators.KEY) {
            cards.add(card(indicator, gateway.get(INDICATORS, scope.query(indicator), caller)));
        }
        model.addAttribute("cards", cards);
        scopeChoices(scope, caller, model);
        model.addAttribute("clockCases", List.of(
                Map.of("kind", "overdue", "cases", plain(gateway.get(CASES, Map.of("overdue", "true", "size", 10), caller))),
                Map.of("kind", "warning", "cases", plain(gateway.get(CASES, Map.of("earlyWarning", "true", "size", 10),
                        caller)))));
        model.addAttribute("brokenLinks", plain(gateway.get("/api/data-sharing/v1/link-checks", Map.of("valid", "false",
                "size", 10), caller)));
        model.addAttribute("lateRectifications", plain(gateway.get("/api/portal/v1/staff/rectifications",
                Map.of("overdue", "true", "size", 10), caller)));
        return "supervision/overview";
    }

    @GetMapping("/supervision/indicators/{indicator}")
    String indicator(@PathVariable String indicator, @RequestParam(defaultValue = "all") String region,
                     @RequestParam(defaultValue = "all") String department, @RequestParam(defaultValue = "all") String channel,
                     @RequestParam(defaultValue = "all") String item, @RequestParam(defaultValue = "30") int days,
                     HttpServletRequest request, Model model) {
        if (supervisor(request).isEmpty()) {
            return "redirect:/sign-in?next=/supervision/indicators/" + indicator;
        }
        if (!Indicators.ALL.contains(indicator)) {
            throw new ApiProblem(404, "No such indicator", null, Map.of(), Map.of());
        }
        Caller caller = visitors.caller(request);
        Scope scope = Scope.of(region, department, channel, item, days, LocalDate.now(clock.withZone(CHINA)));
        JsonNode series = gateway.get(INDICATORS, scope.query(indicator), caller);
        model.addAttribute("card", card(indicator, series));
        model.addAttribute("points", rows(indicator, series));
        scopeChoices(scope, caller, model);
        Map<String, Object> itemsQuery = new LinkedHashMap<>(scope.query(indicator));
        itemsQuery.remove("item");
        itemsQuery.put("size", 10);
        List<Map<String, String>> items = new ArrayList<>();
        for (JsonNode row : gateway.get(INDICATORS + "/items", itemsQuery, caller).path("content")) {
            items.add(Map.of("item", row.path("item").asString(), "numerator", row.path("numerator").asString(""),
                    "denominator", row.path("denominator").asString(""),
                    "value", Indicators.shown(indicator, row.path("value").isNumber() ? row.path("value").asDouble() : null)));
        }
        model.addAttribute("items", items);
        return "supervision/indicator";
    }

    /** The scope shown and what it may be changed to: the regions and departments by name, the periods. */
    private void scopeChoices(Scope scope, Caller caller, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("periods", List.of(7, 30, 90));
        model.addAttribute("regionNames", regionNames.of(caller));
        model.addAttribute("departmentNames", departmentNames.of(caller));
    }

    private java.util.Optional<SignedIn> supervisor(HttpServletRequest request) {
        return visitors.signedInAs(request, "Supervision is for supervisors", "SUPERVISOR", "ADMIN");
    }

    /** One indicator's figures for a card: its latest value, the period's, and the chart's series. */
    static Map<String, Object> card(String indicator, JsonNode series) {
        List<String> days = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Double latest = null;
        double numerators = 0;
        double denominators = 0;
        for (JsonNode point : series.path("points")) {
            boolean measured = point.path("denominator").asDouble() > 0;
            days.add(point.path("day").asString());
            values.add(measured ? Indicators.charted(indicator, point.path("value").asDouble()) : null);
            if (measured) {
                latest = point.path("value").asDouble();
                numerators += point.path("numerator").asDouble();
                denominators += point.path("denominator").asDouble();
            }
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("indicator", indicator);
        card.put("latest", Indicators.shown(indicator, latest));
        card.put("period", Indicators.shown(indicator, denominators > 0 ? numerators / denominators : null));
        card.put("measured", latest != null);
        card.put("chart", JSON.writeValueAsString(Map.of("days", days, "values", values,
                "unit", Indicators.isShare(indicator) ? "%" : "")));
        return card;
    }

    private static List<Map<String, String>> rows(String indicator, JsonNode series) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode point : series.path("points")) {
            boolean measured = point.path("denominator").asDouble() > 0;
            rows.add(Map.of("day", point.path("day").asString(),
                    "value", Indicators.shown(indicator, measured ? point.path("value").asDouble() : null),
                    "numerator", point.path("numerator").asString(""),
                    "denominator", point.path("denominator").asString("")));
        }
        return rows;
    }

    /** Which figures a page asks for: the splits (each "all" or a code) and the period up to today. */
    record Scope(String region, String department, String channel, String item, int days, LocalDate from, LocalDate to) {

        static Scope of(String region, String department, String channel, String item, int days, LocalDate today) {
            int period = PERIODS.contains(days) ? days : 30;
            return new Scope(code(region), code(department), CHANNELS.contains(channel) ? channel : "all", code(item),
                    period, today.minusDays(period - 1L), today);
        }

        private static String code(String value) {
            String stripped = value == null ? "" : value.strip();
            return stripped.matches("[0-9A-Za-z-]{1,40}") ? stripped : "all";
        }

        Map<String, Object> query(String indicator) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("indicator", indicator);
            query.put("region", region);
            query.put("department", department);
            query.put("channel", channel);
            query.put("item", item);
            query.put("from", from.toString());
            query.put("to", to.toString());
            return query;
        }
    }
}

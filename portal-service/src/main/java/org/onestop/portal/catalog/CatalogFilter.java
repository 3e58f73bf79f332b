package org.onestop.portal.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.portal.catalog.domain.RegionScope;
import org.onestop.portal.catalog.domain.SearchQuery;

/**
 * The public list's criteria: every one optional, all given ones must hold; only items in force
 * are listed. Each criterion has an index (V15__public_catalog.sql).
 */
record CatalogFilter(SearchQuery query, String topic, String serviceObject, String level, RegionScope region,
                     String departmentCode, String itemType, String onlineDepth, boolean mostUsedFirst) {

    /** The orders of the list ({@code sort}): relevance (the default) or the most used first ({@link CatalogUse}). */
    static final Set<String> SORTS = Set.of("relevance", "popular");

    static final Set<String> ITEM_TYPES = Set.of("ADMINISTRATIVE_LICENSING", "ADMINISTRATIVE_PAYMENT",
            "ADMINISTRATIVE_COLLECTION", "ADMINISTRATIVE_CONFIRMATION", "ADMINISTRATIVE_REWARD",
            "ADMINISTRATIVE_ADJUDICATION", "OTHER_ADMINISTRATIVE_POWER", "PUBLIC_SERVICE");
    static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "TOWNSHIP", "VILLAGE");
    static final Set<String> SERVICE_OBJECTS = Set.of("NATURAL_PERSON", "LEGAL_PERSON");
    static final Set<String> ONLINE_DEPTHS = Set.of("I", "II", "III", "IV");

    /** The criteria of a request; every unknown code is reported at once (400). */
    static CatalogFilter of(String q, String topic, String serviceObject, String level, String region,
                            Boolean includeSubRegions, String departmentCode, String itemType, String onlineDepth) {
        List<FieldProblem> problems = new ArrayList<>();
        SearchQuery query = attempt(problems, () -> SearchQuery.of(q));
        RegionScope scope = attempt(problems, () -> RegionScope.of(region, includeSubRegions));
        String checkedTopic = blankToNull(topic);
        if (checkedTopic != null && !checkedTopic.matches("[A-Z_]{1,50}")) {
            problems.add(new FieldProblem("topic", "must be a topic code such as SOCIAL_SECURITY"));
        }
        String object = oneOf(problems, "serviceObject", serviceObject, SERVICE_OBJECTS);
        String checkedLevel = oneOf(problems, "level", level, LEVELS);
        String type = oneOf(problems, "itemType", itemType, ITEM_TYPES);
        String depth = oneOf(problems, "onlineDepth", onlineDepth, ONLINE_DEPTHS);
        if (!problems.isEmpty()) {
            throw new BadRequestException("The catalog filter is not valid", problems);
        }
        return new CatalogFilter(query, checkedTopic, object, checkedLevel, scope, blankToNull(departmentCode), type, depth,
                false);
    }

    /** The same criteria in the order asked for; an unknown order is a 400 naming {@code sort}. */
    CatalogFilter sortedBy(String sort) {
        List<FieldProblem> problems = new ArrayList<>();
        String order = oneOf(problems, "sort", sort, SORTS);
        if (!problems.isEmpty()) {
            throw new BadRequestException("The catalog order is not valid", problems);
        }
        return new CatalogFilter(query, topic, serviceObject, level, region, departmentCode, itemType, onlineDepth,
                "popular".equals(order));
    }

    /** Whether no criterion is given: the whole listed catalog. */
    boolean isEmpty() {
        return query == null && topic == null && serviceObject == null && level == null && region == null
                && departmentCode == null && itemType == null && onlineDepth == null;
    }

    /** The SQL condition and its parameters, over the table {@code catalog_item}. */
    Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add("status = 'PUBLISHED'");
        add(conditions, params, "topics @> array[cast(:topic as text)]", "topic", topic);
        add(conditions, params, "service_objects @> array[cast(:serviceObject as text)]", "serviceObject", serviceObject);
        add(conditions, params, "level = :level", "level", level);
        add(conditions, params, "department_code = :department", "department", departmentCode);
        add(conditions, params, "item_type = :type", "type", itemType);
        add(conditions, params, "online_depth = :depth", "depth", onlineDepth);
        if (region != null) {
            if (region.includeSubRegions()) {
                conditions.add("region_code like :regionPrefix");
                params.put("regionPrefix", region.prefix() + "%");
            } else {
                conditions.add("region_code = :region");
                params.put("region", region.code());
            }
        }
        if (query != null) {
            params.put("q", query.text());
            if (query.match() == SearchQuery.Match.BIGRAM) {
                conditions.add("(code = :q or name_bigrams @> array[cast(:bigram as text)])");
                params.put("bigram", query.bigram());
            } else {
                conditions.add("(code = :q or lower(name) like :pattern)");
                params.put("pattern", query.containsPattern());
            }
        }
        return new Where(String.join(" and ", conditions), params);
    }

    /** The list's order: the most used first when asked; with a query the exact code first, then the closest names; else by code. */
    String orderBy() {
        if (mostUsedFirst) {
            return "recent_applications desc, code";
        }
        return query == null ? "code" : "(code = :q) desc, similarity(name, :q) desc, char_length(name), code";
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                            String value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static String oneOf(List<FieldProblem> problems, String field, String value, Set<String> allowed) {
        String given = blankToNull(value);
        if (given != null && !allowed.contains(given)) {
            problems.add(new FieldProblem(field, "must be one of " + allowed.stream().sorted().toList()));
            return null;
        }
        return given;
    }

    private static <T> T attempt(List<FieldProblem> problems, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Where(String sql, Map<String, Object> params) {
    }

    /**
     * The list's and the facets' query parameters as they arrive:
     * {@code ?q=&topic=&serviceObject=&level=&region=&includeSubRegions=&department=&itemType=&onlineDepth=}.
     */
    record CatalogCriteria(String q, String topic, String serviceObject, String level, String region,
                           Boolean includeSubRegions, String department, String itemType, String onlineDepth) {

        CatalogFilter filter() {
            return CatalogFilter.of(q, topic, serviceObject, level, region, includeSubRegions, department, itemType,
                    onlineDepth);
        }
    }
}

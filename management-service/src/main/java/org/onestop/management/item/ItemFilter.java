package org.onestop.management.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.management.item.domain.ItemStatus;
import org.onestop.management.item.domain.ItemType;
import org.onestop.management.item.domain.Level;
import org.onestop.management.item.domain.Topic;

/**
 * The editor's search: every criterion optional, all given ones must hold.
 *
 * @param incomplete true for items whose quality report lists something, false for complete ones
 * @param q          part of the name, or the exact code
 */
record ItemFilter(ItemType type, Level level, String regionCode, String departmentCode, Topic topic, ItemStatus status,
                  Boolean incomplete, String q, String baseCode) {

    static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The same search limited to one department, for staff who see only their own. */
    ItemFilter forDepartment(String department) {
        return new ItemFilter(type, level, regionCode, department, topic, status, incomplete, q, baseCode);
    }

    /** The SQL condition and its parameters. */
    Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        add(conditions, params, "item_type = :type", "type", type == null ? null : type.name());
        add(conditions, params, "level = :level", "level", level == null ? null : level.name());
        add(conditions, params, "region_code = :region", "region", regionCode);
        add(conditions, params, "department_code = :department", "department", departmentCode);
        add(conditions, params, "topics @> array[cast(:topic as text)]", "topic", topic == null ? null : topic.name());
        add(conditions, params, "status = :status", "status", status == null ? null : status.name());
        add(conditions, params, "base_code = :baseCode", "baseCode", baseCode);
        if (incomplete != null) {
            conditions.add(incomplete ? "quality_problems > 0" : "quality_problems = 0");
        }
        if (q != null && !q.isBlank()) {
            conditions.add("(name ilike '%' || :q || '%' or code = :q)");
            params.put("q", q.trim());
        }
        return new Where(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                            Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    record Where(String sql, Map<String, Object> params) {
    }
}

package org.onestop.datasharing.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Which splits of an indicator are stored besides the total ({@code all} everywhere): by region
 * and department, by channel, and by service item. An item's rows carry its region and
 * department; the channel split is stored for the total, for each department and for each item.
 * The rows an indicator is computed over name these as the columns {@code region_code},
 * {@code department_code}, {@code channel} and {@code item_code}.
 */
record Breakdown(boolean place, boolean channel, boolean item) {

    /** Per region and department: the catalog, the exchanges, the public-disclosure columns. */
    static final Breakdown PLACE = new Breakdown(true, false, false);
    /** Per region, department and item, not per channel: what the catalog's own links do. */
    static final Breakdown PLACE_AND_ITEM = new Breakdown(true, false, true);
    /** Per channel only: what does not belong to one department (searches of the whole catalog). */
    static final Breakdown CHANNEL = new Breakdown(false, true, false);
    /** Per region, department, item and channel: what people do (applications, evaluations, views). */
    static final Breakdown FULL = new Breakdown(true, true, true);

    Breakdown {
        if (item && !place) {
            throw new IllegalArgumentException("an item's rows carry its region and department");
        }
    }

    /** The {@code group by grouping sets (...)} list. */
    String groupingSets() {
        List<String> sets = new ArrayList<>(List.of("()"));
        if (place) {
            sets.add("(region_code, department_code)");
        }
        if (channel) {
            sets.add("(channel)");
            if (place) {
                sets.add("(region_code, department_code, channel)");
            }
        }
        if (item) {
            sets.add("(region_code, department_code, item_code)");
            if (channel) {
                sets.add("(region_code, department_code, item_code, channel)");
            }
        }
        return String.join(", ", sets);
    }

    String region() {
        return place ? dimension("region_code") : allOf();
    }

    String department() {
        return place ? dimension("department_code") : allOf();
    }

    String channelColumn() {
        return channel ? dimension("channel") : allOf();
    }

    String itemColumn() {
        return item ? dimension("item_code") : allOf();
    }

    /** The group's value of a column, {@code all} where the group is not split by it. */
    private static String dimension(String column) {
        return "case when grouping(%1$s) = 1 then 'all' else coalesce(%1$s, 'unknown') end".formatted(column);
    }

    private static String allOf() {
        return "'" + IndicatorValue.ALL + "'";
    }
}

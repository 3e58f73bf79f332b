package org.onestop.web.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** The implementing-effect indicators the pages show, and how a value reads: a share as a percentage, else a number. */
final class Indicators {

    /** The overview's cards, in this order. */
    static final List<String> KEY = List.of("actual_online_rate", "on_time_conclusion_rate", "good_review_rate",
            "zero_visit_rate", "time_limit_compression", "link_validity_rate", "materials_saved_by_sharing",
            "average_handling_days");

    /** Every indicator data-sharing computes (docs/api-reference.md, "Indicators"). */
    static final List<String> ALL = List.of("online_handling_availability", "fully_online_rate", "zero_visit_rate",
            "time_limit_compression", "average_visits", "guide_completeness_score", "adopting_regions",
            "link_validity_rate", "actual_online_rate", "materials_saved_by_sharing", "on_time_conclusion_rate",
            "average_handling_days", "good_review_rate", "rectification_on_time_rate", "sharing_call_success_rate",
            "days_since_last_update", "stale_columns", "search_success_rate", "guide_views", "guide_conversion_rate");

    private static final Set<String> SHARES = Set.of("online_handling_availability", "fully_online_rate",
            "zero_visit_rate", "time_limit_compression", "guide_completeness_score", "link_validity_rate",
            "actual_online_rate", "on_time_conclusion_rate", "good_review_rate", "rectification_on_time_rate",
            "sharing_call_success_rate", "search_success_rate", "guide_conversion_rate");

    private Indicators() {
    }

    static boolean isShare(String indicator) {
        return SHARES.contains(indicator);
    }

    /** A value as the pages print it: 87.5 % for a share, 12.3 for a number, a dash for none. */
    static String shown(String indicator, Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        if (isShare(indicator)) {
            return BigDecimal.valueOf(value * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + " %";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The value a chart draws: a share in percent, rounded for the eye. */
    static double charted(String indicator, double value) {
        double scaled = isShare(indicator) ? value * 100 : value;
        return Math.round(scaled * 100) / 100.0;
    }
}

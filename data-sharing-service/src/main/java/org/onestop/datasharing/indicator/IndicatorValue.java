package org.onestop.datasharing.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One indicator's value on one day for one region, department, item and channel ("all" when not
 * split).
 */
record IndicatorValue(LocalDate day, String indicator, String region, String department, String item, String channel,
                      BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    static final String ALL = "all";
}

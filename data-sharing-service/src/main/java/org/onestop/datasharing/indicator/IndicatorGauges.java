package org.onestop.datasharing.indicator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Today's indicator values as the gauge {@code onestop.indicator.value}, tagged by indicator,
 * region, department and channel, for the dashboards. Values per item stay in the API: one time
 * series per item and channel would swamp Prometheus.
 */
@Component
class IndicatorGauges {

    private final JdbcClient jdbc;
    private final MultiGauge gauge;

    IndicatorGauges(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.gauge = MultiGauge.builder("onestop.indicator.value")
                .description("Implementing-effect indicators of today (rates as a share of 1)")
                .register(meters);
    }

    void refresh() {
        LocalDate today = LocalDate.now(IndicatorComputation.CHINA);
        gauge.register(jdbc.sql("""
                        select indicator, region, department, channel, value from indicator_value
                        where day = ? and item = 'all'""")
                .param(java.sql.Date.valueOf(today))
                .query((rs, n) -> MultiGauge.Row.of(Tags.of("indicator", rs.getString(1), "region", rs.getString(2),
                        "department", rs.getString(3), "channel", rs.getString(4)), rs.getBigDecimal(5).doubleValue()))
                .list(), true);
    }
}

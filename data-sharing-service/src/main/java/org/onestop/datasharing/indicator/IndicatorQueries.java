package org.onestop.datasharing.indicator;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import org.onestop.datasharing.indicator.IndicatorController.ItemFigure;
import org.onestop.datasharing.indicator.IndicatorController.Period;
import org.onestop.datasharing.indicator.IndicatorController.Point;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the stored indicator values (a read model): one series per day, and the items of a period ranked. */
@Component
class IndicatorQueries {

    /** Item rows of the period for one channel; region and department narrow them unless "all". */
    private static final String ITEM_ROWS = """
            from indicator_value where indicator = :indicator and item <> 'all' and channel = :channel
            and (:region = 'all' or region = :region) and (:department = 'all' or department = :department)
            and day between :from and :to""";

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The indicator per day. For an item, region and department "all" stand for the item's own
     * (its values are stored under them), and the days' rows are added up should it have moved.
     */
    List<Point> series(String indicator, String region, String department, String item, String channel,
                       Period period) {
        return jdbc.sql("""
                select day, case when count(*) = 1 then min(value) else round(sum(numerator) / sum(denominator), 4) end,
                    sum(numerator), sum(denominator)
                from indicator_value
                where indicator = :indicator and item = :item and channel = :channel
                and (region = :region or (:item <> 'all' and :region = 'all'))
                and (department = :department or (:item <> 'all' and :department = 'all'))
                and day between :from and :to
                group by day order by day""")
                .param("indicator", indicator).param("item", item).param("channel", channel).param("region", region)
                .param("department", department).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> new Point(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).doubleValue(),
                        rs.getBigDecimal(3).doubleValue(), rs.getBigDecimal(4).doubleValue()))
                .list();
    }

    /**
     * The items with a value in the period, the numerators and denominators of its days added up,
     * highest first by {@code sort}: {@code numerator} (the most views, applications, reviews) or
     * {@code value}.
     */
    PageResponse<ItemFigure> items(String indicator, String region, String department, String channel, Period period,
                                   String sort, PageRequest page) {
        String order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "numerator" -> "numerator desc, value desc";
            case "value" -> "value desc, numerator desc";
            default -> throw new BadRequestException("sort", "must be numerator or value");
        };
        List<ItemFigure> content = jdbc.sql("""
                select item, region, department, sum(numerator) as numerator, sum(denominator) as denominator,
                    round(sum(numerator) / sum(denominator), 4) as value
                %s
                group by item, region, department
                order by %s, item limit :limit offset :offset""".formatted(ITEM_ROWS, order))
                .param("indicator", indicator).param("channel", channel).param("region", region)
                .param("department", department).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new ItemFigure(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).doubleValue(), rs.getBigDecimal(5).doubleValue(),
                        rs.getBigDecimal(6).doubleValue()))
                .list();
        long total = jdbc.sql("select count(*) from (select distinct item, region, department %s) items"
                        .formatted(ITEM_ROWS))
                .param("indicator", indicator).param("channel", channel).param("region", region)
                .param("department", department).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query(Long.class).single();
        return PageResponse.of(content, page, total);
    }
}

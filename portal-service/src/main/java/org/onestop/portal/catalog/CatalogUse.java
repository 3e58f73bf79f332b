package org.onestop.portal.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How much each listed item is used, for the most-used services ({@code sort=popular}): its
 * applications over the last {@code onestop.portal.catalog.use-window} (30 days), counted again
 * every {@code use-interval} (10 minutes) into {@code catalog_item.recent_applications}, so that
 * the home page reads an index instead of counting on every view. Only rows whose count changed
 * are written; safe to run on every replica at once.
 */
@Component
class CatalogUse {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;

    CatalogUse(JdbcClient jdbc, Clock clock, @Value("${onestop.portal.catalog.use-window:30d}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /** Counts again; answers how many items' counts changed. */
    @Scheduled(initialDelayString = "${onestop.portal.catalog.use-first-count:20s}",
            fixedDelayString = "${onestop.portal.catalog.use-interval:10m}")
    int recount() {
        return jdbc.sql("""
                        with recent as (select item_code, count(*) as applications from application
                                        where submitted_at >= :since group by item_code)
                        update catalog_item c set recent_applications = coalesce(r.applications, 0)
                        from catalog_item i left join recent r on r.item_code = i.code
                        where c.code = i.code and c.recent_applications <> coalesce(r.applications, 0)""")
                .param("since", Timestamp.from(clock.instant().minus(window)))
                .update();
    }
}

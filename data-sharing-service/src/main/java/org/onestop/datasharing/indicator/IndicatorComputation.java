package org.onestop.datasharing.indicator;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes today's indicators from what the platform recorded: the catalog as last published
 * (base data), the day's applications (process data) and the day's exchanges (audit log).
 * Several replicas may run it; a transaction-scoped advisory lock lets one compute at a time.
 *
 * <p>Count indicators (materials saved, days since the last update, stale columns, adopting
 * regions) are stored as numerator ÷ 1. Indicators that need events other services do not publish
 * yet (evaluations, link checks) are added with those events.
 */
@Component
class IndicatorComputation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorComputation.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The catalog as last published: one row per item code whose newest event is a publication. */
    private static final String PUBLISHED_ITEMS = """
            with latest as (
                select distinct on (subject) subject, region_code, department_code, event_type, payload
                from event_log where topic = 'management.service-item.v1'
                order by subject, occurred_at desc, recorded_at desc)
            select * from latest where event_type = 'management.service-item.published.v1'
            """;

    /** Share of the seven guide sections an applicant relies on that an item fills in, 0 to 1. */
    private static final String GUIDE_SECTIONS_FILLED = """
            ((jsonb_array_length(coalesce(payload->'guide'->'conditions', '[]')) > 0)::int
            + (jsonb_array_length(coalesce(payload->'guide'->'process', '[]')) > 0)::int
            + (jsonb_array_length(coalesce(payload->'guide'->'halls', '[]')) > 0)::int
            + (jsonb_array_length(coalesce(payload->'guide'->'materials', '[]')) > 0)::int
            + (jsonb_array_length(coalesce(payload->'guide'->'faq', '[]')) > 0)::int
            + (coalesce(payload->'guide'->>'legalBasis', '') <> '')::int
            + (coalesce(payload->'guide'->>'resultType', '') <> '')::int) / 7.0""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final IndicatorGauges gauges;
    private final Clock clock;

    IndicatorComputation(JdbcClient jdbc, TransactionTemplate transactions, IndicatorGauges gauges) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.gauges = gauges;
        this.clock = Clock.system(CHINA);
    }

    @Scheduled(fixedDelayString = "${onestop.indicators.interval:60s}", initialDelayString = "${onestop.indicators.initial-delay:10s}")
    void computeToday() {
        try {
            if (computeFor(LocalDate.now(clock))) {
                gauges.refresh();
            }
        } catch (RuntimeException e) {
            log.warn("Computing the indicators failed; the next round tries again: {}", e.toString());
        }
    }

    /** Computes the day's values; false when another replica is computing right now. */
    boolean computeFor(LocalDate day) {
        Boolean computed = transactions.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('onestop.indicators'))")
                    .query(Boolean.class).single();
            if (!locked) {
                return false;
            }
            catalogIndicators(day);
            actualOnlineRate(day);
            materialsSavedBySharing(day);
            conclusionIndicators(day);
            sharingCallSuccessRate(day);
            contentFreshness(day);
            return true;
        });
        return Boolean.TRUE.equals(computed);
    }

    private void catalogIndicators(LocalDate day) {
        upsert(day, "online_handling_availability", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "count(*) filter (where payload->'guide'->>'onlineDepth' in ('III', 'IV'))", "count(*)");
        upsert(day, "fully_online_rate", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "count(*) filter (where payload->'guide'->>'onlineDepth' = 'IV')", "count(*)");
        upsert(day, "zero_visit_rate", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "count(*) filter (where (payload->'guide'->>'visits')::int = 0)",
                "count(*) filter (where payload->'guide'->>'visits' is not null)");
        upsert(day, "time_limit_compression", PUBLISHED_ITEMS + " and (payload->>'legalLimitDays')::int > 0",
                "region_code", "department_code", "'all'",
                "sum(1 - (payload->>'promisedLimitDays')::numeric / (payload->>'legalLimitDays')::numeric)", "count(*)");
        upsert(day, "average_visits", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "coalesce(sum((payload->'guide'->>'visits')::int), 0)",
                "count(*) filter (where payload->'guide'->>'visits' is not null)");
        upsert(day, "guide_completeness_score", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "sum(" + GUIDE_SECTIONS_FILLED + ")", "count(*)");
        upsert(day, "adopting_regions", PUBLISHED_ITEMS, "region_code", "department_code", "'all'",
                "count(distinct region_code) filter (where payload->'guide'->>'baseCode' is not null)", "1");
    }

    /** Materials handed in by referencing an e-certificate instead of an upload: a count per day. */
    private void materialsSavedBySharing(LocalDate day) {
        upsert(day, "materials_saved_by_sharing", """
                select region_code, department_code, (select count(*) from jsonb_array_elements(
                    coalesce(payload->'materials', '[]')) material
                    where coalesce(material->>'certificateNumber', '') <> '') as saved
                from event_log where event_type = 'portal.application.submitted.v1'
                and occurred_at >= :from and occurred_at < :to""",
                "region_code", "department_code", "'all'", "coalesce(sum(saved), 0)", "1");
    }

    /** Cases concluded that day: on time within the promised working days, and working days used. */
    private void conclusionIndicators(LocalDate day) {
        String concluded = """
                select * from event_log where event_type = 'processing.case.concluded.v1' and payload->>'onTime' is not null
                and occurred_at >= :from and occurred_at < :to""";
        upsert(day, "on_time_conclusion_rate", concluded, "region_code", "department_code", "'all'",
                "count(*) filter (where (payload->>'onTime')::boolean)", "count(*)");
        upsert(day, "average_handling_days", concluded, "region_code", "department_code", "'all'",
                "sum((payload->>'usedWorkingDays')::int)", "count(*)");
    }

    /**
     * Public-disclosure columns: days since a department last published in any column, and how
     * many of its columns are stale (news older than two weeks, notices and policies older than
     * six months).
     */
    private void contentFreshness(LocalDate day) {
        String columns = """
                select region_code, department_code, payload->>'columnCode' as column_code,
                    (cast(:day as date) - max(occurred_at at time zone 'Asia/Shanghai')::date) as days_since
                from event_log where event_type = 'management.content.article-published.v1'
                    and (occurred_at at time zone 'Asia/Shanghai')::date <= cast(:day as date)
                group by region_code, department_code, payload->>'columnCode'""";
        upsert(day, "days_since_last_update", columns, "region_code", "department_code", "'all'",
                "min(days_since)", "1");
        upsert(day, "stale_columns", columns, "region_code", "department_code", "'all'",
                "count(*) filter (where (column_code = 'NEWS' and days_since > 14) "
                        + "or (column_code in ('NOTICES', 'POLICIES') and days_since > 182))", "1");
    }

    private void actualOnlineRate(LocalDate day) {
        upsert(day, "actual_online_rate", """
                select * from event_log where event_type = 'portal.application.submitted.v1'
                and occurred_at >= :from and occurred_at < :to""",
                "region_code", "department_code", "'all'",
                "count(*) filter (where channel <> 'hall')", "count(*)");
    }

    private void sharingCallSuccessRate(LocalDate day) {
        upsert(day, "sharing_call_success_rate", """
                select *, null as region_code, department as department_code from audit_entry
                where action in ('record.read', 'certificate.verify') and occurred_at >= :from and occurred_at < :to""",
                "region_code", "department_code", "'all'",
                "count(*) filter (where outcome in ('ok', 'VALID'))", "count(*)");
    }

    /**
     * Writes numerator ÷ denominator over {@code rows}, once per region and department and once
     * for all of them together; a group with a zero denominator or without a numerator (an
     * aggregate over no rows, such as the freshness of a department that never published) has no
     * value that day.
     */
    private void upsert(LocalDate day, String indicator, String rows, String region, String department, String channel,
                        String numerator, String denominator) {
        String sql = """
                insert into indicator_value (day, indicator, region, department, channel, value, numerator, denominator, computed_at)
                select :day, :indicator,
                    case when grouping(%1$s) = 1 then 'all' else coalesce(%1$s, 'unknown') end,
                    case when grouping(%2$s) = 1 then 'all' else coalesce(%2$s, 'unknown') end, %3$s,
                    round(%4$s::numeric / %5$s, 4), %4$s, %5$s, :now
                from (%6$s) source
                group by grouping sets ((%1$s, %2$s), ())
                having %5$s > 0 and %4$s is not null
                on conflict (indicator, region, department, channel, day) do update set value = excluded.value,
                    numerator = excluded.numerator, denominator = excluded.denominator, computed_at = excluded.computed_at
                """.formatted(region, department, channel, numerator, denominator, rows);
        var statement = jdbc.sql(sql).param("day", Date.valueOf(day)).param("indicator", indicator)
                .param("now", Timestamp.from(clock.instant()));
        if (rows.contains(":from")) {
            statement = statement.param("from", Timestamp.from(day.atStartOfDay(CHINA).toInstant()))
                    .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        statement.update();
    }
}

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
 * (base data), the day's applications and conclusions (process data) and the day's exchanges
 * (audit log). Several replicas may run it; a transaction-scoped advisory lock lets one compute at
 * a time. Each indicator is stored for the total and for the splits its events allow
 * ({@link Breakdown}): what people do through a channel (applications and the conclusions of
 * their cases, evaluations, searches and guide views) also per channel and per item.
 *
 * <p>Count indicators (materials saved, days since the last update, stale columns, adopting
 * regions) are stored as numerator ÷ 1.
 */
@Component
class IndicatorComputation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorComputation.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The catalog as last published (the view of V7): one row per item code in force. */
    private static final String PUBLISHED_ITEMS = "select * from published_item where true";

    /** The day's applications as submitted, with the item applied for. */
    private static final String APPLICATIONS = """
            select region_code, department_code, channel, payload->>'itemCode' as item_code, payload
            from event_log where event_type = 'portal.application.submitted.v1'
            and occurred_at >= :from and occurred_at < :to""";

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
    private volatile LocalDate lastComputedDay;

    IndicatorComputation(JdbcClient jdbc, TransactionTemplate transactions, IndicatorGauges gauges, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.gauges = gauges;
        this.clock = clock.withZone(CHINA);
    }

    @Scheduled(fixedDelayString = "${onestop.indicators.interval:60s}", initialDelayString = "${onestop.indicators.initial-delay:10s}")
    void computeToday() {
        try {
            LocalDate today = LocalDate.now(clock);
            LocalDate previous = lastComputedDay;
            if (computeFor(today)) {
                gauges.refresh();
                lastComputedDay = today;
                if (previous != null && previous.isBefore(today)) {
                    // the events of the last minutes before midnight arrived after that day's last round
                    recomputeEventsOf(previous);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Computing the indicators failed; the next round tries again: {}", e.toString());
        }
    }

    /** Computes the day's values; false when another replica is computing right now. */
    boolean computeFor(LocalDate day) {
        return compute(day, true, false);
    }

    /**
     * Computes again the values a day's events give (applications, conclusions, evaluations,
     * behaviour, exchanges, public disclosure), for events that were recorded after the day's last
     * round, e.g. after an outage; the catalog and link figures of a past day are kept as they were
     * found that day. Waits for a replica that is computing right now.
     */
    void recomputeEventsOf(LocalDate day) {
        compute(day, day.equals(LocalDate.now(clock)), true);
    }

    private boolean compute(LocalDate day, boolean withCatalogSnapshot, boolean waitForLock) {
        Boolean computed = transactions.execute(status -> {
            if (waitForLock) {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.indicators'))").query().singleRow();
            } else if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('onestop.indicators'))")
                    .query(Boolean.class).single()) {
                return false;
            }
            if (withCatalogSnapshot) {
                catalogIndicators(day);
                linkValidityRate(day);
            }
            actualOnlineRate(day);
            materialsSavedBySharing(day);
            conclusionIndicators(day);
            reviewIndicators(day);
            behaviourIndicators(day);
            sharingCallSuccessRate(day);
            contentFreshness(day);
            return true;
        });
        return Boolean.TRUE.equals(computed);
    }

    private void catalogIndicators(LocalDate day) {
        upsert(day, "online_handling_availability", PUBLISHED_ITEMS, Breakdown.PLACE,
                "count(*) filter (where payload->'guide'->>'onlineDepth' in ('III', 'IV'))", "count(*)");
        upsert(day, "fully_online_rate", PUBLISHED_ITEMS, Breakdown.PLACE,
                "count(*) filter (where payload->'guide'->>'onlineDepth' = 'IV')", "count(*)");
        upsert(day, "zero_visit_rate", PUBLISHED_ITEMS, Breakdown.PLACE,
                "count(*) filter (where (payload->'guide'->>'visits')::int = 0)",
                "count(*) filter (where payload->'guide'->>'visits' is not null)");
        upsert(day, "time_limit_compression", PUBLISHED_ITEMS + " and (payload->>'legalLimitDays')::int > 0",
                Breakdown.PLACE,
                "sum(1 - (payload->>'promisedLimitDays')::numeric / (payload->>'legalLimitDays')::numeric)", "count(*)");
        upsert(day, "average_visits", PUBLISHED_ITEMS, Breakdown.PLACE,
                "coalesce(sum((payload->'guide'->>'visits')::int), 0)",
                "count(*) filter (where payload->'guide'->>'visits' is not null)");
        upsert(day, "guide_completeness_score", PUBLISHED_ITEMS, Breakdown.PLACE,
                "sum(" + GUIDE_SECTIONS_FILLED + ")", "count(*)");
        upsert(day, "adopting_regions", PUBLISHED_ITEMS, Breakdown.PLACE,
                "count(distinct region_code) filter (where payload->'guide'->>'baseCode' is not null)", "1");
    }

    /**
     * The links of the published guides that the link check (package {@code linkcheck}) answered
     * for, as it last found them: the share valid. Links not yet checked do not count.
     */
    private void linkValidityRate(LocalDate day) {
        upsert(day, "link_validity_rate", """
                select g.region_code, g.department_code, g.item_code, c.valid
                from guide_link g join link_check c on c.url = g.url where c.checked_at is not null""",
                Breakdown.PLACE_AND_ITEM, "count(*) filter (where valid)", "count(*)");
    }

    /** Materials handed in by referencing an e-certificate instead of an upload: a count per day. */
    private void materialsSavedBySharing(LocalDate day) {
        upsert(day, "materials_saved_by_sharing", """
                select *, (select count(*) from jsonb_array_elements(coalesce(payload->'materials', '[]')) material
                    where coalesce(material->>'certificateNumber', '') <> '') as saved
                from (%s) application""".formatted(APPLICATIONS),
                Breakdown.FULL, "coalesce(sum(saved), 0)", "1");
    }

    /**
     * Cases concluded that day: on time within the promised working days, and working days used.
     * The channel is the application's (the conclusion's own is the approver's), found by the
     * tracking number; {@code unknown} when the application is not in the log.
     */
    private void conclusionIndicators(LocalDate day) {
        String concluded = """
                select c.region_code, c.department_code, application.channel, c.payload->>'itemCode' as item_code,
                    c.payload
                from event_log c left join lateral (
                    select a.channel from event_log a
                    where a.subject = c.subject and a.event_type = 'portal.application.submitted.v1' limit 1) application
                    on true
                where c.event_type = 'processing.case.concluded.v1' and c.payload->>'onTime' is not null
                and c.occurred_at >= :from and c.occurred_at < :to""";
        upsert(day, "on_time_conclusion_rate", concluded, Breakdown.FULL,
                "count(*) filter (where (payload->>'onTime')::boolean)", "count(*)");
        upsert(day, "average_handling_days", concluded, Breakdown.FULL,
                "sum((payload->>'usedWorkingDays')::int)", "count(*)");
    }

    /**
     * Evaluations (好差评) and the rectification of bad reviews, from {@code portal.evaluation.v1}.
     *
     * <p>{@code good_review_rate}: of the day's evaluations, the share that are no bad review (very
     * satisfied, satisfied or basically satisfied), as the portal's public statistics count them.
     *
     * <p>{@code rectification_on_time_rate}: every deadline a bad review's rectification was given
     * (when it was raised, and again when an appeal was upheld) is settled once, on the day it is
     * known whether it was met: the day the department recorded its rectification or explanation
     * in time, or else the day after the deadline. Of the deadlines settled that day, the share met.
     * So each day's value is final once the day is over, and a period's numerators and denominators
     * add up. The channel and item are the evaluation's.
     */
    private void reviewIndicators(LocalDate day) {
        upsert(day, "good_review_rate", """
                select region_code, department_code, channel, payload->>'itemCode' as item_code, payload
                from event_log where event_type = 'portal.evaluation.submitted.v1'
                and occurred_at >= :from and occurred_at < :to""", Breakdown.FULL,
                "count(*) filter (where not cast(payload->>'bad' as boolean))", "count(*)");
        upsert(day, "rectification_on_time_rate", """
                with raised as (
                    select payload->>'rectificationId' as rectification_id, region_code, department_code, channel,
                        payload->>'itemCode' as item_code, cast(payload->>'dueOn' as date) as due_on,
                        occurred_at as started
                    from event_log where event_type = 'portal.evaluation.bad-review-raised.v1'),
                deadline as (
                    select * from raised
                    union all
                    select r.rectification_id, r.region_code, r.department_code, r.channel, r.item_code,
                        cast(a.payload->>'dueOn' as date), a.occurred_at
                    from event_log a join raised r on r.rectification_id = a.payload->>'rectificationId'
                    where a.event_type = 'portal.evaluation.appeal-answered.v1' and a.payload->>'decision' = 'UPHELD'),
                settled as (
                    select d.*, coalesce(done.on_time, false) as on_time,
                        case when done.on_time then (done.completed_at at time zone 'Asia/Shanghai')::date
                            else d.due_on + 1 end as settled_on
                    from deadline d left join lateral (
                        select (c.payload->>'onTime')::boolean as on_time, c.occurred_at as completed_at
                        from event_log c where c.topic = 'portal.evaluation.v1'
                        and c.payload->>'rectificationId' = d.rectification_id
                        and c.event_type = 'portal.evaluation.rectification-completed.v1' and c.occurred_at >= d.started
                        order by c.occurred_at limit 1) done on true
                    where d.due_on >= cast(:day as date) - 1)
                select * from settled where settled_on = cast(:day as date)""", Breakdown.FULL,
                "count(*) filter (where on_time)", "count(*)");
    }

    /**
     * What the public does on the portal, from {@code portal.behaviour.v1}: the share of the day's
     * catalog searches that found at least one item ({@code search_success_rate}, per channel only:
     * a search is of the whole catalog, its region and department are filters), the day's guide
     * views ({@code guide_views}, a count; per item they rank the most-viewed guides) and the day's
     * applications per guide view ({@code guide_conversion_rate}; it can exceed 1, applying does
     * not require opening the guide).
     */
    private void behaviourIndicators(LocalDate day) {
        upsert(day, "search_success_rate", """
                select channel, payload from event_log where event_type = 'portal.behaviour.catalog-searched.v1'
                and occurred_at >= :from and occurred_at < :to""", Breakdown.CHANNEL,
                "count(*) filter (where (payload->>'resultCount')::bigint > 0)", "count(*)");
        String viewsAndApplications = """
                select region_code, department_code, channel, payload->>'itemCode' as item_code, event_type
                from event_log where event_type in (%s) and occurred_at >= :from and occurred_at < :to""";
        upsert(day, "guide_views", viewsAndApplications.formatted("'portal.behaviour.guide-viewed.v1'"),
                Breakdown.FULL, "count(*)", "1");
        upsert(day, "guide_conversion_rate", viewsAndApplications.formatted(
                        "'portal.behaviour.guide-viewed.v1', 'portal.application.submitted.v1'"), Breakdown.FULL,
                "count(*) filter (where event_type = 'portal.application.submitted.v1')",
                "count(*) filter (where event_type = 'portal.behaviour.guide-viewed.v1')");
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
        upsert(day, "days_since_last_update", columns, Breakdown.PLACE, "min(days_since)", "1");
        upsert(day, "stale_columns", columns, Breakdown.PLACE,
                "count(*) filter (where (column_code = 'NEWS' and days_since > 14) "
                        + "or (column_code in ('NOTICES', 'POLICIES') and days_since > 182))", "1");
    }

    private void actualOnlineRate(LocalDate day) {
        upsert(day, "actual_online_rate", APPLICATIONS, Breakdown.FULL,
                "count(*) filter (where channel <> 'hall')", "count(*)");
    }

    private void sharingCallSuccessRate(LocalDate day) {
        upsert(day, "sharing_call_success_rate", """
                select *, null as region_code, department as department_code from audit_entry
                where action in ('record.read', 'certificate.verify') and occurred_at >= :from and occurred_at < :to""",
                Breakdown.PLACE,
                "count(*) filter (where outcome in ('ok', 'VALID'))", "count(*)");
    }

    /**
     * Writes numerator ÷ denominator over {@code rows}, for the total and each split of
     * {@code breakdown}; a group with a zero denominator or without a numerator (an aggregate over
     * no rows, such as the freshness of a department that never published) has no value that day.
     * The day's values of the indicator that this round did not write (a department whose last item
     * was withdrawn) are removed, so that what is stored is what the events say now.
     */
    private void upsert(LocalDate day, String indicator, String rows, Breakdown breakdown, String numerator,
                        String denominator) {
        String sql = """
                insert into indicator_value (day, indicator, region, department, item, channel, value, numerator,
                    denominator, computed_at)
                select :day, :indicator, %1$s, %2$s, %3$s, %4$s, round(%5$s::numeric / %6$s, 4), %5$s, %6$s, :now
                from (%7$s) source
                group by grouping sets (%8$s)
                having %6$s > 0 and %5$s is not null
                on conflict (indicator, region, department, item, channel, day) do update set value = excluded.value,
                    numerator = excluded.numerator, denominator = excluded.denominator, computed_at = excluded.computed_at
                """.formatted(breakdown.region(), breakdown.department(), breakdown.itemColumn(),
                breakdown.channelColumn(), numerator, denominator, rows, breakdown.groupingSets());
        Timestamp now = Timestamp.from(clock.instant());
        var statement = jdbc.sql(sql).param("day", Date.valueOf(day)).param("indicator", indicator).param("now", now);
        if (rows.contains(":from")) {
            statement = statement.param("from", Timestamp.from(day.atStartOfDay(CHINA).toInstant()))
                    .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        statement.update();
        jdbc.sql("delete from indicator_value where day = ? and indicator = ? and computed_at < ?")
                .params(Date.valueOf(day), indicator, now)
                .update();
    }
}

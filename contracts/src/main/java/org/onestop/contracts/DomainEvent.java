package org.onestop.contracts;

/**
 * A fact that happened in one aggregate, published on that aggregate's topic.
 *
 * <p>Every event names where it happened (region, department) and through which channel, so
 * that indicators can be split by them. On the wire it is a JSON object of the record's
 * components; {@link #eventType()} travels as the CloudEvents {@code ce_type} header and
 * {@link #aggregateId()} as the record key, so neither is repeated in the body.
 */
public interface DomainEvent {

    /** CloudEvents type, e.g. {@code processing.case.accepted.v1}. */
    String eventType();

    /** The aggregate's id: the Kafka record key, so events of one aggregate keep their order. */
    String aggregateId();

    /** What people look the event up by (a tracking number, an item code): {@code ce_subject}. */
    String subject();

    /** GB/T 2260 code of the region where it happened. */
    String regionCode();

    /** Code of the department that owns the aggregate. */
    String departmentCode();

    /** Channel the action came through: web, wechat, app, weibo, hall, or system. */
    String channel();
}

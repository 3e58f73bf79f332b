package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * Somebody searched the public catalog (the first page of a search with query text).
 *
 * @param searchId       a fresh id per search: the record key
 * @param queryText      what was searched for, trimmed, at most 100 characters, long digit runs masked
 *                       (first 6 and last 4 kept) so an identity number typed into the box is not kept whole
 * @param resultCount    how many published items matched
 * @param topic          the topic filter, if any (likewise the other filters)
 * @param regionCode     the region filter, if any
 * @param departmentCode the department filter, if any
 */
public record CatalogSearched(
        String searchId,
        String queryText,
        long resultCount,
        String topic,
        String serviceObject,
        String itemType,
        String level,
        String onlineDepth,
        String regionCode,
        String departmentCode,
        String channel,
        Instant searchedAt) implements BehaviourEvent {

    public static final String TYPE = "portal.behaviour.catalog-searched.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return searchId;
    }

    @Override
    public String subject() {
        return null;
    }
}

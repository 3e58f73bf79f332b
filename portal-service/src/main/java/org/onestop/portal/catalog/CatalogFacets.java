package org.onestop.portal.catalog;

import java.util.List;
import java.util.Map;

/**
 * How many listed items each value of each facet has, under the request's criteria (the
 * facet's own criterion included): {@code facets.itemType}, {@code level}, {@code onlineDepth},
 * {@code serviceObject}, {@code topic}, {@code region}, {@code department}, most first.
 */
record CatalogFacets(long total, Map<String, List<Count>> facets) {

    record Count(String value, long count) {
    }
}

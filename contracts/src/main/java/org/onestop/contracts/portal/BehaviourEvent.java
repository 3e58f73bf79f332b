package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/**
 * What the public does on the portal (searches, guide views) on {@code portal.behaviour.v1}, for
 * the indicators. No personal data: no account, no address, query text with identity-like
 * numbers masked.
 */
public sealed interface BehaviourEvent extends DomainEvent permits CatalogSearched, GuideViewed {
}

package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/** Events of a person's notifications inbox on {@code portal.notification.v1}, for SMS or WeChat adapters. */
public sealed interface NotificationEvent extends DomainEvent permits NotificationCreated, NotificationDeliveryChanged {
}

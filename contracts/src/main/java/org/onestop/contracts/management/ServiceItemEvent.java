package org.onestop.contracts.management;

import org.onestop.contracts.DomainEvent;

/** Events of a service item (政务服务事项) on {@code management.service-item.v1}. */
public sealed interface ServiceItemEvent extends DomainEvent permits ServiceItemPublished, ServiceItemSuperseded, ServiceItemWithdrawn {
}

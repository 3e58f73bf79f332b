package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/** Events of an application (申请) on {@code portal.application.v1}. */
public sealed interface ApplicationEvent extends DomainEvent permits ApplicationSubmitted, ApplicationCorrected, ApplicationWithdrawn {
}

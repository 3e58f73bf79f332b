package org.onestop.portal.notification.domain;

/** A way a notification leaves the platform; the inbox itself is the record of every message. */
public enum DeliveryChannel {
    EMAIL
}

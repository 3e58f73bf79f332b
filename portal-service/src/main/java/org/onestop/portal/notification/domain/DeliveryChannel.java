package org.onestop.portal.notification.domain;

/** A way a notification leaves the platform; the inbox itself is the record of every message. */
public enum DeliveryChannel {
    EMAIL,
    /** A text message to a mainland mobile number, through the configured provider (Alibaba Cloud or Tencent Cloud). */
    SMS
}

package org.onestop.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code onestop.gateway.max-request-size}: the largest request body the gateway forwards. */
@ConfigurationProperties("onestop.gateway")
record RequestLimits(@DefaultValue("10MB") DataSize maxRequestSize) {
}

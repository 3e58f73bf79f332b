package org.onestop.gateway.clients;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onestop.gateway.trusted-proxies}: the addresses and CIDR blocks whose X-Forwarded-For and
 * X-Forwarded-Proto the gateway believes (by default loopback only: the website calls the gateway from this machine).
 */
@ConfigurationProperties("onestop.gateway")
record ClientSettings(@DefaultValue({"127.0.0.0/8", "::1"}) List<String> trustedProxies) {
}

package org.onestop.e2e;

import java.util.Map;

/**
 * Ports of a platform under test, away from the defaults so a developer's own platform can keep
 * running, and all below Linux's ephemeral range (32768 and up), where a client connection of a
 * platform just stopped could hold one of them as its local port and fail the next start. The
 * website's port keeps clear of processing + 2, where FaultToleranceIT starts a second processing
 * instance.
 */
record Ports(int gateway, int portal, int management, int processing, int dataSharing, int web, int postgres, int kafka,
             int smtp, int imap) {

    /** The journeys' platform. */
    static final Ports E2E = new Ports(18080, 18081, 18082, 18083, 18084, 18089, 25432, 19392, 18025,
            18143);
    /** The fault tests' own platform, so that it never meets the journeys' one. */
    static final Ports FAULTS = new Ports(18180, 18181, 18182, 18183, 18184, 18189, 25532, 19192, 18125,
            18243);

    Map<String, String> environment() {
        return Map.of(
                "ONESTOP_GATEWAY_PORT", String.valueOf(gateway),
                "ONESTOP_PORTAL_PORT", String.valueOf(portal),
                "ONESTOP_MANAGEMENT_PORT", String.valueOf(management),
                "ONESTOP_PROCESSING_PORT", String.valueOf(processing),
                "ONESTOP_DATA_SHARING_PORT", String.valueOf(dataSharing),
                "ONESTOP_WEB_PORT", String.valueOf(web),
                "ONESTOP_POSTGRES_PORT", String.valueOf(postgres),
                "ONESTOP_KAFKA_PORT", String.valueOf(kafka),
                "ONESTOP_SMTP_PORT", String.valueOf(smtp),
                "ONESTOP_IMAP_PORT", String.valueOf(imap));
    }
}

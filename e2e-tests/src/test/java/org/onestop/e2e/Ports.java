package org.onestop.e2e;

import java.util.Map;

/** Ports of a platform under test, away from the defaults so a developer's own platform can keep running. */
record Ports(int gateway, int portal, int management, int processing, int dataSharing, int postgres, int kafka) {

    static final Ports E2E = new Ports(18080, 18081, 18082, 18083, 18084, 25432, 39092);

    Map<String, String> environment() {
        return Map.of(
                "ONESTOP_GATEWAY_PORT", String.valueOf(gateway),
                "ONESTOP_PORTAL_PORT", String.valueOf(portal),
                "ONESTOP_MANAGEMENT_PORT", String.valueOf(management),
                "ONESTOP_PROCESSING_PORT", String.valueOf(processing),
                "ONESTOP_DATA_SHARING_PORT", String.valueOf(dataSharing),
                "ONESTOP_POSTGRES_PORT", String.valueOf(postgres),
                "ONESTOP_KAFKA_PORT", String.valueOf(kafka));
    }
}

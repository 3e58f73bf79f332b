package org.onestop.gateway.clients;

import java.util.List;

/** For code outside this package that needs a {@link ClientAddresses} without a Spring context. */
public final class ClientAddressesFactory {

    private ClientAddressesFactory() {
    }

    public static ClientAddresses loopbackTrusted() {
        return new ClientAddresses(new ClientSettings(List.of("127.0.0.0/8", "::1")));
    }
}

package org.onestop.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

    private final List<PortClaim> defaults = PlatformSettings.fromEnvironment(Map.of(), Path.of("/repo")).portClaims();

    @Test
    void everyPortOfThePlatformIsClaimed() {
        assertThat(defaults).extracting(PortClaim::port)
                .containsExactly(8080, 9080, 8081, 8082, 8083, 8084, 8085, 15432, 29092, 29093, 2525, 2143);
    }

    @Test
    void allFreeMeansGo() {
        assertThatCode(() -> PortCheck.requireFree(defaults, port -> true)).doesNotThrowAnyException();
    }

    @Test
    void aBusyPortNamesThePortAndWhatWantedIt() {
        assertThatThrownBy(() -> PortCheck.requireFree(defaults, port -> port != 15432))
                .isInstanceOfSatisfying(LaunchFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(2);
                    assertThat(failure.getMessage())
                            .startsWith("Port 15432 is already in use, but PostgreSQL needs it.")
                            .contains("ONESTOP_POSTGRES_PORT")
                            .doesNotContain("\n");
                });
    }

    @Test
    void theKafkaControllerPortCountsToo() {
        assertThatThrownBy(() -> PortCheck.requireFree(defaults, port -> port != 29093))
                .hasMessageStartingWith("Port 29093 is already in use, but Kafka (controller listener) needs it.");
    }

    @Test
    void twoProcessesOnOnePortAreRefusedBeforeProbing() {
        List<PortClaim> clash = PlatformSettings.fromEnvironment(Map.of("ONESTOP_PORTAL_PORT", "8080"), Path.of("/repo"))
                .portClaims();

        assertThatThrownBy(() -> PortCheck.requireFree(clash, port -> true))
                .isInstanceOfSatisfying(LaunchFailure.class, failure -> assertThat(failure.exitCode()).isEqualTo(2))
                .hasMessageStartingWith("Port 8080 is wanted by both gateway and portal-service");
    }

    @Test
    void aListeningSocketMakesThePortBusy() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));

            assertThat(PortCheck.isFree(listener.getLocalPort())).isFalse();
        }
    }
}

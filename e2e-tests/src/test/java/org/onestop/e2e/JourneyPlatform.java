package org.onestop.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform for all the journey classes of a test run: the first class that needs it starts it
 * ({@code ./onestop up --detach --fresh}), and it is stopped when the run ends. A journey class
 * must leave it working for the next one (faults belong to {@link FaultToleranceIT}, which starts
 * its own).
 */
final class JourneyPlatform implements BeforeAllCallback {

    static final Ports PORTS = Ports.E2E;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JourneyPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> new Running(), Running.class);
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class of the run. */
    private static final class Running implements AutoCloseable {

        private final OneStopPlatform platform = new OneStopPlatform("journey", PORTS);

        Running() {
            platform.up();
        }

        @Override
        public void close() {
            platform.down();
        }
    }
}

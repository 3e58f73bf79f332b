package org.onestop.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Makes sure every port the platform needs is free before anything starts. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param isFree tells whether nothing listens on a port; {@link #isFree(int)} in real use
     * @throws LaunchFailure with exit code 2, naming the port and what wanted it
     */
    public static void requireFree(List<PortClaim> claims, IntPredicate isFree) {
        Map<Integer, PortClaim> claimed = new HashMap<>();
        for (PortClaim claim : claims) {
            PortClaim earlier = claimed.putIfAbsent(claim.port(), claim);
            if (earlier != null) {
                throw new LaunchFailure(LaunchFailure.PORT_IN_USE, "Port " + claim.port()
                        + " is wanted by both " + earlier.owner() + " and " + claim.owner()
                        + "; give them different ports (" + earlier.environmentVariable() + ", "
                        + claim.environmentVariable() + ").");
            }
        }
        for (PortClaim claim : claims) {
            if (!isFree.test(claim.port())) {
                throw new LaunchFailure(LaunchFailure.PORT_IN_USE, "Port " + claim.port()
                        + " is already in use, but " + claim.owner() + " needs it. Stop what uses it"
                        + " (is OneStop already running? try ./onestop status) or choose another port with "
                        + claim.environmentVariable() + ".");
            }
        }
    }

    /** True when this process can listen on the port on all interfaces, i.e. nothing else does. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // like the servers themselves: connections of a previous run in TIME_WAIT do not count
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}

package org.onestop.launcher;

/**
 * A problem the launcher explains to the user in one message and turns into an exit code,
 * without a stack trace.
 */
public final class LaunchFailure extends RuntimeException {

    /** Exit code for a wrong command line. */
    public static final int USAGE = 64;
    /** Exit code for a port that is already in use (or claimed twice). */
    public static final int PORT_IN_USE = 2;
    /** Exit code for anything else that stopped the platform from starting. */
    public static final int START_FAILED = 1;

    private final int exitCode;

    public LaunchFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public LaunchFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

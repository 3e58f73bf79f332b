package org.onestop.launcher;

/** A port the platform will listen on, with what wants it and the variable that moves it. */
public record PortClaim(int port, String owner, String environmentVariable) {
}

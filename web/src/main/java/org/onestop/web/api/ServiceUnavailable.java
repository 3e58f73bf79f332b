package org.onestop.web.api;

/** The gateway or a service behind it did not answer in time, or answered 5xx: a friendly page, never a trace. */
public class ServiceUnavailable extends RuntimeException {

    private final String correlationId;

    public ServiceUnavailable(String message, String correlationId, Throwable cause) {
        super(message, cause);
        this.correlationId = correlationId;
    }

    public String correlationId() {
        return correlationId;
    }
}

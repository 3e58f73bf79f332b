package org.onestop.platform.rules;

/**
 * A domain rule says this person may not take this step (only the issuing department revokes its certificate).
 * The web layer answers it as a 403 problem of type {@code urn:onestop:problem:forbidden}.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}

package org.onestop.platform.problem;

import java.util.Map;
import org.onestop.platform.rules.StateConflict;

/**
 * The request clashes with the current state, found outside the domain (a use case): 409, with whatever helps the
 * caller go on (see {@link StateConflict} for the names the properties may not take). Domain classes throw
 * {@link StateConflict} itself.
 */
public class ConflictException extends StateConflict {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Map<String, Object> properties) {
        super(message, properties);
    }
}

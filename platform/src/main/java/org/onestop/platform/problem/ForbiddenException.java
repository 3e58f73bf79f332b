package org.onestop.platform.problem;

import org.onestop.platform.rules.NotPermitted;

/** The caller is known but may not do this: 403 (domain classes throw {@link NotPermitted} itself). */
public class ForbiddenException extends NotPermitted {

    public ForbiddenException(String message) {
        super(message);
    }
}

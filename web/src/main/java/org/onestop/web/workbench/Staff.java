package org.onestop.web.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.session.SignedIn;
import org.onestop.web.session.Visitors;

/** Who may use the workbench: signed-in staff; anyone else signs in, or is told it is not for them (403). */
final class Staff {

    private Staff() {
    }

    /** The signed-in staff member; empty when nobody is signed in (the page then sends them to sign in). */
    static Optional<SignedIn> of(HttpServletRequest request, Visitors visitors) {
        Optional<SignedIn> person = visitors.signedIn(request);
        if (person.isPresent() && !person.get().hasRole("STAFF")) {
            throw new ApiProblem(403, "The workbench is for the departments' staff", null, Map.of(), Map.of());
        }
        return person;
    }
}

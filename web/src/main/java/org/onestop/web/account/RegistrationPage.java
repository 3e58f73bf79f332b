package org.onestop.web.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registration of natural persons (个人) and legal persons (法人), then signed in. A refusal is
 * shown next to its fields, and everything typed but the passwords is kept. A person sent here from
 * the sign-in page on the way to a service goes on to it once registered (the same {@code next} as
 * signing in, a path of this site only); otherwise to their space with a welcome.
 */
@Controller
class RegistrationPage {

    static final List<String> PERSON_FIELDS = List.of("name", "identityNumber", "mobile", "username", "password");
    static final List<String> ENTERPRISE_FIELDS =
            List.of("enterpriseName", "creditCode", "legalRepresentative", "username", "password");

    private final Gateway gateway;
    private final Visitors visitors;

    RegistrationPage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/register")
    String form(@RequestParam(defaultValue = "person") String kind, @RequestParam(required = false) String next,
                Model model) {
        model.addAttribute("kind", "enterprise".equals(kind) ? "enterprise" : "person");
        model.addAttribute("next", onwards(next));
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", Map.of());
        return "register";
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "person") String kind, @RequestParam Map<String, String> form,
                    HttpServletRequest request, Model model) {
        boolean enterprise = "enterprise".equals(kind);
        Map<String, String> body = new LinkedHashMap<>();
        for (String field : enterprise ? ENTERPRISE_FIELDS : PERSON_FIELDS) {
            String value = form.getOrDefault(field, "");
            body.put(field, field.equals("password") ? value : value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!body.get("password").equals(form.getOrDefault("passwordAgain", ""))) {
            errors.put("passwordAgain", "register.passwordsDiffer");
        }
        if (errors.isEmpty()) {
            try {
                gateway.post("/api/portal/v1/registrations/" + (enterprise ? "legal-persons" : "natural-persons"), body,
                        visitors.caller(request));
                visitors.signIn(request, body.get("username"), body.get("password"));
                String next = onwards(form.get("next"));
                return "redirect:" + (next == null ? "/my?welcome" : next);
            } catch (ApiProblem refused) {
                if (refused.status() == 429) {
                    errors.put("tooMany", "signIn.tooMany");
                } else if (refused.status() == 409 && refused.property("field") != null) {
                    errors.put(String.valueOf(refused.property("field")), "register.taken");
                } else if (refused.fieldErrors().isEmpty()) {
                    errors.put("form", refused.getMessage());
                } else {
                    List<String> fields = enterprise ? ENTERPRISE_FIELDS : PERSON_FIELDS;
                    refused.fieldErrors().forEach((field, message) -> {
                        if (fields.contains(field)) {
                            errors.put(field, "register.invalid." + field);
                        } else {
                            errors.put("form", message);
                        }
                    });
                }
            }
        }
        Map<String, String> kept = new LinkedHashMap<>(body);
        kept.remove("password");
        model.addAttribute("kind", enterprise ? "enterprise" : "person");
        model.addAttribute("typed", kept);
        model.addAttribute("errors", errors);
        model.addAttribute("next", onwards(form.get("next")));
        return "register";
    }

    /** Where the person was going before registering, if anywhere but their own space. */
    private static String onwards(String next) {
        String path = next == null || next.isBlank() ? null : SignInPage.safeNext(next);
        return path == null || path.equals("/my") ? null : path;
    }
}

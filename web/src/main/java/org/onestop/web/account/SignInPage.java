package org.onestop.web.account;

import jakarta.servlet.http.HttpServletRequest;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in and out with the portal's accounts; the tokens stay in the server-side session. */
@Controller
class SignInPage {

    private final Visitors visitors;

    SignInPage(Visitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping("/sign-in")
    String form(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        try {
            if (visitors.signIn(request, username.strip(), password).passwordChangeRequired()) {
                return "redirect:/my/password?required";
            }
            return "redirect:" + safeNext(next);
        } catch (ApiProblem refused) {
            model.addAttribute("username", username);
            model.addAttribute("next", safeNext(next));
            model.addAttribute("refusal", refused.status() == 423 ? "signIn.locked"
                    : refused.status() == 429 ? "signIn.tooMany" : "signIn.wrong");
            return "sign-in";
        }
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request) {
        visitors.signOut(request);
        return "redirect:/";
    }

    /** Only a path of this site, never another origin (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/my";
        }
        return next;
    }
}

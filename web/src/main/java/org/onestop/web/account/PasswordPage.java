package org.onestop.web.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's password; also where a person lands after an administrator reset it (the portal
 * then lets the account do nothing else until it is changed).
 */
@Controller
class PasswordPage {

    private final Visitors visitors;

    PasswordPage(Visitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping("/my/password")
    String form(HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/password";
        }
        model.addAttribute("errors", Map.of());
        return "password";
    }

    @PostMapping("/my/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String newPasswordAgain, HttpServletRequest request, Model model,
                  RedirectAttributes flash) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/password";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!newPassword.equals(newPasswordAgain)) {
            errors.put("newPasswordAgain", "register.passwordsDiffer");
        } else {
            try {
                visitors.changePassword(request, currentPassword, newPassword);
                flash.addFlashAttribute("notice", "password.changed");
                return "redirect:/my";
            } catch (ApiProblem refused) {
                if (refused.status() == 423 || refused.status() == 429) {
                    errors.put("currentPassword", "signIn.locked");
                } else if (refused.fieldErrors().containsKey("currentPassword")) {
                    errors.put("currentPassword", "password.wrongCurrent");
                } else {
                    errors.put("newPassword", "register.invalid.password");
                }
            }
        }
        model.addAttribute("errors", errors);
        return "password";
    }
}

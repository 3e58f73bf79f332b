package org.onestop.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Friendly pages instead of traces: the platform unavailable (503, with the correlation id to
 * quote), something not found (404), not allowed (403), a session that ended (to sign in again).
 * A page that shows a problem next to its fields handles its own {@link ApiProblem}s first.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** An exception handler's model is a new one, without the page frame's attributes: they are added here. */
    private final PageModel frame;

    ErrorPages(PageModel frame) {
        this.frame = frame;
    }

    @ExceptionHandler(ServiceUnavailable.class)
    String unavailable(ServiceUnavailable e, Model model, HttpServletRequest request, HttpServletResponse response,
                       java.util.Locale locale) {
        frame.frame(model, request, locale);
        log.warn("The platform is unavailable for a page ({}): {}", e.correlationId(), e.getMessage());
        response.setStatus(503);
        model.addAttribute("problemCorrelationId", e.correlationId());
        model.addAttribute("errorKind", "unavailable");
        return "error/shown";
    }

    /** A file over the upload limit: back to the draft it was meant for, saying so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes flash) {
        var draft = java.util.regex.Pattern.compile("^/my/drafts/([0-9a-fA-F-]{36})/materials$").matcher(request.getRequestURI());
        if (!draft.matches()) {
            return "redirect:/";
        }
        flash.addFlashAttribute("materialError", java.util.Map.of("name", "", "key", "apply.upload.tooLarge"));
        return "redirect:/my/drafts/" + draft.group(1) + "#materials";
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem e, Model model, HttpServletRequest request, HttpServletResponse response,
                   java.util.Locale locale) {
        if (e.status() == 401) {
            request.getSession().invalidate();
            return "redirect:/sign-in?expired";
        }
        frame.frame(model, request, locale);
        response.setStatus(e.status() == 404 || e.status() == 403 ? e.status() : 400);
        model.addAttribute("problemCorrelationId", e.correlationId());
        model.addAttribute("problemDetail", e.getMessage());
        model.addAttribute("errorKind", e.status() == 404 ? "notFound" : e.status() == 403 ? "forbidden" : "problem");
        return "error/shown";
    }
}

package org.onestop.web.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.onestop.web.session.Visitors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame shows: who is signed in, the language and the link to the other one, the channel. */
@ControllerAdvice
class PageModel {

    private final Visitors visitors;

    PageModel(Visitors visitors) {
        this.visitors = visitors;
    }

    @ModelAttribute
    void frame(Model model, HttpServletRequest request, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("signedIn", visitors.signedIn(request).orElse(null));
        model.addAttribute("lang", english ? "en" : "zh-CN");
        model.addAttribute("otherLanguageUrl", withLanguage(request, english ? "zh-CN" : "en"));
        model.addAttribute("channel", visitors.channelOf(request));
        model.addAttribute("correlationId", request.getAttribute(Visitors.CORRELATION_ID));
    }

    /** The page itself, in the other language (a relative link: the gateway's origin stays). */
    static String withLanguage(HttpServletRequest request, String lang) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", lang).build().toUriString();
    }
}

package org.onestop.web.catalog;

import jakarta.servlet.http.HttpServletRequest;
import static org.onestop.web.api.Documents.plain;

import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/** The service guide (办事指南): every field of it, with the ways to apply, book and ask. */
@Controller
class GuidePage {

    private final Gateway gateway;
    private final Visitors visitors;

    GuidePage(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/items/{code}")
    String guide(@PathVariable String code, HttpServletRequest request, Model model) {
        model.addAttribute("item", plain(gateway.get("/api/portal/v1/catalog/items/"
                + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8), visitors.caller(request))));
        return "guide";
    }
}

package org.onestop.web.booking;

import static org.onestop.web.api.Documents.pagesOf;
import static org.onestop.web.api.Documents.plain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Gateway;
import org.onestop.web.session.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Booking a hall visit (预约): the item's halls and their free slots of the coming week, one button a slot; my
 * bookings with cancelling one before it starts. The portal holds the limits (a full slot, three active bookings
 * per item and per hall); its refusal is said on the page.
 */
@Controller
class BookingPages {

    private static final int PAGE_SIZE = 20;

    private final Gateway gateway;
    private final Visitors visitors;

    BookingPages(Gateway gateway, Visitors visitors) {
        this.gateway = gateway;
        this.visitors = visitors;
    }

    @GetMapping("/items/{code}/booking")
    String slots(@PathVariable String code, @RequestParam(defaultValue = "") String hall, HttpServletRequest request,
                 Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/items/" + UriUtils.encodePathSegment(code, "UTF-8") + "/booking";
        }
        var caller = visitors.caller(request);
        JsonNode item = gateway.get("/api/portal/v1/catalog/items/" + UriUtils.encodePathSegment(code, "UTF-8"), caller);
        List<String> halls = new ArrayList<>();
        item.path("guide").path("halls").forEach(h -> halls.add(h.path("name").asString()));
        String chosen = halls.contains(hall) ? hall : halls.isEmpty() ? "" : halls.get(0);
        model.addAttribute("item", plain(item));
        model.addAttribute("halls", halls);
        model.addAttribute("hall", chosen);
        model.addAttribute("slots", chosen.isEmpty() ? List.of() : plain(gateway.get("/api/portal/v1/catalog/items/"
                + UriUtils.encodePathSegment(code, "UTF-8") + "/slots", Map.of("hall", chosen, "size", 100), caller)
                .path("content")));
        return "booking";
    }

    @PostMapping("/items/{code}/booking")
    String book(@PathVariable String code, @RequestParam String hall, @RequestParam String date,
                @RequestParam String start, HttpServletRequest request, RedirectAttributes flash) {
        String back = "/items/" + UriUtils.encodePathSegment(code, "UTF-8") + "/booking?hall="
                + UriUtils.encodeQueryParam(hall, "UTF-8");
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=" + back;
        }
        try {
            gateway.post("/api/portal/v1/bookings", Map.of("itemCode", code, "hall", hall, "date", date, "start", start),
                    visitors.caller(request));
            flash.addFlashAttribute("notice", "booking.booked");
            return "redirect:/my/bookings";
        } catch (ApiProblem refused) {
            if (refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            flash.addFlashAttribute("bookingError", refusalKey(refused));
            return "redirect:" + back;
        }
    }

    @GetMapping("/my/bookings")
    String mine(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/bookings";
        }
        int shown = Math.max(page, 0);
        JsonNode bookings = gateway.get("/api/portal/v1/bookings", Map.of("page", shown, "size", PAGE_SIZE),
                visitors.caller(request));
        model.addAttribute("bookings", plain(bookings.path("content")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pagesOf(bookings, PAGE_SIZE));
        return "bookings";
    }

    @PostMapping("/my/bookings/{id}/cancel")
    String cancel(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes flash) {
        if (visitors.signedIn(request).isEmpty()) {
            return "redirect:/sign-in?next=/my/bookings";
        }
        try {
            gateway.post("/api/portal/v1/bookings/" + id + "/cancel", Map.of(), visitors.caller(request));
            flash.addFlashAttribute("notice", "booking.cancelled");
        } catch (ApiProblem refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            flash.addFlashAttribute("bookingError", "booking.refused.cancel");
        }
        return "redirect:/my/bookings";
    }

    private static String refusalKey(ApiProblem refused) {
        if (refused.property("maxActivePerItem") != null || refused.property("maxActivePerHall") != null) {
            return "booking.refused.limit";
        }
        if (refused.property("capacity") != null) {
            return "booking.refused.full";
        }
        return refused.status() == 409 ? "booking.refused.twice" : "booking.refused.slot";
    }
}

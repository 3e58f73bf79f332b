package org.onestop.portal.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.booking.Bookings.SlotView;
import org.onestop.portal.booking.domain.Booking;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizens and enterprises book, cancel and list their own bookings of a hall's time slots; the
 * slots themselves are public, under the catalog item. Someone else's booking is a 404.
 */
@RestController
@RequestMapping("/api/portal/v1")
class BookingController {

    private final Bookings bookings;

    BookingController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** The item's slots from today up to 14 days ahead (default a week from {@code from}), with places left. */
    @GetMapping("/catalog/items/{code}/slots")
    PageResponse<SlotView> slots(@PathVariable String code, @RequestParam(required = false) String hall,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return bookings.slots(code, hall, from, to, PageRequest.of(page, size));
    }

    @PostMapping("/bookings")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    ResponseEntity<BookingView> book(@Valid @RequestBody BookSlot request, @AuthenticationPrincipal Jwt jwt) {
        Booking booking = bookings.book(CurrentUser.of(jwt), request.itemCode(), request.hall(), request.date(),
                request.start(), request.trackingNumber());
        return ResponseEntity.created(URI.create("/api/portal/v1/bookings/" + booking.id())).body(BookingView.of(booking));
    }

    @GetMapping("/bookings")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    PageResponse<BookingView> mine(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @AuthenticationPrincipal Jwt jwt) {
        return bookings.mine(CurrentUser.of(jwt), PageRequest.of(page, size)).map(BookingView::of);
    }

    @GetMapping("/bookings/{id}")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    BookingView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return BookingView.of(bookings.findOwn(id, CurrentUser.of(jwt)));
    }

    @PostMapping("/bookings/{id}/cancel")
    @PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
    BookingView cancel(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return BookingView.of(bookings.cancel(id, CurrentUser.of(jwt)));
    }

    /** Staff of the item's department: the day's bookings of its halls (one hall with {@code hall}). */
    @GetMapping("/hall-bookings")
    @PreAuthorize("hasRole('STAFF')")
    PageResponse<StaffBookingView> hallDay(@RequestParam String itemCode, @RequestParam(required = false) String hall,
                                           @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @AuthenticationPrincipal Jwt jwt) {
        return bookings.hallDay(CurrentUser.of(jwt), itemCode, hall, date, PageRequest.of(page, size))
                .map(StaffBookingView::of);
    }

    /** Only the slot and an optional tracking number of one's own application are taken; the rest is set here. */
    record BookSlot(@NotBlank String itemCode, @NotBlank String hall, @NotNull LocalDate date, @NotNull LocalTime start,
                    @Size(max = 64) String trackingNumber) {
    }

    record BookingView(String id, String itemCode, String itemName, String hall, LocalDate date, String start, String end,
                       String status, String trackingNumber, String channel, Instant bookedAt, Instant cancelledAt) {

        static BookingView of(Booking b) {
            return new BookingView(b.id().toString(), b.itemCode(), b.itemName(), b.hall(), b.day(), b.start().toString(),
                    b.end().toString(), b.status().name(), b.trackingNumber(), b.channel(), b.bookedAt(), b.cancelledAt());
        }
    }

    /** What the hall's staff see: who comes when (account id and display name; no identity number). */
    record StaffBookingView(String id, String accountId, String name, String hall, LocalDate date, String start,
                            String end, String status, String trackingNumber, String channel, Instant bookedAt) {

        static StaffBookingView of(Booking b) {
            return new StaffBookingView(b.id().toString(), b.accountId(), b.accountName(), b.hall(), b.day(),
                    b.start().toString(), b.end().toString(), b.status().name(), b.trackingNumber(), b.channel(),
                    b.bookedAt());
        }
    }
}

package org.onestop.portal.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.notification.domain.Delivery;
import org.onestop.portal.notification.domain.Notification;
import org.onestop.portal.notification.domain.NotificationPreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications inbox and how they want to be told; another person's notification is a 404. */
@RestController
@RequestMapping("/api/portal/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;
    private final NotificationSettings settings;
    private final Deliveries deliveries;

    NotificationController(Notifications notifications, NotificationSettings settings, Deliveries deliveries) {
        this.notifications = notifications;
        this.settings = settings;
        this.deliveries = deliveries;
    }

    @GetMapping
    PageResponse<NotificationView> mine(@RequestParam(required = false) Boolean unread,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @AuthenticationPrincipal Jwt jwt) {
        return notifications.mine(CurrentUser.of(jwt).id(), Boolean.TRUE.equals(unread), PageRequest.of(page, size))
                .map(received -> NotificationView.of(received.notification(), received.deliveries()));
    }

    @GetMapping("/preferences")
    PreferencesView preferences(@AuthenticationPrincipal Jwt jwt) {
        return PreferencesView.of(settings.of(CurrentUser.of(jwt).id()), deliveries);
    }

    @PutMapping("/preferences")
    PreferencesView changePreferences(@Valid @RequestBody PreferencesChange change, @AuthenticationPrincipal Jwt jwt) {
        return PreferencesView.of(settings.change(CurrentUser.of(jwt).id(), change.email(),
                Boolean.TRUE.equals(change.emailEnabled()), change.phone(), Boolean.TRUE.equals(change.smsEnabled()),
                change.quietFrom(), change.quietUntil(), change.language()), deliveries);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("unread", notifications.unreadCount(CurrentUser.of(jwt).id()));
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return NotificationView.of(notifications.markRead(id, CurrentUser.of(jwt).id()), List.of());
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("marked", notifications.markAllRead(CurrentUser.of(jwt).id()));
    }

    /** A notification, with its messages on other channels (on marking read: none, they are on the inbox page). */
    record NotificationView(String id, String kind, String title, String text, String reference, String departmentCode,
                            boolean read, Instant createdAt, Instant readAt, List<DeliveryView> deliveries) {

        static NotificationView of(Notification n, List<Delivery> sent) {
            return new NotificationView(n.id().toString(), n.kind().name(), n.title(), n.text(), n.reference(),
                    n.departmentCode(), n.read(), n.createdAt(), n.readAt(), sent.stream().map(DeliveryView::of).toList());
        }
    }

    /** What became of one message: its channel, status, attempts so far and when it last moved. */
    record DeliveryView(String channel, String status, int attempts, Instant updatedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.channel().name(), d.status().name(), d.attempts(), d.updatedAt());
        }
    }

    /** The quiet hours are local times ("22:00") in the platform's zone. */
    record PreferencesChange(@Email @Size(max = 254) String email, Boolean emailEnabled, @Size(max = 20) String phone,
                             Boolean smsEnabled, LocalTime quietFrom, LocalTime quietUntil,
                             @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language) {
    }

    /**
     * Quiet hours as "HH:mm"; {@code emailAvailable} and {@code smsAvailable}: whether this platform has an SMTP relay
     * and an SMS provider to send by.
     */
    record PreferencesView(String email, boolean emailEnabled, String phone, boolean smsEnabled, String quietFrom,
                           String quietUntil, String language, boolean emailAvailable, boolean smsAvailable) {

        private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

        static PreferencesView of(NotificationPreferences p, Deliveries channels) {
            return new PreferencesView(p.email(), p.emailEnabled(), p.phone(), p.smsEnabled(),
                    p.quietFrom() == null ? null : HOURS.format(p.quietFrom()),
                    p.quietUntil() == null ? null : HOURS.format(p.quietUntil()), p.language().toLanguageTag(),
                    channels.emailAvailable(), channels.smsAvailable());
        }
    }
}

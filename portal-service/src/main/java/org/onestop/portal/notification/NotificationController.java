package org.onestop.portal.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.notification.domain.Notification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications inbox; another person's notification is a 404. */
@RestController
@RequestMapping("/api/portal/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<NotificationView> mine(@RequestParam(required = false) Boolean unread,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @AuthenticationPrincipal Jwt jwt) {
        return notifications.mine(CurrentUser.of(jwt).id(), Boolean.TRUE.equals(unread), PageRequest.of(page, size))
                .map(NotificationView::of);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("unread", notifications.unreadCount(CurrentUser.of(jwt).id()));
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return NotificationView.of(notifications.markRead(id, CurrentUser.of(jwt).id()));
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("marked", notifications.markAllRead(CurrentUser.of(jwt).id()));
    }

    record NotificationView(String id, String kind, String title, String text, String reference, String departmentCode,
                            boolean read, Instant createdAt, Instant readAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id().toString(), n.kind().name(), n.title(), n.text(), n.reference(),
                    n.departmentCode(), n.read(), n.createdAt(), n.readAt());
        }
    }
}

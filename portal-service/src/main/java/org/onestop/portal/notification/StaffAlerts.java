package org.onestop.portal.notification;

import java.util.Set;
import org.onestop.portal.identity.AccountDirectory;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a department's staff what needs them: one notice to each active staff account with one of the roles, in
 * the transaction of what it tells of (so by the channels each of them chose, once).
 */
@Service
public class StaffAlerts {

    private final AccountDirectory staff;
    private final Notifications notifications;

    StaffAlerts(AccountDirectory staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    /** Returns how many were told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int tell(String departmentCode, String regionCode, Set<String> roles, NotificationKind kind, String title,
                    String text, String reference) {
        var told = staff.activeStaff(departmentCode, roles);
        told.forEach(accountId -> notifications.send(new Notice(accountId, kind, title, text, reference, regionCode,
                departmentCode)));
        return told.size();
    }
}

package org.onestop.portal.notification;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseOverdue;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.DeadlineWarning;
import org.onestop.platform.messaging.InboundEvents;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells a department's staff of the cases that need them, from processing's events: a new case to the clerks,
 * an early warning to the clerks, reviewers and approvers, an overdue case to them and the supervisors. Each event
 * once, in the transaction that records it.
 */
@Component
class CaseAlertsListener {

    static final Set<String> CLERKS = Set.of("CLERK");
    static final Set<String> HANDLERS = Set.of("CLERK", "REVIEWER", "APPROVER");
    static final Set<String> HANDLERS_AND_SUPERVISORS = Set.of("CLERK", "REVIEWER", "APPROVER", "SUPERVISOR");

    private final InboundEvents inbound;
    private final StaffAlerts alerts;

    CaseAlertsListener(InboundEvents inbound, StaffAlerts alerts) {
        this.inbound = inbound;
        this.alerts = alerts;
    }

    @KafkaListener(id = "portal-case-alerts", topics = Topics.CASE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.case-alerts", record, message -> {
            if (message.event() instanceof CaseReceived received) {
                alerts.tell(received.departmentCode(), received.regionCode(), CLERKS, NotificationKind.NEW_CASE,
                        "新收件 New case", "办件 " + received.trackingNumber() + "（事项 " + received.itemCode()
                                + "）已进入本部门收件队列，请及时受理或不予受理。Case " + received.trackingNumber() + " (item "
                                + received.itemCode() + ") is in your department's queue: accept it or decline it.",
                        received.trackingNumber());
            } else if (message.event() instanceof DeadlineWarning warning) {
                alerts.tell(warning.departmentCode(), warning.regionCode(), HANDLERS, NotificationKind.EARLY_WARNING,
                        "办件预警 Early warning", "办件 " + warning.trackingNumber() + " 已用 " + warning.usedWorkingDays()
                                + " / " + warning.limitWorkingDays() + " 个工作日，应于 " + warning.dueOn() + " 前办结。Case "
                                + warning.trackingNumber() + " has used " + warning.usedWorkingDays() + " of its "
                                + warning.limitWorkingDays() + " working days and is due by " + warning.dueOn() + ".",
                        warning.trackingNumber());
            } else if (message.event() instanceof CaseOverdue overdue) {
                alerts.tell(overdue.departmentCode(), overdue.regionCode(), HANDLERS_AND_SUPERVISORS,
                        NotificationKind.OVERDUE, "办件超期 Overdue", "办件 " + overdue.trackingNumber() + " 已超过法定时限（"
                                + overdue.limitWorkingDays() + " 个工作日，应于 " + overdue.dueOn() + " 前办结），请立即处理。Case "
                                + overdue.trackingNumber() + " is past its legal time limit (" + overdue.limitWorkingDays()
                                + " working days, due by " + overdue.dueOn() + "): handle it now.",
                        overdue.trackingNumber());
            }
        });
    }
}

package org.onestop.portal.department;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.contracts.management.DepartmentUpdated;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the portal's departments in step with what management registers and changes. */
@Component
class DepartmentFeedListener {

    private final InboundEvents inbound;
    private final Departments departments;

    DepartmentFeedListener(InboundEvents inbound, Departments departments) {
        this.inbound = inbound;
        this.departments = departments;
    }

    @KafkaListener(id = "portal-departments", topics = Topics.DEPARTMENT)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.departments", record, message -> {
            if (message.event() instanceof DepartmentRegistered registered) {
                departments.record(registered);
            } else if (message.event() instanceof DepartmentUpdated updated) {
                departments.record(updated);
            }
        });
    }
}

package org.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.contracts.management.DepartmentUpdated;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.contracts.portal.BookingEvent;
import org.onestop.contracts.portal.BookingMade;
import org.onestop.contracts.portal.NotificationCreated;
import org.onestop.contracts.portal.NotificationEvent;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.portal.BehaviourEvent;
import org.onestop.contracts.portal.EvaluationEvent;
import org.onestop.contracts.portal.EvaluationSubmitted;
import org.onestop.contracts.portal.InquiryEvent;
import org.onestop.contracts.portal.InquiryOpened;
import org.onestop.contracts.processing.CalendarEvent;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.contracts.processing.WorkingDaysPublished;

class EventTypesTest {

    @Test
    void everyPublishedTypeMapsBackToItsRecord() {
        var published = new ServiceItemPublished("i1", "C1", 1, "n", "PUBLIC_SERVICE", "330100", "d", "dn",
                20, 5, List.of(), "web", Instant.now(), ServiceGuide.empty());
        assertThat(EventTypes.recordFor(published.eventType())).contains(ServiceItemPublished.class);
        assertThat(EventTypes.recordFor(CaseAccepted.TYPE)).contains(CaseAccepted.class);
    }

    @Test
    void everyManagementEventTypeIsRegistered() {
        assertThat(EventTypes.recordFor(ServiceItemWithdrawn.TYPE)).contains(ServiceItemWithdrawn.class);
        assertThat(EventTypes.recordFor(ServiceItemSuperseded.TYPE)).contains(ServiceItemSuperseded.class);
        assertThat(EventTypes.recordFor(DepartmentRegistered.TYPE)).contains(DepartmentRegistered.class);
        assertThat(EventTypes.recordFor(DepartmentUpdated.TYPE)).contains(DepartmentUpdated.class);
        assertThat(EventTypes.recordFor(ArticlePublished.TYPE)).contains(ArticlePublished.class);
        assertThat(EventTypes.recordFor(ArticleWithdrawn.TYPE)).contains(ArticleWithdrawn.class);
        assertThat(Topics.ALL).contains(Topics.DEPARTMENT, Topics.CONTENT);
    }

    @Test
    void aPublishedVersionFromAnOlderProducerStillHasAGuide() {
        var published = new ServiceItemPublished("i1", "C1", 1, "n", "PUBLIC_SERVICE", "330100", "d", "dn",
                20, 5, null, "web", Instant.now(), null);
        assertThat(published.guide().materials()).isEmpty();
        assertThat(published.formFields()).isEmpty();
    }

    @Test
    void departmentAndArticleEventsAreKeyedByTheirOwnIds() {
        var department = new DepartmentRegistered("330100-AMR", "11330100MB1234567X", "杭州市市场监督管理局", "330100",
                "杭州市", List.of("EDITOR"), "web", Instant.now());
        var article = new ArticleWithdrawn("a-1", "NEWS", "过期", "330100", "330100-AMR", "web", Instant.now());
        assertThat(department.aggregateId()).isEqualTo("330100-AMR");
        assertThat(article.aggregateId()).isEqualTo("a-1");
    }

    @Test
    void everyCaseEventTypeIsRegistered() throws ReflectiveOperationException {
        assertEveryTypeRegistered(CaseEvent.class, "processing.case.");
    }

    @Test
    void everyBehaviourEventTypeIsRegisteredAndItsTopicIsLogged() throws ReflectiveOperationException {
        assertEveryTypeRegistered(BehaviourEvent.class, "portal.behaviour.");
        assertThat(Topics.ALL).contains(Topics.BEHAVIOUR);
    }

    private static void assertEveryTypeRegistered(Class<?> sealed, String prefix) throws ReflectiveOperationException {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            String type = (String) permitted.getField("TYPE").get(null);
            assertThat(type).as(permitted.getSimpleName()).startsWith(prefix).endsWith(".v1");
            assertThat(EventTypes.recordFor(type)).as(type).contains(permitted.asSubclass(DomainEvent.class));
        }
    }

    @Test
    void everyBookingAndNotificationEventTypeIsRegistered() throws ReflectiveOperationException {
        for (Class<?> sealed : List.of(BookingEvent.class, NotificationEvent.class)) {
            for (Class<?> permitted : sealed.getPermittedSubclasses()) {
                String type = (String) permitted.getField("TYPE").get(null);
                assertThat(type).as(permitted.getSimpleName()).startsWith("portal.").endsWith(".v1");
                assertThat(EventTypes.recordFor(type)).as(type).contains(permitted.asSubclass(DomainEvent.class));
            }
        }
        assertThat(Topics.ALL).contains(Topics.BOOKING, Topics.NOTIFICATION);
    }

    @Test
    void bookingsAreKeyedByBookingAndNotificationsByNotification() {
        var made = new BookingMade("b-1", "C1", "大厅", LocalDate.of(2026, 12, 1), LocalTime.of(9, 0),
                LocalTime.of(9, 30), "acc-1", null, "330100", "d", "wechat", Instant.now());
        var created = new NotificationCreated("n-1", "acc-1", "BOOKING_MADE", "t", "x", "b-1", "330100", "d", "system",
                Instant.now());
        assertThat(made.aggregateId()).isEqualTo("b-1");
        assertThat(made.subject()).isEqualTo("C1");
        assertThat(created.aggregateId()).isEqualTo("n-1");
    }

    @Test
    void everyAccountEventTypeIsRegisteredOnTheAccountTopic() throws ReflectiveOperationException {
        for (Class<?> permitted : org.onestop.contracts.portal.AccountEvent.class.getPermittedSubclasses()) {
            String type = (String) permitted.getField("TYPE").get(null);
            assertThat(type).as(permitted.getSimpleName()).startsWith("portal.account.").endsWith(".v1");
            assertThat(EventTypes.recordFor(type)).as(type).contains(permitted.asSubclass(DomainEvent.class));
        }
        assertThat(Topics.ALL).contains(Topics.ACCOUNT);
    }

    @Test
    void everyInquiryAndEvaluationEventTypeIsRegisteredAndItsTopicIsLogged() throws ReflectiveOperationException {
        assertEveryTypeRegistered(InquiryEvent.class, "portal.inquiry.");
        assertEveryTypeRegistered(EvaluationEvent.class, "portal.evaluation.");
        assertThat(Topics.ALL).contains(Topics.INQUIRY, Topics.EVALUATION);
    }

    @Test
    void inquiriesAreKeyedByThreadAndEvaluationsLookedUpByTrackingNumber() {
        var opened = new InquiryOpened("q-1", "COMPLAINT", null, "s", "t", "u-1", "NATURAL_PERSON",
                java.time.LocalDate.of(2026, 12, 7), "330100", "330100-AMR", "web", Instant.now());
        var evaluated = new EvaluationSubmitted("e-1", "a-1", "TN-1", "c-1", "C1", 1, "SATISFIED", false,
                5, 4, null, null, null, "u-1", "330100", "330100-AMR", "app", Instant.now());
        assertThat(opened.aggregateId()).isEqualTo("q-1");
        assertThat(opened.subject()).isEqualTo("q-1");
        assertThat(evaluated.aggregateId()).isEqualTo("e-1");
        assertThat(evaluated.subject()).isEqualTo("TN-1");
    }

    @Test
    void calendarSnapshotsAreRegisteredAndKeyedByRegionAndYear() throws ReflectiveOperationException {
        assertEveryTypeRegistered(CalendarEvent.class, "processing.calendar.");
        assertThat(Topics.ALL).contains(Topics.CALENDAR);
        var published = new WorkingDaysPublished("330100", 2026, List.of(LocalDate.of(2026, 1, 5)),
                List.of(LocalDate.of(2026, 1, 1)), null, "system",
                Instant.now());
        assertThat(published.aggregateId()).isEqualTo("330100/2026");
        assertThat(published.subject()).isEqualTo("330100");
        assertThat(new WorkingDaysPublished("000000", 2027, null, null, null, "system", Instant.now()).workingDays())
                .isEmpty();
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertThat(EventTypes.recordFor("processing.case.teleported.v1")).isEmpty();
    }

    @Test
    void caseEventsAreKeyedByCaseAndLookedUpByTrackingNumber() {
        var accepted = new CaseAccepted("case-1", "app-1", "TN-1", "clerk", "ok", "330100", "d", "hall", Instant.now());
        assertThat(accepted.aggregateId()).isEqualTo("case-1");
        assertThat(accepted.subject()).isEqualTo("TN-1");
    }

    @Test
    void deadLetterTopicIsNamedAfterItsSource() {
        assertThat(Topics.deadLetterOf(Topics.CASE)).isEqualTo("processing.case.v1.dlt");
    }
}

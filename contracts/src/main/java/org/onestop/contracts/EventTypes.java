package org.onestop.contracts;

import java.util.Map;
import java.util.Optional;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.contracts.datasharing.SharedRecordPublished;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.contracts.management.ArticleWithdrawn;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.contracts.management.DepartmentUpdated;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.contracts.portal.AccountDisabled;
import org.onestop.contracts.portal.AccountRegistered;
import org.onestop.contracts.portal.ApplicationCorrected;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.ApplicationWithdrawn;
import org.onestop.contracts.portal.CatalogSearched;
import org.onestop.contracts.portal.GuideViewed;
import org.onestop.contracts.portal.MachineClientDisabled;
import org.onestop.contracts.portal.MachineClientRegistered;
import org.onestop.contracts.portal.MachineClientSecretRotated;
import org.onestop.contracts.portal.PasswordReset;
import org.onestop.contracts.portal.BookingCancelled;
import org.onestop.contracts.portal.BookingMade;
import org.onestop.contracts.portal.NotificationCreated;
import org.onestop.contracts.portal.NotificationDeliveryChanged;
import org.onestop.contracts.portal.StaffAccountCreated;
import org.onestop.contracts.portal.AppealAnswered;
import org.onestop.contracts.portal.BadReviewRaised;
import org.onestop.contracts.portal.EvaluationAppealed;
import org.onestop.contracts.portal.EvaluationSubmitted;
import org.onestop.contracts.portal.InquiryClosed;
import org.onestop.contracts.portal.InquiryFollowedUp;
import org.onestop.contracts.portal.InquiryOpened;
import org.onestop.contracts.portal.InquiryReplied;
import org.onestop.contracts.portal.RectificationCompleted;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseAssigned;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseDelivered;
import org.onestop.contracts.processing.CaseNotAccepted;
import org.onestop.contracts.processing.CaseOverdue;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CaseResumed;
import org.onestop.contracts.processing.CaseReviewed;
import org.onestop.contracts.processing.CaseSuspended;
import org.onestop.contracts.processing.CaseWithdrawn;
import org.onestop.contracts.processing.CorrectionAnswered;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.contracts.processing.DeadlineWarning;
import org.onestop.contracts.processing.WorkingDaysPublished;

/**
 * Maps a CloudEvents type to the record it is read into. A consumer that meets a type it does
 * not know skips it: producers may add event types within a major version.
 */
public final class EventTypes {

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = Map.ofEntries(
            Map.entry(ServiceItemPublished.TYPE, ServiceItemPublished.class),
            Map.entry(ServiceItemSuperseded.TYPE, ServiceItemSuperseded.class),
            Map.entry(ServiceItemWithdrawn.TYPE, ServiceItemWithdrawn.class),
            Map.entry(DepartmentRegistered.TYPE, DepartmentRegistered.class),
            Map.entry(DepartmentUpdated.TYPE, DepartmentUpdated.class),
            Map.entry(ArticlePublished.TYPE, ArticlePublished.class),
            Map.entry(ArticleWithdrawn.TYPE, ArticleWithdrawn.class),
            Map.entry(ApplicationSubmitted.TYPE, ApplicationSubmitted.class),
            Map.entry(ApplicationCorrected.TYPE, ApplicationCorrected.class),
            Map.entry(ApplicationWithdrawn.TYPE, ApplicationWithdrawn.class),
            Map.entry(CatalogSearched.TYPE, CatalogSearched.class),
            Map.entry(GuideViewed.TYPE, GuideViewed.class),
            Map.entry(BookingMade.TYPE, BookingMade.class),
            Map.entry(BookingCancelled.TYPE, BookingCancelled.class),
            Map.entry(NotificationCreated.TYPE, NotificationCreated.class),
            Map.entry(NotificationDeliveryChanged.TYPE, NotificationDeliveryChanged.class),
            Map.entry(AccountRegistered.TYPE, AccountRegistered.class),
            Map.entry(StaffAccountCreated.TYPE, StaffAccountCreated.class),
            Map.entry(AccountDisabled.TYPE, AccountDisabled.class),
            Map.entry(PasswordReset.TYPE, PasswordReset.class),
            Map.entry(MachineClientRegistered.TYPE, MachineClientRegistered.class),
            Map.entry(MachineClientDisabled.TYPE, MachineClientDisabled.class),
            Map.entry(MachineClientSecretRotated.TYPE, MachineClientSecretRotated.class),
            Map.entry(InquiryOpened.TYPE, InquiryOpened.class),
            Map.entry(InquiryFollowedUp.TYPE, InquiryFollowedUp.class),
            Map.entry(InquiryReplied.TYPE, InquiryReplied.class),
            Map.entry(InquiryClosed.TYPE, InquiryClosed.class),
            Map.entry(EvaluationSubmitted.TYPE, EvaluationSubmitted.class),
            Map.entry(BadReviewRaised.TYPE, BadReviewRaised.class),
            Map.entry(RectificationCompleted.TYPE, RectificationCompleted.class),
            Map.entry(EvaluationAppealed.TYPE, EvaluationAppealed.class),
            Map.entry(AppealAnswered.TYPE, AppealAnswered.class),
            Map.entry(CaseReceived.TYPE, CaseReceived.class),
            Map.entry(CaseAccepted.TYPE, CaseAccepted.class),
            Map.entry(CaseNotAccepted.TYPE, CaseNotAccepted.class),
            Map.entry(CorrectionRequested.TYPE, CorrectionRequested.class),
            Map.entry(CorrectionAnswered.TYPE, CorrectionAnswered.class),
            Map.entry(CaseReviewed.TYPE, CaseReviewed.class),
            Map.entry(CaseSuspended.TYPE, CaseSuspended.class),
            Map.entry(CaseResumed.TYPE, CaseResumed.class),
            Map.entry(CaseConcluded.TYPE, CaseConcluded.class),
            Map.entry(CaseDelivered.TYPE, CaseDelivered.class),
            Map.entry(CaseWithdrawn.TYPE, CaseWithdrawn.class),
            Map.entry(CaseAssigned.TYPE, CaseAssigned.class),
            Map.entry(DeadlineWarning.TYPE, DeadlineWarning.class),
            Map.entry(CaseOverdue.TYPE, CaseOverdue.class),
            Map.entry(WorkingDaysPublished.TYPE, WorkingDaysPublished.class),
            Map.entry(CertificateIssued.TYPE, CertificateIssued.class),
            Map.entry(CertificateRevoked.TYPE, CertificateRevoked.class),
            Map.entry(SharedRecordPublished.TYPE, SharedRecordPublished.class));

    /** Every type a producer of this major version may send, with its record. */
    public static Map<String, Class<? extends DomainEvent>> all() {
        return BY_TYPE;
    }

    public static Optional<Class<? extends DomainEvent>> recordFor(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventTypes() {
    }
}

package org.onestop.portal.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ForbiddenException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.portal.catalog.CatalogItem;
import org.onestop.portal.catalog.PublicCatalog;
import org.onestop.portal.inquiry.InquiryRepository.DepartmentFilter;
import org.onestop.portal.inquiry.InquiryRepository.Message;
import org.onestop.portal.inquiry.domain.Inquiry;
import org.onestop.portal.inquiry.domain.InquiryKind;
import org.onestop.portal.inquiry.domain.ReplyDeadlines;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consultations and complaints: askers open threads and follow up on their own; the staff of the
 * department a thread is addressed to reply and close it. Every step commits with its event on
 * {@code portal.inquiry.v1}. A thread that is not the caller's (or not the caller's department's)
 * does not exist for them (404).
 */
@Service
class Inquiries {

    static final String ASKER = "ASKER";
    static final String DEPARTMENT = "DEPARTMENT";

    private final InquiryRepository inquiries;
    private final PublicCatalog catalog;
    private final OutboxWriter outbox;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final ReplyDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    Inquiries(InquiryRepository inquiries, PublicCatalog catalog, OutboxWriter outbox, Notifications notifications,
              TransactionTemplate transactions, InquiryProperties properties, WorkingDays workingDays, Clock clock) {
        this.inquiries = inquiries;
        this.catalog = catalog;
        this.outbox = outbox;
        this.notifications = notifications;
        this.transactions = transactions;
        this.deadlines = properties.deadlines();
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Opens a thread about an item (addressed to the item's department) or a department. */
    Thread open(CurrentUser asker, InquiryKind kind, String itemCode, String departmentCode, String subject,
                String text) {
        String item = null;
        String itemName = null;
        String department;
        String region;
        if (itemCode != null && !itemCode.isBlank()) {
            CatalogItem found = catalog.find(itemCode.trim())
                    .orElseThrow(() -> new BadRequestException("itemCode", "no published item " + itemCode));
            item = found.code();
            itemName = found.name();
            department = found.departmentCode();
            region = found.regionCode();
        } else if (departmentCode != null && !departmentCode.isBlank()) {
            department = departmentCode.trim();
            region = catalog.regionOfListedDepartment(department)
                    .orElseThrow(() -> new BadRequestException("departmentCode", "no department " + departmentCode
                            + " in the public catalog"));
        } else {
            throw new BadRequestException("departmentCode", "name the item (itemCode) or the department it is about");
        }
        String askerType = asker.hasRole("LEGAL_PERSON") ? "LEGAL_PERSON" : "NATURAL_PERSON";
        String channel = RequestContext.channel();
        String foundItem = item;
        String foundName = itemName;
        return transactions.execute(status -> {
            Instant now = clock.instant();
            var opened = Inquiry.open(kind, asker.id(), askerType, foundItem, foundName, department, region,
                    subject.trim(), text, channel, deadlines.in(workingDays.of(region)), now);
            inquiries.insert(opened.inquiry());
            inquiries.addMessage(opened.inquiry().id(), ASKER, asker.id(), null, text, channel, now);
            outbox.append(Topics.INQUIRY, opened.event());
            return threadOf(opened.inquiry());
        });
    }

    @Transactional
    Thread followUp(UUID id, CurrentUser asker, String text) {
        Inquiry inquiry = inquiries.lock(id).filter(q -> q.askerId().equals(asker.id()))
                .orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        String channel = RequestContext.channel();
        var changed = inquiry.followUp(text, channel, deadlines.in(workingDays.of(inquiry.regionCode())), now);
        return record(changed, ASKER, asker.id(), null, text, channel, now);
    }

    @Transactional
    Thread reply(UUID id, CurrentUser staff, String text) {
        Inquiry inquiry = lockForDepartment(id, staff);
        Instant now = clock.instant();
        String channel = RequestContext.channel();
        var changed = inquiry.reply(text, staff.username(), channel, now);
        notifications.send(new Notice(inquiry.askerId(), NotificationKind.REPLY,
                (inquiry.kind() == InquiryKind.COMPLAINT ? "投诉已答复 Complaint answered: "
                        : "咨询已答复 Question answered: ") + inquiry.subject(),
                text, inquiry.id().toString(), inquiry.regionCode(), inquiry.departmentCode()));
        return record(changed, DEPARTMENT, staff.id(), staff.name(), text, channel, now);
    }

    @Transactional
    Thread close(UUID id, CurrentUser staff, String note) {
        Inquiry inquiry = lockForDepartment(id, staff);
        Instant now = clock.instant();
        var changed = inquiry.close(note, staff.username(), RequestContext.channel(), now);
        inquiries.update(changed.inquiry(), now);
        outbox.append(Topics.INQUIRY, changed.event());
        return threadOf(changed.inquiry());
    }

    Thread findOwn(UUID id, CurrentUser asker) {
        return inquiries.find(id).filter(q -> q.askerId().equals(asker.id())).map(this::threadOf)
                .orElseThrow(() -> notFound(id));
    }

    PageResponse<Inquiry> listOwn(CurrentUser asker, PageRequest page) {
        return PageResponse.of(inquiries.pageOfAsker(asker.id(), page), page, inquiries.countOfAsker(asker.id()));
    }

    Thread findForDepartment(UUID id, CurrentUser staff) {
        String department = departmentOf(staff);
        return inquiries.find(id).filter(q -> q.departmentCode().equals(department)).map(this::threadOf)
                .orElseThrow(() -> notFound(id));
    }

    PageResponse<Inquiry> listForDepartment(CurrentUser staff, DepartmentFilter filter, PageRequest page) {
        String department = departmentOf(staff);
        var today = ReplyDeadlines.today(clock.instant());
        return PageResponse.of(inquiries.pageOfDepartment(department, filter, today, page), page,
                inquiries.countOfDepartment(department, filter, today));
    }

    LocalDate today() {
        return ReplyDeadlines.today(clock.instant());
    }

    private Thread record(Inquiry.Changed changed, String author, String authorId, String authorName, String text,
                          String channel, Instant now) {
        inquiries.update(changed.inquiry(), now);
        inquiries.addMessage(changed.inquiry().id(), author, authorId, authorName, text, channel, now);
        outbox.append(Topics.INQUIRY, changed.event());
        return threadOf(changed.inquiry());
    }

    private Inquiry lockForDepartment(UUID id, CurrentUser staff) {
        String department = departmentOf(staff);
        return inquiries.lock(id).filter(q -> q.departmentCode().equals(department)).orElseThrow(() -> notFound(id));
    }

    private static String departmentOf(CurrentUser staff) {
        if (staff.department() == null || staff.department().isBlank()) {
            throw new ForbiddenException("Only staff of a department handle consultations and complaints");
        }
        return staff.department();
    }

    private Thread threadOf(Inquiry inquiry) {
        return new Thread(inquiry, inquiries.messagesOf(inquiry.id()));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No consultation or complaint " + id);
    }

    /** A thread with its messages, oldest first. */
    record Thread(Inquiry inquiry, List<Message> messages) {
    }
}

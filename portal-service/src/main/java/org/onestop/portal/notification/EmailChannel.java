package org.onestop.portal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.onestop.portal.notification.domain.DeliveryOutcome;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP (Spring's {@code spring.mail.*} relay): plain text in UTF-8. What the relay answers decides what
 * happens next: taken (250) is sent; a 4xx answer, an unreachable relay or a refused login is tried again later (the
 * last two are the operator's to fix); a 5xx answer or an address the relay rejects is a permanent failure.
 */
final class EmailChannel {

    private final JavaMailSender mail;
    private final String from;

    EmailChannel(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    DeliveryOutcome send(String to, NotificationTemplates.Message message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mail.send(mime);
            return new DeliveryOutcome.Accepted();
        } catch (MailAuthenticationException e) {
            return new DeliveryOutcome.TryLater("the SMTP relay refused the platform's login");
        } catch (MailSendException e) {
            return judge(e);
        } catch (MessagingException | MailException e) {
            return new DeliveryOutcome.TryLater("the message could not be handed to the SMTP relay");
        }
    }

    /** Reads the relay's answer out of the exception chain: its reply code when it gave one. */
    private static DeliveryOutcome judge(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable t = failed; t != null; t = t.getCause()) {
                Integer code = replyCode(t);
                if (code != null) {
                    return code >= 500 ? new DeliveryOutcome.Refused("the SMTP relay answered " + code)
                            : new DeliveryOutcome.TryLater("the SMTP relay answered " + code);
                }
            }
            for (Throwable t = failed; t != null; t = t.getCause()) {
                if (t instanceof ConnectException || t instanceof UnknownHostException
                        || t instanceof SocketTimeoutException) {
                    return new DeliveryOutcome.TryLater("the SMTP relay cannot be reached");
                }
                if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0) {
                    return new DeliveryOutcome.Refused("the SMTP relay rejected the address");
                }
            }
        }
        return new DeliveryOutcome.TryLater("the SMTP relay did not take the message");
    }

    /** The SMTP reply code of Angus Mail's exceptions (SMTPAddressFailedException, SMTPSendFailedException, ...). */
    private static Integer replyCode(Throwable t) {
        if (t instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException failed) {
            return failed.getReturnCode();
        }
        if (t instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException failed) {
            return failed.getReturnCode();
        }
        if (t instanceof org.eclipse.angus.mail.smtp.SMTPSenderFailedException failed) {
            return failed.getReturnCode();
        }
        return null;
    }
}

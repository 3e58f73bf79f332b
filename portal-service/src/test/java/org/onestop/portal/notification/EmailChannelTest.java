package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.onestop.portal.notification.domain.DeliveryOutcome;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What the email channel makes of a real SMTP conversation: taken, refused for good, or not now. */
class EmailChannelTest {

    private static final NotificationTemplates.Message MESSAGE =
            new NotificationTemplates.Message("请补正材料：330100-X", "缺健康证明\n\n——\n请勿回复");

    private static EmailChannel channelTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new EmailChannel(sender, "OneStop <noreply@onestop.local>");
    }

    @Test
    void aMessageTheRelayTakesArrivesWholeInUtf8() throws Exception {
        GreenMail relay = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            DeliveryOutcome outcome = channelTo(relay.getSmtp().getPort()).send("zhang@example.com", MESSAGE);

            assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
            MimeMessage received = relay.getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("请补正材料：330100-X");
            assertThat(received.getContent().toString()).contains("缺健康证明");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("zhang@example.com");
            assertThat(received.getFrom()[0].toString()).contains("noreply@onestop.local");
        } finally {
            relay.stop();
        }
    }

    @Test
    void anAddressTheRelayRejectsIsAPermanentFailure() throws Exception {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer("550 5.1.1 <gone@example.com>: user unknown")) {
            DeliveryOutcome outcome = channelTo(relay.port()).send("gone@example.com", MESSAGE);

            assertThat(outcome).isEqualTo(new DeliveryOutcome.Refused("the SMTP relay answered 550"));
        }
    }

    @Test
    void aRelayThatSaysNotNowIsTriedAgainLater() throws Exception {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer("451 4.3.0 mailbox busy, try again later")) {
            DeliveryOutcome outcome = channelTo(relay.port()).send("busy@example.com", MESSAGE);

            assertThat(outcome).isEqualTo(new DeliveryOutcome.TryLater("the SMTP relay answered 451"));
        }
    }

    @Test
    void aRelayNobodyAnswersIsTriedAgainLater() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }

        DeliveryOutcome outcome = channelTo(closed).send("zhang@example.com", MESSAGE);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.TryLater("the SMTP relay cannot be reached"));
    }
}

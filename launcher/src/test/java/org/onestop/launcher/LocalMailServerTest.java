package org.onestop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local mail server takes mail by SMTP, lets anyone read it by IMAP, and keeps each message as an .eml file. */
class LocalMailServerTest {

    @TempDir
    Path home;

    @Test
    void aMailSentToItIsReadByImapAndKeptAsAFile() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        PlatformSettings settings = PlatformSettings.fromEnvironment(Map.of("ONESTOP_HOME", home.toString(),
                "ONESTOP_SMTP_PORT", String.valueOf(smtp), "ONESTOP_IMAP_PORT", String.valueOf(imap)), Path.of("/repo"));
        LocalMailServer server = LocalMailServer.start(settings);
        try {
            Properties smtpProperties = new Properties();
            smtpProperties.put("mail.smtp.host", "127.0.0.1");
            smtpProperties.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage mail = new MimeMessage(Session.getInstance(smtpProperties));
            mail.setFrom(new InternetAddress("noreply@onestop.local"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("zhangsan@example.com"));
            mail.setSubject("请补正材料：330100-X", "UTF-8");
            mail.setText("缺健康证明", "UTF-8");
            Transport.send(mail);

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imap, "zhangsan@example.com", "any password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("请补正材料：330100-X");
            store.close();
        } finally {
            server.stop();
        }
        List<Path> kept;
        try (var files = Files.list(settings.mailDrop())) {
            kept = files.toList();
        }
        assertThat(kept).extracting(file -> file.getFileName().toString()).containsExactly("00001-zhangsan@example.com.eml");
        assertThat(Files.readString(kept.get(0), StandardCharsets.UTF_8)).contains("To: zhangsan@example.com");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package org.onestop.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local platform's mail server (GreenMail, in the launcher's JVM, on 127.0.0.1 only): the portal sends its
 * notifications to it by SMTP; anyone reads them by IMAP (the user name is the address, any password) or as .eml
 * files in {@code home/mail}, one per message, written as they arrive. Mail is kept in memory and in those files.
 */
final class LocalMailServer {

    private final GreenMail server;
    private final Path drop;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-drop");
        thread.setDaemon(true);
        return thread;
    });
    private int written;
    private int seen;

    private LocalMailServer(PlatformSettings settings) {
        this.server = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        this.drop = settings.mailDrop();
    }

    static LocalMailServer start(PlatformSettings settings) {
        LocalMailServer mail = new LocalMailServer(settings);
        try {
            Files.createDirectories(mail.drop);
            try (var kept = Files.list(mail.drop)) {
                mail.written = (int) kept.filter(file -> file.toString().endsWith(".eml")).count();
            }
        } catch (IOException e) {
            throw new LaunchFailure(LaunchFailure.START_FAILED, "Cannot create " + mail.drop + ": " + e.getMessage());
        }
        mail.server.start();
        mail.writer.scheduleWithFixedDelay(mail::writeNew, 1, 1, TimeUnit.SECONDS);
        return mail;
    }

    /** Writes every message received since the last round as {@code <number>-<recipient>.eml}. */
    private synchronized void writeNew() {
        MimeMessage[] received = server.getReceivedMessages();
        for (int i = seen; i < received.length; i++) {
            try {
                String to = received[i].getAllRecipients()[0].toString().replaceAll("[^A-Za-z0-9@._-]", "_");
                Path file = drop.resolve(String.format(Locale.ROOT, "%05d-%s.eml", ++written, to));
                try (OutputStream out = Files.newOutputStream(file)) {
                    received[i].writeTo(out);
                }
            } catch (IOException | MessagingException e) {
                System.err.println("Could not keep a mail in " + drop + ": " + e.getMessage());
            }
        }
        seen = received.length;
    }

    void stop() {
        writer.shutdown();
        writeNew();
        server.stop();
    }
}

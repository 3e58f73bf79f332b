package org.onestop.e2e;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A person's mailbox on the platform's local mail server, read by IMAP as their mail program would. */
final class Mailbox {

    private final int imapPort;
    private final String address;

    Mailbox(int imapPort, String address) {
        this.imapPort = imapPort;
        this.address = address;
    }

    /** A mail as the person reads it. */
    record Mail(String subject, String body) {
    }

    List<Mail> mail() {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imapPort, address, "any password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mail = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mail.add(new Mail(message.getSubject(), String.valueOf(message.getContent())));
                }
                inbox.close(false);
                return mail;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read " + address + "'s mailbox", e);
        }
    }
}

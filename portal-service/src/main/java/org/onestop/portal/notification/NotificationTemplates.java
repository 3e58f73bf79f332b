package org.onestop.portal.notification;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onestop.portal.notification.domain.NotificationKind;

/**
 * The words of a message leaving the platform: a subject and a body per notification kind, in Chinese or English
 * ({@code notification/templates*.properties}), filled with the notification's own title, text and reference.
 */
final class NotificationTemplates {

    static final Set<String> PLACEHOLDERS = Set.of("title", "text", "reference", "inbox");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTemplates() {
    }

    /** The bundle of a language: English for English, Chinese for anything else. */
    static ResourceBundle bundle(Locale language) {
        Locale chosen = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("notification/templates", chosen, NotificationTemplates.class.getClassLoader(),
                EXACT);
    }

    /** The subject and body of one message. */
    static Message render(NotificationKind kind, Locale language, Map<String, String> values) {
        ResourceBundle words = bundle(language);
        return new Message(fill(text(words, kind + ".subject"), values),
                fill(text(words, kind + ".body") + text(words, "footer"), values));
    }

    static Message render(NotificationKind kind, Locale language, String title, String text, String reference,
                          String inbox) {
        return render(kind, language, Map.of("title", orEmpty(title), "text", orEmpty(text), "reference",
                orEmpty(reference), "inbox", inbox));
    }

    /** The placeholders a template names. */
    static Set<String> placeholdersOf(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String text(ResourceBundle words, String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No notification template " + key, e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Unknown placeholder {" + m.group(1) + "} in a notification template");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One message's words. */
    record Message(String subject, String body) {
    }
}

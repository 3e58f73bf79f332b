package org.onestop.platform.web;

import java.text.Normalizer;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text of a JSON body as the platform keeps it: in Unicode NFC (so that 'é' typed as e and a combining accent
 * is the same name as 'é', for search, duplicates and display), and, when it is a single line, without leading and
 * trailing whitespace. Multi-line texts keep their lines as typed, and passwords and secrets their spaces.
 */
final class TypedText extends StringDeserializer {

    private TypedText() {
    }

    /** The Jackson module that reads every {@code String} this way. */
    static SimpleModule module() {
        return new SimpleModule("onestop-typed-text").addDeserializer(String.class, new TypedText());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String typed = super.deserialize(parser, context);
        if (typed == null || typed.isEmpty()) {
            return typed;
        }
        String text = nfc(typed);
        boolean padded = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
        if (!padded || text.indexOf('\n') >= 0 || secret(parser.currentName())) {
            return text;
        }
        return text.strip();
    }

    /** NFC; most texts (ASCII, Latin-1, CJK ideographs and punctuation) are NFC already, seen without the normaliser. */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stable = c < 0x300 || (c >= 0x3000 && c < 0x3099) || (c > 0x309A && c < 0xA000)
                    || (c >= 0xFF00 && c < 0xFFF0);
            if (!stable) {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    private static boolean secret(String property) {
        if (property == null) {
            return false;
        }
        String name = property.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret");
    }
}

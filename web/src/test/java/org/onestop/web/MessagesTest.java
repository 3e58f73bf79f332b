package org.onestop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything: every key has its Chinese and its English text, and every key a page names exists. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9.-]*)(\\(|})");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher keys = STATIC_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(named);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

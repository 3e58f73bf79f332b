package org.onestop.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.DomainEvent;
import org.onestop.contracts.EventTypes;
import tools.jackson.databind.JsonNode;

/**
 * The wire format of every event type, held fast: one fixed JSON sample per type
 * ({@code event-samples/<type>.json}, every component filled in), which each record must read and
 * write back unchanged. A component renamed, removed or retyped breaks its sample here, before it
 * breaks a consumer; an optional component added needs its sample extended (within a major
 * version only optional fields are added). New types get their sample written with
 * {@code -Donestop.event-samples.write=true} (review it, then commit it); without that flag a
 * missing sample fails.
 */
class EventSamplesTest {

    private static final Path SAMPLES = Path.of("src/test/resources/event-samples");
    private static final boolean WRITE = Boolean.getBoolean("onestop.event-samples.write");

    @Test
    void everyEventTypeHasASampleThatItsRecordReadsAndWritesBackUnchanged() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Class<? extends DomainEvent>> type : EventTypes.all().entrySet()) {
            Path file = SAMPLES.resolve(type.getKey() + ".json");
            if (!Files.exists(file)) {
                if (WRITE) {
                    Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsString(sampleOf(type.getValue())) + "\n", StandardCharsets.UTF_8);
                } else {
                    broken.add(type.getKey() + ": no sample " + file);
                }
                continue;
            }
            String sample = Files.readString(file, StandardCharsets.UTF_8);
            DomainEvent read = EventJson.read(sample, type.getValue());
            JsonNode written = EventJson.mapper().readTree(EventJson.write(read));
            JsonNode expected = EventJson.mapper().readTree(sample);
            if (!written.equals(expected)) {
                broken.add(type.getKey() + ": the record writes\n" + written + "\nbut the sample is\n" + expected);
            }
            if (!read.eventType().equals(type.getKey())) {
                broken.add(type.getKey() + ": the record names its type " + read.eventType());
            }
        }
        assertThat(broken).as("event samples").isEmpty();
    }

    @Test
    void everySampleFillsInEveryComponentSoThatARenameCannotGoUnseen() throws IOException {
        for (Map.Entry<String, Class<? extends DomainEvent>> type : EventTypes.all().entrySet()) {
            Path file = SAMPLES.resolve(type.getKey() + ".json");
            JsonNode sample = EventJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> components = Arrays.stream(type.getValue().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(sample.propertyNames())).as(type.getKey()).containsAll(components);
            components.forEach(name -> assertThat(sample.get(name).isNull()).as(type.getKey() + "." + name).isFalse());
        }
    }

    @Test
    void noSampleIsLeftOfATypeThatIsGone() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            Set<String> sampled = files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(sampled).isEqualTo(new TreeSet<>(EventTypes.all().keySet()));
        }
    }

    /** A record with every component set to a fixed, readable value (used only to write a new sample). */
    private static Object sampleOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "sample";
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == double.class || raw == Double.class) {
            return 0.5;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("1.50");
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-12-04T08:00:00Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse("2026-12-04");
        }
        if (raw == LocalTime.class) {
            return LocalTime.parse("09:00");
        }
        if (raw == DayOfWeek.class) {
            return DayOfWeek.MONDAY;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class || raw == Set.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return raw == List.class ? List.of(sampleOf(element)) : Set.of(sampleOf(element));
        }
        if (raw == Map.class) {
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            return Map.of("key", value == Object.class ? "value" : sampleOf(value));
        }
        if (raw == Object.class) {
            return "value";
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> sampleOf(c.getGenericType())).toArray();
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a sample of " + raw, e);
            }
        }
        throw new IllegalStateException("no sample value for " + type);
    }
}

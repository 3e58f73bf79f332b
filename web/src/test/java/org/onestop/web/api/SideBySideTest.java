package org.onestop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SideBySideTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SideBySide sideBySide = new SideBySide(new WebProperties(URI.create("http://localhost"),
            Duration.ofSeconds(1), 4));

    @AfterEach
    void stop() {
        sideBySide.destroy();
    }

    @Test
    void callsRunAtTheSameTimeAndEachAnswerKeepsItsName() {
        // each call waits for the other: they finish only if they run at the same time
        CountDownLatch bothStarted = new CountDownLatch(2);
        Map<String, tools.jackson.databind.JsonNode> answers = sideBySide.all(Map.of(
                "first", () -> answerAfter(bothStarted, "one"),
                "second", () -> answerAfter(bothStarted, "two")));

        assertThat(answers.get("first").path("value").asString()).isEqualTo("one");
        assertThat(answers.get("second").path("value").asString()).isEqualTo("two");
    }

    @Test
    void aRefusalReachesThePageAsTheCallRaisedIt() {
        ApiProblem refused = new ApiProblem(403, "not yours", "c-1", Map.of(), Map.of());

        assertThatThrownBy(() -> sideBySide.all(Map.of(
                "fine", () -> JSON.createObjectNode(),
                "refused", () -> {
                    throw refused;
                }))).isSameAs(refused);
    }

    private static ObjectNode answerAfter(CountDownLatch bothStarted, String value) {
        bothStarted.countDown();
        try {
            assertThat(bothStarted.await(10, TimeUnit.SECONDS)).as("the other call ran alongside").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return JSON.createObjectNode().put("value", value);
    }
}

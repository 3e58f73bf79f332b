package org.onestop.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The API calls one page needs, made side by side rather than one after the other, so that the page waits for the
 * slowest call and not for their sum. At most {@code onestop.web.parallel-calls} calls run at once for all pages
 * together; more wait their turn. A call's refusal ({@link ApiProblem}) or failure ({@link ServiceUnavailable})
 * reaches the page as it would have from the call made alone.
 */
@Component
public class SideBySide implements DisposableBean {

    private final ExecutorService calls;

    SideBySide(WebProperties properties) {
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(properties.parallelCalls(), task -> {
            Thread thread = new Thread(task, "api-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Each named call's answer, by the same names, once all have answered. */
    public Map<String, JsonNode> all(Map<String, Supplier<JsonNode>> named) {
        Map<String, CompletableFuture<JsonNode>> running = new LinkedHashMap<>();
        named.forEach((name, call) -> running.put(name, CompletableFuture.supplyAsync(call, calls)));
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        running.forEach((name, answer) -> answers.put(name, joined(answer)));
        return answers;
    }

    private static JsonNode joined(CompletableFuture<JsonNode> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}

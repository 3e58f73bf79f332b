package org.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data-sharing issue's "done when" for feeds, with a real Kafka client: the operators' check
 * {@code deploy/checks/shared-feed.sh} run against the journey platform. One department registers a
 * resource of four fields, another is refused its records until granted two of them, then reads
 * exactly those two with kcat on its feed topic and through the pull API. Needs kcat on the PATH
 * ({@code .ci/run} installs it; elsewhere {@code apt-get install kcat}); without it the test is
 * skipped and says so.
 */
@Order(4)
@ExtendWith(JourneyPlatform.class)
class SharedFeedIT {

    @Test
    void aGrantedDepartmentReceivesOnlyTheGrantedFieldsOnKafkaAndThroughThePullApi()
            throws IOException, InterruptedException {
        assumeTrue(kcatInstalled(), "kcat is not installed (apt-get install kcat)");
        Path output = Files.createTempFile("shared-feed", ".out");
        ProcessBuilder check = new ProcessBuilder("bash", "deploy/checks/shared-feed.sh")
                .directory(OneStopPlatform.REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        check.environment().putAll(JourneyPlatform.PORTS.environment());
        Process process = check.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(finished).as("the check finished; output:\n%s", text).isTrue();
        assertThat(process.exitValue()).as("exit code; output:\n%s", text).isZero();
        assertThat(text).contains("kcat data-sharing.feed.330100-TAX.", "only creditCode and name", "pull API: only",
                "shared feed check passed");
    }

    private static boolean kcatInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("kcat", "-V").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.onestop.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void upWithoutOptionsKeepsTheData() {
        assertThat(CommandLine.parse(List.of("up"))).isEqualTo(new CommandLine(CommandLine.Command.UP, false));
    }

    @Test
    void upWithFreshWipesTheData() {
        assertThat(CommandLine.parse(List.of("up", "--fresh")).fresh()).isTrue();
    }

    @Test
    void statusDownAndHelpAreCommands() {
        assertThat(CommandLine.parse(List.of("status")).command()).isEqualTo(CommandLine.Command.STATUS);
        assertThat(CommandLine.parse(List.of("down")).command()).isEqualTo(CommandLine.Command.DOWN);
        assertThat(CommandLine.parse(List.of("--help")).command()).isEqualTo(CommandLine.Command.HELP);
    }

    @Test
    void noArgumentsShowsHelp() {
        assertThat(CommandLine.parse(List.of()).command()).isEqualTo(CommandLine.Command.HELP);
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("start")))
                .isInstanceOfSatisfying(LaunchFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(LaunchFailure.USAGE);
                    assertThat(failure.getMessage()).contains("Unknown command 'start'").contains("Usage:");
                });
    }

    @Test
    void freshOnlyBelongsToUp() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("down", "--fresh")))
                .isInstanceOf(LaunchFailure.class)
                .hasMessageContaining("Unknown option '--fresh' for 'down'");
    }
}

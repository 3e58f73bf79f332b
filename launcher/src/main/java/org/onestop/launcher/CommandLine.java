package org.onestop.launcher;

import java.util.List;

/** What the user asked for: {@code up [--fresh]}, {@code status}, {@code down} or {@code help}. */
public record CommandLine(Command command, boolean fresh) {

    public enum Command { UP, STATUS, DOWN, HELP }

    public static final String USAGE = """
            Usage: onestop <command>
              up [--fresh]   start PostgreSQL, Kafka and the five services; Ctrl-C stops them all
                             --fresh wipes the data folder (ONESTOP_HOME, default .onestop) first
              status         show which processes are running and ready
              down           stop a platform started with 'up' (in another terminal or detached)
              help           show this text""";

    public static CommandLine parse(List<String> args) {
        if (args.isEmpty()) {
            return new CommandLine(Command.HELP, false);
        }
        Command command = switch (args.get(0)) {
            case "up" -> Command.UP;
            case "status" -> Command.STATUS;
            case "down" -> Command.DOWN;
            case "help", "--help", "-h" -> Command.HELP;
            default -> throw new LaunchFailure(LaunchFailure.USAGE,
                    "Unknown command '" + args.get(0) + "'.\n" + USAGE);
        };
        boolean fresh = false;
        for (String option : args.subList(1, args.size())) {
            if (command == Command.UP && option.equals("--fresh")) {
                fresh = true;
            } else {
                throw new LaunchFailure(LaunchFailure.USAGE,
                        "Unknown option '" + option + "' for '" + args.get(0) + "'.\n" + USAGE);
            }
        }
        return new CommandLine(command, fresh);
    }
}

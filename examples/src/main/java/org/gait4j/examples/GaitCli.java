package org.gait4j.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gait} command-line app: {@code java -jar examples/target/gait.jar <command>}.
 * Each subcommand is its own class; errors print one line on stderr and exit non-zero.
 */
@Command(name = "gait", mixinStandardHelpOptions = true, version = "gait4j 0.1.0-SNAPSHOT",
    description = "Gait analysis from recordings of people walking.",
    subcommands = {DemoCommand.class, InfoCommand.class, EventsCommand.class,
        AnalyzeCommand.class})
public final class GaitCli {

  /** Runs the app; exits with the command's code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the app and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new GaitCli());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = parseResult.originalArgs().contains("--verbose");
      commandLine.getErr().println("gait: " + describe(ex));
      if (verbose) {
        ex.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cli.execute(args);
  }

  /** One line saying what went wrong, for any exception a command throws. */
  static String describe(Exception ex) {
    if (ex instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + ex.getMessage();
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + ex.getMessage();
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }
}

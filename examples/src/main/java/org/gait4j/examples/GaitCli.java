package org.gait4j.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gait} command-line app: {@code java -jar examples/target/gait.jar <command>}.
 * Each subcommand is its own class; errors print one line on stderr and exit non-zero.
 *
 * <p>Startup: picocli builds its model of a command by reflection over the annotated fields, which
 * is a good part of a short run's time. When the first argument names a subcommand, only that one
 * is registered; the others are registered for help, {@code --version} and unknown commands.
 */
@Command(name = "gait", mixinStandardHelpOptions = true, version = "gait4j 0.1.0-SNAPSHOT",
    description = "Gait analysis from recordings of people walking.")
public final class GaitCli {

  /** The subcommands by name, in the order the help lists them. */
  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("demo", DemoCommand::new);
    m.put("info", InfoCommand::new);
    m.put("events", EventsCommand::new);
    m.put("analyze", AnalyzeCommand::new);
    return m;
  }

  /** Runs the app; exits with the command's code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the app and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new GaitCli());
    Map<String, Supplier<Object>> all = subcommands();
    Supplier<Object> named = args.length == 0 ? null : all.get(args[0]);
    if (named != null) {
      cli.addSubcommand(args[0], named.get());
    } else {
      all.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
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

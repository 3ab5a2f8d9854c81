package org.gait4j.examples;

import java.io.PrintStream;

/**
 * The {@code gait} command-line app: {@code gait demo}, {@code gait info FILE}, {@code gait events
 * FILE}, {@code gait analyze FILE}. Exit status 0 on success, 1 when the command fails (a
 * message {@code gait: ...} on standard error; {@code --verbose} adds the stack trace), 2 when the
 * command line does not fit (with the command's help).
 */
public final class GaitCli {
  static final String VERSION = "gait4j 0.1.0-SNAPSHOT";

  private GaitCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code args} (subcommand first); the exit status. */
  public static int run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (args.length == 0) {
      err.print(usage());
      return 2;
    }
    String name = args[0];
    if (name.equals("-h") || name.equals("--help")) {
      out.print(usage());
      return 0;
    }
    if (name.equals("-V") || name.equals("--version")) {
      out.println(VERSION);
      return 0;
    }
    Subcommand command = subcommand(name);
    if (command == null) {
      err.println("gait: unknown command: " + name);
      err.print(usage());
      return 2;
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("-h") || args[i].equals("--help")) {
        out.print(command.help());
        return 0;
      }
    }
    try {
      command.parse(new Args(args, 1));
    } catch (Args.UsageException e) {
      err.println("gait " + name + ": " + e.getMessage());
      err.print(command.help());
      return 2;
    }
    try {
      return command.call();
    } catch (Exception ex) {
      err.println("gait: " + describe(ex));
      if (command.verbose()) {
        ex.printStackTrace(err);
      }
      return 1;
    }
  }

  /** A new subcommand called {@code name}, or null. */
  private static Subcommand subcommand(String name) {
    switch (name) {
      case "demo":
        return new DemoCommand();
      case "info":
        return new InfoCommand();
      case "events":
        return new EventsCommand();
      case "analyze":
        return new AnalyzeCommand();
      default:
        return null;
    }
  }

  static String usage() {
    return Args.help("gait [-hV] COMMAND [ARGS]  (gait COMMAND --help for its options)",
        "Gait analysis from recordings of people walking.",
        "-h, --help", "Show this help message and exit.",
        "-V, --version", "Print version information and exit.",
        "demo", DemoCommand.DESCRIPTION,
        "info", InfoCommand.DESCRIPTION,
        "events", EventsCommand.DESCRIPTION,
        "analyze", AnalyzeCommand.DESCRIPTION);
  }

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

package org.gait4j.examples;

/** One subcommand of the {@code gait} app: it reads its arguments, then runs. */
interface Subcommand {

  /** The help text: usage line, description, parameters and options. */
  String help();

  /**
   * Reads the subcommand's arguments.
   *
   * @throws Args.UsageException if they do not fit the subcommand
   */
  void parse(Args args) throws Args.UsageException;

  /** True if {@code --verbose} was given: errors then come with their stack trace. */
  boolean verbose();

  /** Runs the subcommand; its exit status. */
  int call() throws Exception;
}

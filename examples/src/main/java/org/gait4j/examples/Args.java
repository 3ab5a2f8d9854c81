package org.gait4j.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command line of one {@code gait} subcommand, read left to right: options ({@code --name
 * value} or {@code --name=value}, flags {@code --name}) and positional parameters.
 *
 * <p>The {@code gait} app parses its few options by hand rather than with an annotation-driven
 * framework: a run such as {@code gait events walk.c3d} lasts well under a second, and building a
 * framework's command model by reflection took about a quarter of the CPU time of such a run.
 * Not thread-safe.
 */
final class Args {

  /** A command line that does not fit the command; exit status 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private final String[] args;
  private int next;
  private String pendingValue; // the value of --name=value, until it is taken

  /**
   * @param args the arguments after the subcommand's name. Not modified.
   */
  Args(String[] args, int from) {
    this.args = args;
    this.next = from;
  }

  /** True if an argument is left. */
  boolean hasNext() {
    return next < args.length;
  }

  /**
   * The next argument: an option's name (without any {@code =value}, which {@link #value} then
   * returns) or a positional parameter.
   */
  String next() throws UsageException {
    if (pendingValue != null) {
      throw new UsageException("option does not take a value: " + args[next - 1]);
    }
    String a = args[next++];
    int eq = a.indexOf('=');
    if (a.startsWith("--") && eq > 2) {
      pendingValue = a.substring(eq + 1);
      return a.substring(0, eq);
    }
    return a;
  }

  /** True if {@code a} (from {@link #next}) is an option rather than a positional parameter. */
  static boolean isOption(String a) {
    return a.startsWith("-") && a.length() > 1;
  }

  /** The value of option {@code name}: its {@code =value} or the next argument. */
  String value(String name) throws UsageException {
    if (pendingValue != null) {
      String v = pendingValue;
      pendingValue = null;
      return v;
    }
    if (next >= args.length) {
      throw new UsageException("missing value for option " + name);
    }
    return args[next++];
  }

  /** Fails if the last option was given a value it does not take. */
  void flag() throws UsageException {
    if (pendingValue != null) {
      throw new UsageException("option does not take a value: " + args[next - 1]);
    }
  }

  /** The value of option {@code name} as a path. */
  Path path(String name) throws UsageException {
    return path(name, value(name));
  }

  /** {@code value} (of option or parameter {@code name}) as a path. */
  static Path path(String name, String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(name + ": not a path: " + value);
    }
  }

  /** The value of option {@code name} as a constant of {@code type}, case-insensitive. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type) throws UsageException {
    return enumValue(name, value(name), type);
  }

  /** {@code value} of option {@code name} as a constant of {@code type}, case-insensitive. */
  static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type)
      throws UsageException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new UsageException("invalid value for option " + name + ": " + value + " (valid: "
        + candidates(type) + ")");
  }

  /** The value of option {@code name} as a long. */
  long longValue(String name) throws UsageException {
    String v = value(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UsageException("invalid value for option " + name + ": " + v
          + " (an integer is needed)");
    }
  }

  /** The value of option {@code name} as a finite double. */
  double doubleValue(String name) throws UsageException {
    String v = value(name);
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("invalid value for option " + name + ": " + v
        + " (a number is needed)");
  }

  /** The constants of {@code type}, comma-separated, for help texts and messages. */
  static <E extends Enum<E>> String candidates(Class<E> type) {
    StringBuilder s = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.name());
    }
    return s.toString();
  }

  /** An unknown option or a parameter too many. */
  static UsageException unexpected(String a) {
    return new UsageException((isOption(a) ? "unknown option: " : "unexpected parameter: ") + a);
  }

  /** {@code first} followed by {@code more}: help rows of shared options and a command's own. */
  static String[] rows(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /**
   * A help text: the usage line, the description, then one row per parameter and option ({@code
   * rows} alternate the name column and its text).
   */
  static String help(String usage, String description, String... rows) {
    StringBuilder s = new StringBuilder();
    wrap(s, "Usage: " + usage, 0, 7);
    wrap(s, description, 0, 0);
    for (int i = 0; i + 1 < rows.length; i += 2) {
      StringBuilder row = new StringBuilder("  ").append(rows[i]);
      while (row.length() < NAME_COLUMN) {
        row.append(' ');
      }
      wrap(s, row.append(' ').append(rows[i + 1]).toString(), 0, NAME_COLUMN + 1);
    }
    return s.toString();
  }

  private static final int NAME_COLUMN = 28;
  private static final int WIDTH = 100;

  /** Appends {@code text} in lines of at most {@link #WIDTH}, broken at spaces, indented. */
  private static void wrap(StringBuilder out, String text, int first, int rest) {
    int indent = first;
    int from = 0;
    while (from < text.length()) {
      int room = WIDTH - indent;
      int to = text.length();
      if (to - from > room) {
        int space = text.lastIndexOf(' ', from + room);
        to = space > from + Math.max(0, NAME_COLUMN - indent) ? space : from + room;
      }
      out.append(" ".repeat(indent)).append(text, from, to).append(System.lineSeparator());
      from = to;
      while (from < text.length() && text.charAt(from) == ' ') {
        from++;
      }
      indent = rest;
    }
  }
}

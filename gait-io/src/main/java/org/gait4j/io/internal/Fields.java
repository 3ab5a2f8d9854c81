package org.gait4j.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gait4j.io.GaitFormatException;

/**
 * Field splitting and number parsing for delimited text without quoting (tab, comma, semicolon,
 * space). Empty fields keep their positions.
 *
 * <p>Internal API. Stateless and thread-safe.
 */
public final class Fields {
  private Fields() {}

  /**
   * Splits {@code line} at every {@code delimiter}; {@code n} delimiters give {@code n + 1} fields.
   *
   * @param out cleared, then filled with the fields. Modified.
   * @return the number of fields
   */
  public static int split(String line, char delimiter, List<String> out) {
    out.clear();
    int start = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) == delimiter) {
        out.add(line.substring(start, i));
        start = i + 1;
      }
    }
    out.add(line.substring(start));
    return out.size();
  }

  /** {@link #split(String, char, List)} into a new list. */
  public static List<String> split(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    split(line, delimiter, out);
    return out;
  }

  /** Fields separated by runs of spaces or tabs, leading and trailing blanks ignored. */
  public static List<String> splitWhitespace(String line) {
    List<String> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && isBlank(line.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !isBlank(line.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(line.substring(s, i));
      }
    }
    return out;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** True for text that stands for a missing value: empty, {@code NaN}, {@code NA}, {@code null}. */
  public static boolean isMissing(String cell) {
    String s = cell.trim();
    if (s.isEmpty()) {
      return true;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "nan":
      case "-nan":
      case "na":
      case "n/a":
      case "null":
        return true;
      default:
        return false;
    }
  }

  /**
   * The number in {@code cell}: missing values ({@link #isMissing}) give NaN; infinities and text
   * that is not a decimal number are errors.
   *
   * @throws GaitFormatException naming the file, line and column
   */
  public static double parse(String cell, Path file, long line, String column)
      throws GaitFormatException {
    if (isMissing(cell)) {
      return Double.NaN;
    }
    String s = cell.trim();
    char c0 = s.charAt(0);
    if (!(c0 >= '0' && c0 <= '9' || c0 == '-' || c0 == '+' || c0 == '.')) {
      throw bad(cell, file, line, column, null);
    }
    try {
      double v = Double.parseDouble(s);
      if (Double.isInfinite(v)) {
        throw bad(cell, file, line, column, null);
      }
      return v;
    } catch (NumberFormatException e) {
      throw bad(cell, file, line, column, e);
    }
  }

  /** Like {@link #parse} but a missing value is an error too. */
  public static double parseRequired(String cell, Path file, long line, String column)
      throws GaitFormatException {
    double v = parse(cell, file, line, column);
    if (Double.isNaN(v)) {
      throw GaitFormatException.atLine(file, line, column + " is missing");
    }
    return v;
  }

  private static GaitFormatException bad(String cell, Path file, long line, String column,
      Throwable cause) {
    String shown = cell.length() > 40 ? cell.substring(0, 40) + "..." : cell;
    return GaitFormatException.atLine(file, line,
        "column '" + column + "': '" + shown + "' is not a number", cause);
  }

  /** Parses a whole number field (a header count); errors name the field. */
  public static int parseCount(String cell, Path file, long line, String what, int max)
      throws GaitFormatException {
    double v = parseRequired(cell, file, line, what);
    if (v != Math.rint(v) || v < 0 || v > max) {
      throw GaitFormatException.atLine(file, line,
          what + " (" + cell.trim() + ") must be a whole number in [0, " + max + "]");
    }
    return (int) v;
  }
}

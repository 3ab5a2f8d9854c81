package org.gait4j.io.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import org.gait4j.io.GaitFormatException;

/**
 * Reads a text file one line at a time, counting 1-based line numbers, dropping a UTF-8 byte
 * order mark and a trailing carriage return. Invalid UTF-8 is decoded leniently (replacement
 * characters), so binary garbage reaches the format checks instead of a charset error. Lines longer
 * than {@link #MAX_LINE_CHARS} are refused, so a file without line breaks cannot exhaust memory.
 *
 * <p>Internal API. Not thread-safe.
 */
public final class TextLines implements Closeable {
  /** The longest line accepted, in characters. */
  public static final int MAX_LINE_CHARS = 1 << 20;

  private final Path file;
  private final BufferedReader in;
  private long lineNumber;
  private final StringBuilder sb = new StringBuilder(256);
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;

  private TextLines(Path file, BufferedReader in) {
    this.file = file;
    this.in = in;
  }

  /** Opens {@code file} for reading as UTF-8. */
  public static TextLines open(Path file) throws IOException {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new TextLines(file,
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), dec), 1 << 16));
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** The 1-based number of the line last returned by {@link #next()} (0 before the first). */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its terminator, or {@code null} at the end of the file.
   *
   * @throws GaitFormatException if the line is longer than {@link #MAX_LINE_CHARS}
   */
  public String next() throws IOException {
    sb.setLength(0);
    boolean any = false;
    try {
      outer:
      while (true) {
        if (pos == limit) {
          limit = in.read(buf, 0, buf.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < limit) {
          if (buf[pos] == '\n') {
            sb.append(buf, start, pos - start);
            pos++;
            break outer;
          }
          pos++;
        }
        sb.append(buf, start, pos - start);
        if (sb.length() > MAX_LINE_CHARS) {
          throw GaitFormatException.atLine(file, lineNumber + 1,
              "line longer than " + MAX_LINE_CHARS + " characters");
        }
      }
    } catch (CharacterCodingException e) {
      throw GaitFormatException.atLine(file, lineNumber + 1, "not UTF-8 text", e);
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') {
      sb.setLength(n - 1);
    }
    if (lineNumber == 1 && sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
      sb.deleteCharAt(0);
    }
    return sb.toString();
  }

  /** A format error at the current line. */
  public GaitFormatException error(String problem) {
    return GaitFormatException.atLine(file, Math.max(1, lineNumber), problem);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

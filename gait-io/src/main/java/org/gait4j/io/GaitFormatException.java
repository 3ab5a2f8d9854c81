package org.gait4j.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one checked exception every reader throws for content it cannot read: it names the file,
 * the place (byte offset for binary formats, line for text formats) and what was wrong.
 *
 * <p>Plain I/O failures (file missing, permission denied) stay ordinary {@link IOException}s.
 */
public final class GaitFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** How {@link #position()} is counted. */
  public enum PositionKind {
    /** 0-based byte offset from the start of the file. */
    BYTE_OFFSET,
    /** 1-based line number of a text file. */
    LINE,
    /** The problem concerns the file as a whole. */
    WHOLE_FILE
  }

  private final transient Path file;
  private final PositionKind positionKind;
  private final long position;
  private final String problem;

  private GaitFormatException(Path file, PositionKind kind, long position, String problem,
      Throwable cause) {
    super(format(file, kind, position, problem), cause);
    this.file = file;
    this.positionKind = kind;
    this.position = position;
    this.problem = problem;
  }

  /** A problem at byte {@code offset} of a binary file. */
  public static GaitFormatException atByte(Path file, long offset, String problem) {
    return new GaitFormatException(file, PositionKind.BYTE_OFFSET, offset, problem, null);
  }

  /** A problem at byte {@code offset}, caused by {@code cause}. */
  public static GaitFormatException atByte(Path file, long offset, String problem,
      Throwable cause) {
    return new GaitFormatException(file, PositionKind.BYTE_OFFSET, offset, problem, cause);
  }

  /** A problem on 1-based line {@code line} of a text file. */
  public static GaitFormatException atLine(Path file, long line, String problem) {
    return new GaitFormatException(file, PositionKind.LINE, line, problem, null);
  }

  /** A problem on line {@code line}, caused by {@code cause}. */
  public static GaitFormatException atLine(Path file, long line, String problem,
      Throwable cause) {
    return new GaitFormatException(file, PositionKind.LINE, line, problem, cause);
  }

  /** A problem with the file as a whole (e.g. no reader recognises it). */
  public static GaitFormatException ofFile(Path file, String problem) {
    return new GaitFormatException(file, PositionKind.WHOLE_FILE, -1, problem, null);
  }

  /** A problem with the file as a whole, caused by {@code cause}. */
  public static GaitFormatException ofFile(Path file, String problem, Throwable cause) {
    return new GaitFormatException(file, PositionKind.WHOLE_FILE, -1, problem, cause);
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  public PositionKind positionKind() {
    return positionKind;
  }

  /** The byte offset or line number, by {@link #positionKind()}; empty for the whole file. */
  public OptionalLong position() {
    return positionKind == PositionKind.WHOLE_FILE ? OptionalLong.empty()
        : OptionalLong.of(position);
  }

  /** What was wrong, without the file and place. */
  public String problem() {
    return problem;
  }

  /** The cause, if the problem came from a parsing library. */
  public Optional<Throwable> libraryCause() {
    return Optional.ofNullable(getCause());
  }

  private static String format(Path file, PositionKind kind, long position, String problem) {
    switch (kind) {
      case BYTE_OFFSET:
        return String.format(Locale.ROOT, "%s: byte %d: %s", file, position, problem);
      case LINE:
        return String.format(Locale.ROOT, "%s: line %d: %s", file, position, problem);
      default:
        return String.format(Locale.ROOT, "%s: %s", file, problem);
    }
  }
}

package org.gait4j.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Small helpers shared by the readers: lenient UTF-8 readers, the file name, the first lines of
 * a sniffed head.
 *
 * <p>Internal API. Stateless and thread-safe.
 */
public final class Readers {
  private Readers() {}

  /** A buffered UTF-8 reader that replaces malformed bytes instead of failing. */
  public static Reader lenientUtf8(Path file) throws IOException {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), dec), 1 << 16);
  }

  /** The file name, or the whole path if it has none. */
  public static String fileName(Path file) {
    Path n = file.getFileName();
    return n == null ? file.toString() : n.toString();
  }

  /** The lower-case extension without the dot, empty if none. */
  public static String extension(Path file) {
    String n = fileName(file);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The first {@code max} lines of a sniffed head (UTF-8, BOM and carriage returns removed); the
   * last line may be cut short by the head's end.
   *
   * @param head Not modified.
   */
  public static String[] headLines(byte[] head, int max) {
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    String[] all = s.split("\n", max + 1);
    int n = Math.min(max, all.length);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = all[i].endsWith("\r") ? all[i].substring(0, all[i].length() - 1) : all[i];
    }
    return out;
  }
}

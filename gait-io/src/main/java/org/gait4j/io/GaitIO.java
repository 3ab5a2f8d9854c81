package org.gait4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.gait4j.model.Trial;

/**
 * One-line loading of any supported recording: {@code Trial t = GaitIO.read(Path.of("walk.c3d"));}
 *
 * <p>The format is sniffed from the content (the first 8 KiB, or the folder's files), the file
 * name ending only breaking ties. Readers are found with {@link ServiceLoader}, so formats added
 * by users on the class path take part too. Thread-safe.
 */
public final class GaitIO {
  private static final int HEAD_BYTES = 8192;

  private GaitIO() {}

  /**
   * Reads {@code path} with the reader that recognises it.
   *
   * @throws GaitFormatException if no reader recognises the file, or the chosen reader finds it
   *     invalid
   * @throws IOException if the file cannot be read
   */
  public static Trial read(Path path) throws IOException {
    return readerFor(path)
        .orElseThrow(() -> GaitFormatException.ofFile(path,
            "no reader recognises this file (known formats: " + formatNames() + ")"))
        .read(path);
  }

  /** The reader that recognises {@code path} best, if any. */
  public static Optional<TrialReader> readerFor(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    byte[] head = head(path);
    String ext = extension(path);
    TrialReader best = null;
    int bestScore = 0;
    for (TrialReader r : readers()) {
      TrialReader.Match m = r.sniff(path, head);
      int score = m == TrialReader.Match.YES ? 4 : m == TrialReader.Match.MAYBE ? 2 : 0;
      if (score > 0 && r.extensions().contains(ext)) {
        score++;
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every reader on the class path, in service-loader order. */
  public static List<TrialReader> readers() {
    List<TrialReader> out = new ArrayList<>();
    for (TrialReader r : ServiceLoader.load(TrialReader.class, GaitIO.class.getClassLoader())) {
      out.add(r);
    }
    return out;
  }

  private static String formatNames() {
    List<String> names = new ArrayList<>();
    for (TrialReader r : readers()) {
      names.add(r.formatName());
    }
    return String.join(", ", names);
  }

  private static byte[] head(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new byte[0];
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  static String extension(Path path) {
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}

package org.gait4j.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gait4j.model.Trial;

/**
 * A reader of one file format into a {@link Trial}: the service interface through which
 * {@link GaitIO} finds readers ({@code META-INF/services/org.gait4j.io.TrialReader}). Users add
 * formats by implementing it and listing their class in that file.
 *
 * <p>Implementations are stateless and thread-safe, and must throw only {@link
 * GaitFormatException} for content they cannot read (never an unchecked exception from deep
 * inside), allocating no more than the file's size justifies.
 */
public interface TrialReader {

  /** How sure a reader is that it can read a file, from a cheap look at its start. */
  enum Match {
    /** Not this format. */
    NO,
    /** The name fits but the content was not checked, or is ambiguous. */
    MAYBE,
    /** The content has this format's signature. */
    YES
  }

  /** A short format name, e.g. {@code "C3D"}. */
  String formatName();

  /** File name endings this reader handles, lower case without the dot, e.g. {@code ["c3d"]}. */
  List<String> extensions();

  /**
   * Says whether {@code path} looks like this format.
   *
   * @param path the file or folder (folders for per-frame formats such as OpenPose)
   * @param head the first bytes of the file (up to 8 KiB; empty for a folder). Not modified.
   */
  Match sniff(Path path, byte[] head);

  /**
   * Reads the whole file.
   *
   * @throws GaitFormatException if the content is not valid for this format
   * @throws IOException if the file cannot be read at all
   */
  Trial read(Path path) throws IOException;
}

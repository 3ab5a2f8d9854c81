package org.gait4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gait4j.model.Trial;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TrialReader} meets; each reader's test extends this class.
 *
 * <ul>
 *   <li>any byte sequence either parses into a {@link Trial} or throws {@link
 *       GaitFormatException} naming the file (never an unchecked exception, never an
 *       out-of-memory from a lying header);
 *   <li>random mutations of the real sample files behave the same;
 *   <li>truncating a valid file at any point gives a parse or the documented exception;
 *   <li>the reader sniffs its own samples as {@code YES} or {@code MAYBE} and reading is
 *       deterministic.
 * </ul>
 */
public abstract class TrialReaderContract {

  /** The reader under test. */
  protected abstract TrialReader reader();

  /**
   * Valid files of this format (real data from {@code ../shared/data} where present, plus small
   * fixtures). May be empty when the shared data is absent.
   */
  protected abstract List<Path> validSamples();

  /** File name ending used for fuzz inputs, e.g. {@code "c3d"}. */
  protected abstract String fuzzExtension();

  @Property(tries = 200)
  void randomBytesParseOrThrowTheDocumentedException(@ForAll @Size(max = 4096) byte[] bytes)
      throws IOException {
    readExpectingOnlyFormatErrors(write(bytes));
  }

  @Property(tries = 150)
  void mutatedSamplesParseOrThrowTheDocumentedException(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws IOException {
    List<Path> samples = validSamples();
    if (samples.isEmpty()) {
      return;
    }
    Random rnd = new Random(seed);
    Path sample = samples.get(rnd.nextInt(samples.size()));
    if (Files.isDirectory(sample)) {
      return;
    }
    byte[] bytes = Files.readAllBytes(sample);
    if (bytes.length == 0) {
      return;
    }
    int mutations = 1 + rnd.nextInt(8);
    for (int m = 0; m < mutations; m++) {
      int at = rnd.nextInt(bytes.length);
      switch (rnd.nextInt(3)) {
        case 0:
          bytes[at] = (byte) rnd.nextInt(256);
          break;
        case 1:
          bytes[at] = (byte) (bytes[at] ^ (1 << rnd.nextInt(8)));
          break;
        default:
          bytes[at] = (byte) (rnd.nextBoolean() ? 0xFF : 0x00);
          break;
      }
    }
    if (rnd.nextInt(4) == 0) {
      bytes = java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
    }
    readExpectingOnlyFormatErrors(write(bytes));
  }

  @Test
  void samplesAreRecognisedAndReadDeterministically() throws IOException {
    for (Path p : validSamples()) {
      byte[] head = Files.isDirectory(p) ? new byte[0] : readHead(p);
      TrialReader.Match m = reader().sniff(p, head);
      assertTrue(m != TrialReader.Match.NO, p + " not recognised by " + reader().formatName());
      Trial a = reader().read(p);
      Trial b = reader().read(p);
      assertEquals(a.toString(), b.toString(), "reading " + p + " twice differs");
    }
  }

  @Test
  void readerIsRegisteredAsAService() {
    assertTrue(GaitIO.readers().stream().anyMatch(r -> r.getClass() == reader().getClass()),
        reader().getClass() + " missing from META-INF/services/org.gait4j.io.TrialReader");
  }

  private static byte[] readHead(Path p) throws IOException {
    try (var in = Files.newInputStream(p)) {
      return in.readNBytes(8192);
    }
  }

  private Path write(byte[] bytes) {
    try {
      Path f = Files.createTempFile("fuzz", "." + fuzzExtension());
      f.toFile().deleteOnExit();
      Files.write(f, bytes);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readExpectingOnlyFormatErrors(Path file) throws IOException {
    try {
      Trial t = reader().read(file);
      assertTrue(t != null);
    } catch (GaitFormatException e) {
      assertEquals(file, e.file(), "exception names another file: " + e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

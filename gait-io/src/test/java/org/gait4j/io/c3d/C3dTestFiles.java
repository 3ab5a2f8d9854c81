package org.gait4j.io.c3d;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared c3d.org sample files and the committed fixtures. */
final class C3dTestFiles {
  /** The seven c3d.org sample files of ../shared/data/c3d_org_gait_events. */
  static final List<String> REAL = List.of("gait-pig", "gait-raw", "PlugInC3D", "VER4C3D",
      "Walk1", "Gait_with_EMG", "Eb015pr");
  /** Committed fixtures written by {@link SyntheticC3d} (see there for how). */
  static final List<String> FIXTURES = List.of("synthetic_mips_int16.c3d",
      "synthetic_dec_float.c3d", "synthetic_intel_int16.c3d");

  private C3dTestFiles() {}

  static Path dataDir() {
    return org.gait4j.io.TestData.root()
        .resolve("c3d_org_gait_events");
  }

  /** The data folder, or the test is skipped when it is absent. */
  static Path requireData() {
    Path d = dataDir();
    Assumptions.assumeTrue(Files.isDirectory(d), "shared data absent: " + d);
    return d;
  }

  static List<Path> realFilesIfPresent() {
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(dataDir())) {
      for (String n : REAL) {
        out.add(dataDir().resolve(n + ".c3d"));
      }
    }
    return out;
  }

  /** A committed fixture copied to a temporary file. */
  static Path fixture(String name) {
    try (InputStream in = C3dTestFiles.class.getResourceAsStream("/c3d/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /c3d/" + name);
      }
      Path f = Files.createTempFile("fixture", "-" + name);
      f.toFile().deleteOnExit();
      Files.write(f, in.readAllBytes());
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

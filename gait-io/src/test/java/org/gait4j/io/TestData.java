package org.gait4j.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared real-data folder; tests that need it are skipped when it is absent. */
public final class TestData {
  private TestData() {}

  public static Path root() {
    return Path.of(System.getProperty("gait4j.data", "../shared/data"));
  }

  /** {@code root/relative}, skipping the calling test if it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data absent: " + p);
    return p;
  }

  /** {@code root/relative} if it exists, else null. */
  public static Path optional(String relative) {
    Path p = root().resolve(relative);
    return Files.exists(p) ? p : null;
  }
}

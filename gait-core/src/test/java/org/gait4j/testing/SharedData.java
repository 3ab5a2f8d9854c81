package org.gait4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real recordings in {@code ../shared/data}. Tests that need them call {@link
 * #require(String)}, which skips (not fails) the test when the folder is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The data root: system property {@code gait4j.data}, else {@code ../shared/data}. */
  public static Path root() {
    String p = System.getProperty("gait4j.data");
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    return Path.of("..", "shared", "data");
  }

  /** {@code root()/relative}, skipping the calling test if it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }
}

package org.gait4j.io.pose;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures written by {@code src/test/resources/pose/make_pose_fixtures.py}. */
final class PoseFixtures {
  private PoseFixtures() {}

  static Path get(String name) {
    try {
      return Path.of(PoseFixtures.class.getResource("/pose/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.gait4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins gait-core's packages, so that a new public package is a deliberate decision. Only
 * {@code org.gait4j.internal} is not API (its package doc says so).
 */
class PublicSurfaceTest {

  @Test
  void packagesAreTheDocumentedOnes() throws IOException {
    Path classes = Path.of("target", "classes", "org", "gait4j");
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.filter(p -> p.toString().endsWith(".class")).forEach(p ->
          packages.add(classes.relativize(p.getParent()).toString().replace('/', '.')));
    }
    assertEquals(new TreeSet<>(Set.of("analysis", "cycles", "dsp", "events", "internal", "model", "params", "sim", "validation")), packages);
  }
}

package org.gait4j.io.wearable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared/data/wearable_formats} and reads its truth CSVs. */
final class WearableData {
  private WearableData() {}

  static Path root() {
    return org.gait4j.io.TestData.root()
        .resolve("wearable_formats");
  }

  /** The file, skipping the calling test when the shared data are absent. */
  static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }

  /** The existing files among {@code relatives} (for contract tests, which must not skip). */
  static List<Path> existing(String... relatives) {
    List<Path> out = new ArrayList<>();
    for (String r : relatives) {
      Path p = root().resolve(r);
      if (Files.exists(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The numeric rows of a CSV with one header line (gzip if the name ends in .gz). */
  static double[][] csv(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
          v[i] = Double.parseDouble(f[i]);
        }
        rows.add(v);
      }
    }
    return rows.toArray(new double[0][]);
  }
}

package org.gait4j.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads golden vectors produced by the scripts in {@code gait-core/src/test/golden/}.
 *
 * <p>Format: UTF-8 text, lines starting with {@code #} are comments (provenance), every other line
 * holds one row of numbers separated by commas or white space. {@code nan}, {@code inf} and
 * {@code -inf} are accepted.
 */
public final class Golden {
  private Golden() {}

  /** All numbers of the resource {@code golden/<path>} in reading order. */
  public static double[] vector(String path) {
    List<double[]> rows = matrix(path);
    int n = 0;
    for (double[] r : rows) {
      n += r.length;
    }
    double[] out = new double[n];
    int k = 0;
    for (double[] r : rows) {
      System.arraycopy(r, 0, out, k, r.length);
      k += r.length;
    }
    return out;
  }

  /** The rows of the resource {@code golden/<path>}. */
  public static List<double[]> matrix(String path) {
    String resource = "/golden/" + path;
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<double[]> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.trim();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("[,\\s]+");
        double[] row = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          row[i] = parse(parts[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double parse(String s) {
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(s);
    }
  }

  /** Largest |a-b| / max(|b|, floor) over the two arrays; fails on length mismatch. */
  public static double maxRelativeError(double[] actual, double[] expected, double floor) {
    if (actual.length != expected.length) {
      throw new AssertionError("length " + actual.length + " != expected " + expected.length);
    }
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      double e = Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), floor);
      worst = Math.max(worst, e);
    }
    return worst;
  }
}

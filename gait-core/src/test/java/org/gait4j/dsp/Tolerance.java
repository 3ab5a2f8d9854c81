package org.gait4j.dsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.gait4j.testing.Golden;

/** Shared comparison for the golden tests of this package. */
final class Tolerance {
  private Tolerance() {}

  /** Largest absolute value (at least 1e-300 so it can divide). */
  static double maxAbs(double[] x) {
    double m = 1e-300;
    for (double v : x) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  /**
   * Asserts {@code |actual - expected| <= tol * max(|expected|, max|expected over the vector|)}, i.e.
   * an error relative to the scale of the whole expected vector, and returns the measured error.
   * Set {@code -Dgait4j.printErrors=true} to print it.
   */
  static double assertClose(String what, double[] actual, double[] expected, double tol) {
    double err = Golden.maxRelativeError(actual, expected, maxAbs(expected));
    if (Boolean.getBoolean("gait4j.printErrors")) {
      System.out.println(String.format(Locale.ROOT, "ERR %-40s %.3e", what, err));
    }
    assertTrue(err <= tol, () -> what + ": error " + err + " > " + tol);
    return err;
  }
}

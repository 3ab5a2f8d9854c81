package org.gait4j.params;

import java.util.Locale;

/**
 * Left/right symmetry of one parameter, from the per-side means.
 *
 * <p>Symmetry index (Robinson et al. 1987, J Manipulative Physiol Ther 10(4):172-176):
 * {@code SI = 100 (L - R) / (0.5 (L + R))}, 0 for perfect symmetry, signed (positive when left
 * is larger). Symmetry ratio (Patterson et al. 2010, Gait & Posture 31(2):241-246, DOI
 * 10.1016/j.gaitpost.2009.10.014): larger mean over smaller mean, 1 for perfect symmetry.
 *
 * @param parameter which parameter
 * @param leftMean mean over left cycles
 * @param rightMean mean over right cycles
 */
public record Symmetry(Parameter parameter, double leftMean, double rightMean) {

  /** Symmetry index, percent; positive when the left side's value is larger. */
  public double indexPercent() {
    return 100 * (leftMean - rightMean) / (0.5 * (leftMean + rightMean));
  }

  /** Larger over smaller side mean, {@code >= 1}. */
  public double ratio() {
    double a = Math.abs(leftMean);
    double b = Math.abs(rightMean);
    return Math.max(a, b) / Math.min(a, b);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s SI %+.1f %%, ratio %.3f", parameter.key(),
        indexPercent(), ratio());
  }
}

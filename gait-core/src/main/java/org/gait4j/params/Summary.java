package org.gait4j.params;

import java.util.Locale;

/**
 * Mean and variability of one parameter over cycles.
 *
 * @param parameter which parameter
 * @param n number of cycles that have it
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n - 1 denominator; 0 for n = 1)
 */
public record Summary(Parameter parameter, int n, double mean, double sd) {

  /** Coefficient of variation, percent: 100 sd / |mean|. */
  public double cvPercent() {
    return 100 * sd / Math.abs(mean);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.3f ± %.3f %s (n %d, CV %.1f %%)", parameter.key(),
        mean, sd, parameter.unit(), n, cvPercent());
  }
}

package org.gait4j.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.internal.Gaps;

/**
 * An immutable, uniformly sampled series of one quantity: primitive values with their sampling
 * rate, unit and name. Missing samples are NaN and reported by {@link #gaps()}.
 *
 * <p>Values are copied in and copied out, so no caller can change a series after it is built.
 * Thread-safe.
 */
public final class ScalarSeries {
  private final String name;
  private final SamplingRate rate;
  private final Unit unit;
  private final double[] values;

  private ScalarSeries(String name, SamplingRate rate, Unit unit, double[] values) {
    this.name = Checks.notNull(name, "name");
    this.rate = Checks.notNull(rate, "rate");
    this.unit = Checks.notNull(unit, "unit");
    this.values = values;
  }

  /**
   * A series holding a copy of {@code values}.
   *
   * @param values Not modified.
   */
  public static ScalarSeries of(String name, SamplingRate rate, Unit unit, double[] values) {
    return new ScalarSeries(name, rate, unit, Checks.notNull(values, "values").clone());
  }

  /** The series' name (a channel label, or a description such as {@code "total force"}). */
  public String name() {
    return name;
  }

  public SamplingRate rate() {
    return rate;
  }

  public Unit unit() {
    return unit;
  }

  /** Number of samples. */
  public int size() {
    return values.length;
  }

  /** Duration in seconds, {@code size() / rate}. */
  public double durationS() {
    return values.length / rate.hz();
  }

  /** Sample {@code index}. */
  public double get(int index) {
    return values[index];
  }

  /** A copy of all samples. */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * Copies samples {@code [from, from + out.length)} into {@code out}.
   *
   * @param out Modified.
   */
  public void copyInto(int from, double[] out) {
    System.arraycopy(values, from, out, 0, out.length);
  }

  /** Samples {@code [from, to)} as a new series. */
  public ScalarSeries slice(int from, int to) {
    Checks.requireArgument(0 <= from && from <= to && to <= values.length,
        "slice [%d, %d) outside [0, %d)", from, to, values.length);
    return new ScalarSeries(name, rate, unit, Arrays.copyOfRange(values, from, to));
  }

  /**
   * The same series converted to {@code target} (e.g. g to m/s²); this series itself if it is
   * already in that unit.
   */
  public ScalarSeries inUnit(Unit target) {
    if (target == unit) {
      return this;
    }
    double f = unit.factorTo(target);
    double[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= f;
    }
    return new ScalarSeries(name, rate, target, v);
  }

  /** The same samples under another name. */
  public ScalarSeries withName(String newName) {
    return new ScalarSeries(newName, rate, unit, values);
  }

  /** Runs of missing (NaN) samples, in order. */
  public List<Gap> gaps() {
    List<Gap> out = new ArrayList<>();
    for (int[] r : Gaps.runs(values)) {
      out.add(new Gap(r[0], r[1]));
    }
    return out;
  }

  /** True if any sample is NaN. */
  public boolean hasGaps() {
    for (double v : values) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fills interior gaps of at most {@code maxGapS} seconds by linear interpolation.
   *
   * @throws IllegalArgumentException if a gap is longer, or touches either end of the series
   */
  public ScalarSeries withGapsFilled(double maxGapS) {
    Checks.nonNegative(maxGapS, "maxGapS");
    double[] v = values.clone();
    int max = (int) Math.floor(maxGapS * rate.hz() + 1e-9);
    Gaps.fillLinear(v, max);
    List<int[]> left = Gaps.runs(v);
    if (!left.isEmpty()) {
      int[] g = left.get(0);
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "series '%s': gap of %d samples at index %d cannot be filled (max %s s, or at an end)",
          name, g[1], g[0], maxGapS));
    }
    return new ScalarSeries(name, rate, unit, v);
  }

  @Override
  public String toString() {
    int gapCount = Gaps.runs(values).size();
    return String.format(Locale.ROOT, "ScalarSeries[%s: %d samples @ %s (%.2f s), %s%s]",
        name, values.length, rate, durationS(), unit.symbol(),
        gapCount == 0 ? "" : ", " + gapCount + " gaps");
  }
}

package org.gait4j.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.internal.Gaps;
import org.gait4j.internal.SeriesAccess;

/**
 * An immutable, uniformly sampled series of 3-vectors (acceleration, angular velocity, a marker
 * position, ...), stored as three primitive arrays with one unit and one frame for the whole
 * series. A sample is missing when any of its components is NaN.
 *
 * <p>2-D data (image keypoints) use z = 0. Arrays are copied in and out. Thread-safe.
 */
public final class Vector3Series {
  static {
    // read-only access for gait4j's hot paths (org.gait4j.internal), without a public method
    SeriesAccess.register((s, axis) -> s.array(axis));
  }

  private final String name;
  private final SamplingRate rate;
  private final Unit unit;
  private final Frame frame;
  private final double[] x;
  private final double[] y;
  private final double[] z;

  private Vector3Series(String name, SamplingRate rate, Unit unit, Frame frame,
      double[] x, double[] y, double[] z) {
    this.name = Checks.notNull(name, "name");
    this.rate = Checks.notNull(rate, "rate");
    this.unit = Checks.notNull(unit, "unit");
    this.frame = Checks.notNull(frame, "frame");
    Checks.requireArgument(x.length == y.length && y.length == z.length,
        "series '%s': component lengths differ (x %d, y %d, z %d)", name, x.length, y.length,
        z.length);
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /**
   * A series holding copies of the three components.
   *
   * @param x Not modified.
   * @param y Not modified.
   * @param z Not modified.
   */
  public static Vector3Series of(String name, SamplingRate rate, Unit unit, Frame frame,
      double[] x, double[] y, double[] z) {
    return new Vector3Series(name, rate, unit, frame, x.clone(), y.clone(), z.clone());
  }

  public String name() {
    return name;
  }

  public SamplingRate rate() {
    return rate;
  }

  public Unit unit() {
    return unit;
  }

  public Frame frame() {
    return frame;
  }

  /** Number of samples. */
  public int size() {
    return x.length;
  }

  /** Duration in seconds. */
  public double durationS() {
    return x.length / rate.hz();
  }

  /** Component {@code axis} of sample {@code index}. */
  public double get(int index, Axis axis) {
    return array(axis)[index];
  }

  /** A copy of the x components. */
  public double[] x() {
    return x.clone();
  }

  /** A copy of the y components. */
  public double[] y() {
    return y.clone();
  }

  /** A copy of the z components. */
  public double[] z() {
    return z.clone();
  }

  /** A copy of one component. */
  public double[] component(Axis axis) {
    return array(axis).clone();
  }

  /** One component as a scalar series named {@code name.x} etc. */
  public ScalarSeries scalar(Axis axis) {
    return ScalarSeries.of(name + "." + axis.name().toLowerCase(Locale.ROOT), rate, unit,
        array(axis));
  }

  /**
   * Copies samples {@code [from, from + out.length)} of one component into {@code out}.
   *
   * @param out Modified.
   */
  public void copyInto(Axis axis, int from, double[] out) {
    System.arraycopy(array(axis), from, out, 0, out.length);
  }

  /** The Euclidean norm of each sample. */
  public double[] norm() {
    double[] n = new double[x.length];
    for (int i = 0; i < n.length; i++) {
      n[i] = Math.sqrt(x[i] * x[i] + y[i] * y[i] + z[i] * z[i]);
    }
    return n;
  }

  /** Samples {@code [from, to)} as a new series. */
  public Vector3Series slice(int from, int to) {
    Checks.requireArgument(0 <= from && from <= to && to <= x.length,
        "slice [%d, %d) outside [0, %d)", from, to, x.length);
    return new Vector3Series(name, rate, unit, frame, Arrays.copyOfRange(x, from, to),
        Arrays.copyOfRange(y, from, to), Arrays.copyOfRange(z, from, to));
  }

  /**
   * The same series converted to {@code target}; this series itself if it is already in that
   * unit (series are immutable, so no copy is needed).
   */
  public Vector3Series inUnit(Unit target) {
    if (target == unit) {
      return this;
    }
    double f = unit.factorTo(target);
    return new Vector3Series(name, rate, target, frame, scaled(x, f), scaled(y, f), scaled(z, f));
  }

  /** The same samples under another name. */
  public Vector3Series withName(String newName) {
    return new Vector3Series(newName, rate, unit, frame, x, y, z);
  }

  /** Runs of samples where any component is NaN. */
  public List<Gap> gaps() {
    double[] any = new double[x.length];
    for (int i = 0; i < any.length; i++) {
      any[i] = x[i] + y[i] + z[i];
    }
    List<Gap> out = new ArrayList<>();
    for (int[] r : Gaps.runs(any)) {
      out.add(new Gap(r[0], r[1]));
    }
    return out;
  }

  /** True if any sample has a NaN component. */
  public boolean hasGaps() {
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i] + y[i] + z[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fills interior gaps of at most {@code maxGapS} seconds by linear interpolation per component.
   *
   * @throws IllegalArgumentException if a gap is longer, or touches either end of the series
   */
  public Vector3Series withGapsFilled(double maxGapS) {
    ScalarSeries fx = scalar(Axis.X).withGapsFilled(maxGapS);
    ScalarSeries fy = scalar(Axis.Y).withGapsFilled(maxGapS);
    ScalarSeries fz = scalar(Axis.Z).withGapsFilled(maxGapS);
    return new Vector3Series(name, rate, unit, frame, fx.toArray(), fy.toArray(), fz.toArray());
  }

  private double[] array(Axis axis) {
    switch (axis) {
      case X:
        return x;
      case Y:
        return y;
      default:
        return z;
    }
  }

  private static double[] scaled(double[] v, double f) {
    double[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= f;
    }
    return out;
  }

  @Override
  public String toString() {
    int gapCount = gaps().size();
    return String.format(Locale.ROOT, "Vector3Series[%s: %d samples @ %s (%.2f s), %s, %s%s]",
        name, x.length, rate, durationS(), unit.symbol(), frame,
        gapCount == 0 ? "" : ", " + gapCount + " gaps");
  }
}

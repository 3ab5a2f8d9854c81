package org.gait4j.params;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalProjection;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Subject;
import org.gait4j.model.Vector3Series;

/**
 * Step and stride length from one IMU on the lower back by the inverted pendulum model of the
 * centre of mass (Zijlstra &amp; Hof 2003).
 *
 * <h2>Signal expected</h2>
 *
 * An {@link ImuStream} with an accelerometer (gravity included, any mounting) worn near the
 * centre of mass (L3-L5), and the initial contacts of both feet in it (from {@link
 * org.gait4j.events.LowerBackIcDetector} or any other source), at the stream's rate.
 *
 * <h2>Model</h2>
 *
 * In single support the body vaults over the stance leg like an inverted pendulum of length
 * {@code l} (the height of the sensor above the floor, or the leg length). A vertical excursion
 * {@code h} of the centre of mass over one step then means a forward travel of {@code 2 sqrt(2 l
 * h - h²)}; Zijlstra &amp; Hof found this underestimates the step by a constant factor and
 * multiplied it by {@code K = 1.25}.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>Vertical acceleration without gravity, from the accelerometer's moving-average vertical
 *       (window {@code gravityWindowS}), as in {@link org.gait4j.events.LowerBackIcDetector}.
 *   <li>Per step (one initial contact to the next, at most {@code maxStepIntervalS}): the mean
 *       of the acceleration over the step is removed and it is integrated to a velocity
 *       (trapezoid); the velocity's mean is removed and it is integrated to a position; the
 *       line through the position's end points is removed. This de-drift stands in for the
 *       high-pass filters of the paper: it assumes the centre of mass returns to the same height
 *       and vertical velocity after each step (level walking), needs no filter settling time,
 *       and works on bouts of a few steps. {@code h} is the position's range.
 *   <li>Step length {@code K · 2 sqrt(2 l h - h²)} ({@code h} capped at {@code l}); the stride
 *       length of a contact is the sum of the two steps that follow it.
 * </ol>
 *
 * Each {@link StrideSpatial} is keyed by the side and sample of its initial contact; the stride
 * length needs the next two steps, the step length the step that ends at the contact; step
 * width is never given.
 *
 * <h2>Settings</h2>
 *
 * {@code K = 1.25} is the paper's value, not fitted to the data this library is scored on; the
 * accuracy harness prints per-subject and leave-one-subject-out figures of a fitted K beside it.
 * Use {@link #pendulumLengthM(Subject)} when the sensor height is not known.
 *
 * <p>Immutable and thread-safe; inputs are not modified. Linear in the number of samples.
 *
 * <p>W. Zijlstra, A. L. Hof, "Assessment of spatio-temporal gait parameters from trunk
 * accelerations during human walking", Gait &amp; Posture 18(2):1-10, 2003, DOI
 * 10.1016/S0966-6362(02)00190-X.
 */
public final class InvertedPendulumStrideLength {
  /** Leg length as a fraction of body height (Winter 2009, greater trochanter to floor). */
  public static final double LEG_LENGTH_PER_HEIGHT = 0.53;

  private final InvertedPendulumConfig config;

  private InvertedPendulumStrideLength(InvertedPendulumConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  public static InvertedPendulumStrideLength withDefaults() {
    return new InvertedPendulumStrideLength(InvertedPendulumConfig.defaults());
  }

  public static InvertedPendulumStrideLength of(InvertedPendulumConfig config) {
    return new InvertedPendulumStrideLength(config);
  }

  public InvertedPendulumConfig config() {
    return config;
  }

  /**
   * The pendulum length of {@code subject}: the leg length if known, else 0.53 x height.
   *
   * @throws IllegalArgumentException if neither is known
   */
  public static double pendulumLengthM(Subject subject) {
    OptionalDouble leg = subject.legLengthM();
    if (leg.isPresent()) {
      return leg.getAsDouble();
    }
    OptionalDouble h = subject.heightM();
    Checks.requireArgument(h.isPresent(), "subject %s states neither leg length nor height",
        subject.id());
    return LEG_LENGTH_PER_HEIGHT * h.getAsDouble();
  }

  /**
   * Step lengths between consecutive initial contacts, metres: element {@code k} is the step from
   * {@code ics[k]} to {@code ics[k + 1]}, NaN where that interval is longer than {@code
   * maxStepIntervalS}.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param ics initial contacts of both feet, increasing sample indices. Not modified.
   * @param pendulumLengthM sensor height or leg length, m
   * @return {@code max(0, ics.length - 1)} values
   * @throws IllegalArgumentException if the stream has no accelerometer, a contact is outside
   *     it, contacts do not increase, or the length is not positive
   */
  public double[] stepLengthsM(ImuStream imu, int[] ics, double pendulumLengthM) {
    Checks.positive(pendulumLengthM, "pendulumLengthM");
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the lower-back stream " + imu.sensorId() + " has no accelerometer"));
    int m = ics.length;
    if (m < 2) {
      return new double[0];
    }
    for (int k = 0; k < m; k++) {
      Checks.requireArgument(ics[k] >= 0 && ics[k] < imu.size(), "ics[%d] (%d) is outside the "
          + "%d samples", k, ics[k], imu.size());
      Checks.requireArgument(k == 0 || ics[k] > ics[k - 1], "ics must increase: ics[%d] = %d "
          + "after %d", k, ics[k], k > 0 ? ics[k - 1] : 0);
    }
    SamplingRate rate = imu.rate();
    int maxStep = rate.samples(config.maxStepIntervalS());
    // the vertical needs context around the contacts: project over the span they cover
    int from = Math.max(0, ics[0] - rate.samples(config.gravityWindowS() / 2));
    int to = Math.min(imu.size(), ics[m - 1] + rate.samples(config.gravityWindowS() / 2) + 1);
    double[] av = VerticalProjection.verticalAcceleration(acc, config.gravityWindowS(), from, to);
    double[] out = new double[m - 1];
    double dt = rate.periodS();
    double l = pendulumLengthM;
    for (int k = 0; k + 1 < m; k++) {
      int a = ics[k] - from;
      int b = ics[k + 1] - from;
      if (b - a > maxStep) {
        out[k] = Double.NaN;
        continue;
      }
      double h = Math.min(l, excursion(av, a, b, dt));
      out[k] = config.correctionFactor() * 2 * Math.sqrt(2 * l * h - h * h);
    }
    return out;
  }

  /**
   * Stride and step lengths per initial contact of {@code events}.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @param events initial contacts of both feet (other types are ignored), at the stream's rate
   * @param pendulumLengthM sensor height or leg length, m
   * @throws IllegalArgumentException as {@link #stepLengthsM}, or if the rates differ
   */
  public List<StrideSpatial> estimate(ImuStream imu, GaitEvents events, double pendulumLengthM) {
    Checks.requireArgument(events.rate().equals(imu.rate()), "events at %s but the stream at %s",
        events.rate(), imu.rate());
    GaitEvents ic = events.ofType(GaitEventType.INITIAL_CONTACT);
    int m = ic.size();
    int[] idx = new int[m];
    Side[] side = new Side[m];
    for (int k = 0; k < m; k++) {
      idx[k] = ic.get(k).sampleIndex();
      side[k] = ic.get(k).side();
    }
    double[] step = stepLengthsM(imu, idx, pendulumLengthM);
    List<StrideSpatial> out = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      double stride = k + 2 < m ? step[k] + step[k + 1] : Double.NaN;
      double stepHere = k > 0 ? step[k - 1] : Double.NaN;
      if (Double.isNaN(stride) && Double.isNaN(stepHere)) {
        continue;
      }
      out.add(new StrideSpatial(side[k], idx[k], opt(stride), opt(stepHere),
          OptionalDouble.empty()));
    }
    return List.copyOf(out);
  }

  /** Range of the de-drifted double integral of {@code a} over samples [from, to]. */
  private static double excursion(double[] a, int from, int to, double dt) {
    int n = to - from + 1;
    double mean = 0;
    for (int i = from; i <= to; i++) {
      mean += a[i];
    }
    mean /= n;
    double vMean = meanVelocity(a, from, to, mean, dt);
    double pEnd = position(a, from, to, mean, vMean, dt, 0, null);
    double[] range = {0, 0};
    position(a, from, to, mean, vMean, dt, pEnd, range);
    return range[1] - range[0];
  }

  /** Mean of the trapezoid integral (from 0) of {@code a - mean} over [from, to]. */
  private static double meanVelocity(double[] a, int from, int to, double mean, double dt) {
    double v = 0;
    double sum = 0;
    for (int i = from + 1; i <= to; i++) {
      v += 0.5 * (a[i - 1] + a[i] - 2 * mean) * dt;
      sum += v;
    }
    return sum / (to - from + 1);
  }

  /**
   * Integrates the mean-free velocity to a position; with {@code range} non-null, tracks the
   * minimum and maximum of the position minus the line to {@code pEnd}. Returns the end position.
   */
  private static double position(double[] a, int from, int to, double mean, double vMean,
      double dt, double pEnd, double[] range) {
    double v = 0;
    double vPrev = -vMean;
    double p = 0;
    double span = to - from;
    for (int i = from + 1; i <= to; i++) {
      v += 0.5 * (a[i - 1] + a[i] - 2 * mean) * dt;
      double vc = v - vMean;
      p += 0.5 * (vPrev + vc) * dt;
      vPrev = vc;
      if (range != null) {
        double q = p - pEnd * (i - from) / span;
        range[0] = Math.min(range[0], q);
        range[1] = Math.max(range[1], q);
      }
    }
    return p;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public String toString() {
    return "InvertedPendulumStrideLength" + config;
  }
}

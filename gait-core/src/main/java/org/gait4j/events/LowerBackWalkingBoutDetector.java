package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.SosFilter;
import org.gait4j.internal.Checks;
import org.gait4j.internal.VerticalProjection;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Vector3Series;

/**
 * Walking bouts in a whole recording of one IMU on the lower back: stretches of regular steps.
 *
 * <h2>Signal expected</h2>
 *
 * An {@link ImuStream} with an accelerometer (gravity included, any mounting, any acceleration
 * unit) worn on the lower back, of any length (minutes to days).
 *
 * <h2>Algorithm</h2>
 *
 * In the spirit of the Mobilise-D gait sequence detectors (Iluz et al. 2014; Paraschiv-Ionescu et
 * al. 2019, 2020): activity in the band of walking, then steps, then periodicity.
 *
 * <ol>
 *   <li>Vertical acceleration without gravity ({@code a · u - |ā|}, {@code u} from the centred
 *       moving average over {@code gravityWindowS}), band-passed {@code bandLowHz}-{@code
 *       bandHighHz} (4th order Butterworth, zero phase): the step-frequency oscillation of the
 *       trunk, without posture and impacts.
 *   <li>Step candidates: maxima of that signal at least {@code minStepAccelerationMps2} high and
 *       {@code minStepIntervalS} apart. Each step of walking gives one (the upward acceleration
 *       after each initial contact).
 *   <li>Periodicity: consecutive candidates belong to one bout while their interval is at most
 *       {@code maxStepIntervalS} and within a factor {@code maxStepRatio} of the previous one.
 *   <li>Sequences of at least {@code minSteps} steps are bouts, from the first step to the last
 *       (plus {@code paddingS} each side, clipped to the recording).
 *   <li>Bouts at most {@code maxBreakS} apart (3 s: a pause that short does not end a walking
 *       bout in the consensus definition) are merged into one.
 * </ol>
 *
 * <h2>Settings</h2>
 *
 * Defaults are physiological bounds chosen before looking at the Mobilise-D data this library is
 * scored on (walking step times 0.25-1.5 s, 4 steps as the shortest bout, as the Mobilise-D
 * micro-bout definition of two strides, and its 3 s longest break); the accuracy harness reports
 * bout precision and recall.
 *
 * <h2>Edge cases and cost</h2>
 *
 * A recording shorter than three band-pass pad lengths (about 1.3 s at the defaults) gives no
 * bouts. Non-finite samples are rejected. Time and memory are linear in the recording (a few
 * arrays of its length), so a day at 100 Hz takes well under a second. Turns with shuffling steps
 * and stairs count as walking when their steps are regular; standing, sitting and lying give no
 * candidates or only irregular ones.
 *
 * <p>Immutable and thread-safe; the input is not modified. {@link #newStream(SamplingRate,
 * BoutSink)} gives the streaming face ({@link LowerBackWalkingBoutStream}): the same bouts, about
 * 40 s late at 100 Hz with the defaults (the zero-phase band-pass is run block-wise with a
 * settling margin set by its 0.5 Hz corner), in bounded memory.
 *
 * <h2>References</h2>
 *
 * F. Kluge et al., "Consensus based framework for digital mobility monitoring", PLoS ONE
 * 16(8):e0256541, 2021, DOI 10.1371/journal.pone.0256541. T. Iluz et al., "Automated detection of missteps during community ambulation in patients with
 * Parkinson's disease", J NeuroEng Rehabil 11:48, 2014, DOI 10.1186/1743-0003-11-48. A.
 * Paraschiv-Ionescu et al., "Real-world speed estimation using single trunk IMU: methodological
 * challenges for impaired gait patterns", Frontiers in Neurology 11:550, 2020, DOI
 * 10.3389/fneur.2020.550.
 */
public final class LowerBackWalkingBoutDetector {
  private final WalkingBoutConfig config;

  private LowerBackWalkingBoutDetector(WalkingBoutConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  public static LowerBackWalkingBoutDetector withDefaults() {
    return new LowerBackWalkingBoutDetector(WalkingBoutConfig.defaults());
  }

  public static LowerBackWalkingBoutDetector of(WalkingBoutConfig config) {
    return new LowerBackWalkingBoutDetector(config);
  }

  public WalkingBoutConfig config() {
    return config;
  }

  /**
   * The walking bouts of {@code imu}, in time order, not overlapping.
   *
   * @param imu lower-back stream with an accelerometer. Not modified.
   * @throws IllegalArgumentException if the stream has no accelerometer, holds non-finite
   *     samples, or {@code bandHighHz} is not below Nyquist
   */
  public List<WalkingBout> detect(ImuStream imu) {
    Checks.notNull(imu, "imu");
    Vector3Series acc = imu.accelerometer().orElseThrow(() -> new IllegalArgumentException(
        "the lower-back stream " + imu.sensorId() + " has no accelerometer"));
    SamplingRate rate = imu.rate();
    rate.requireBelowNyquist(config.bandHighHz(), "bandHighHz");
    SosFilter band = Butterworth.bandPass(4, config.bandLowHz(), config.bandHighHz(), rate);
    int n = imu.size();
    if (n <= 3 * (band.padLength() + 1)) {
      return List.of();
    }
    double[] av = VerticalProjection.verticalAcceleration(acc, config.gravityWindowS(), 0, n);
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(av[i])) { // not Checks.requireArgument: no boxing per sample
        Checks.requireArgument(false, "accelerometer sample %d is not finite", i);
      }
    }
    band.filterZeroPhase(av, av);
    int[] steps = PeakFinder.withDefaults().withHeight(config.minStepAccelerationMps2())
        .withDistanceSamples(Math.max(1, rate.samples(config.minStepIntervalS()))).find(av)
        .indices();
    return bouts(steps, rate, n);
  }

  /**
   * A streaming face for live data: push the samples of one lower-back IMU (accelerometer in
   * m/s²), receive each walking bout once it is closed, the same bouts as {@link #detect} gives
   * for the whole recording (see {@link LowerBackWalkingBoutStream} for the latency, about 40 s
   * with the defaults at 100 Hz, and the exact conditions).
   *
   * <pre>{@code
   * LowerBackWalkingBoutStream s = LowerBackWalkingBoutDetector.withDefaults()
   *     .newStream(SamplingRate.ofHz(100), bout -> System.out.println(bout));
   * s.push(ax, ay, az, gx, gy, gz);   // per sample, m/s² and deg/s
   * s.flush();                        // at the end of the recording
   * }</pre>
   *
   * @param rate the sampling rate of the samples that will be pushed
   * @param sink receives the bouts, on the pushing thread
   * @throws IllegalArgumentException if {@code bandHighHz} is not below Nyquist at {@code rate}
   */
  public LowerBackWalkingBoutStream newStream(SamplingRate rate, BoutSink sink) {
    return new LowerBackWalkingBoutStream(config, rate, sink);
  }

  /** Groups step samples into bouts by the periodicity rules. */
  List<WalkingBout> bouts(int[] steps, SamplingRate rate, int n) {
    int maxStep = rate.samples(config.maxStepIntervalS());
    int pad = rate.samples(config.paddingS());
    int maxBreak = rate.samples(config.maxBreakS());
    List<WalkingBout> out = new ArrayList<>();
    int start = 0;
    for (int k = 1; k <= steps.length; k++) {
      boolean breaks = k == steps.length;
      if (!breaks) {
        int d = steps[k] - steps[k - 1];
        breaks = d > maxStep;
        if (!breaks && k - start >= 2) {
          int prev = steps[k - 1] - steps[k - 2];
          double ratio = d > prev ? (double) d / prev : (double) prev / d;
          breaks = ratio > config.maxStepRatio();
        }
      }
      if (breaks) {
        if (k - start >= config.minSteps()) {
          int from = Math.max(0, steps[start] - pad);
          int to = Math.min(n, steps[k - 1] + pad + 1);
          if (!out.isEmpty() && out.get(out.size() - 1).endIndex() + maxBreak >= from) {
            from = out.remove(out.size() - 1).startIndex();
          }
          out.add(new WalkingBout(from, to));
        }
        start = k;
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "LowerBackWalkingBoutDetector" + config;
  }
}

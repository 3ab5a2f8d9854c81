package org.gait4j.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.DtwCostFunction;
import org.gait4j.dsp.SosFilter;
import org.gait4j.dsp.SubsequenceDtw;
import org.gait4j.internal.Checks;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Stride segmentation of a foot-mounted IMU by subsequence dynamic time warping against a stride
 * template (Barth et al. 2015): finds every stride of continuous walking and returns its borders.
 *
 * <h2>Signal expected</h2>
 *
 * One foot IMU ({@code LEFT_FOOT} or {@code RIGHT_FOOT}, any sampling rate of at least twice the
 * low-pass cutoff) with a gyroscope in the gaitmap foot sensor frame: x to the tip of the shoe,
 * y to the left, z up, the same for both feet, so plantarflexion is positive gyr_y. Only gyr_y
 * (the sagittal, medio-lateral axis) is used; it is converted to deg/s. Mounting tilts of a few
 * tens of degrees about the foot's long or vertical axis barely change gyr_y.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>gyr_y is low-passed (zero-phase Butterworth, order 4, {@code lowPassHz}), decimated by the
 *       largest whole factor {@code q} that keeps at least {@code workRateHz}, and divided by
 *       {@code scaleDegPerS}.
 *   <li>The template (one stride of gyr_y from the angular-velocity maximum at toe off to the next,
 *       generated from the gait4j simulator, see {@code FootStrideTemplate}) is stretched to
 *       {@code templateStrideS} at the decimated rate, without its closing border (so that the
 *       matches of consecutive strides do not share a sample), and scaled the same way.
 *   <li>{@link SubsequenceDtw#costFunction(double[][], double)} gives the cost of the best match
 *       ending at each sample (pruned above the cost bound of the next step, which it does not
 *       change). Candidate ends are its local minima not above {@code maxCostPerSample} times the
 *       template length, thinned by increasing cost to at least {@code minStrideS} apart (as in
 *       {@link SubsequenceDtw#findMatches}). Matches are accepted by increasing cost unless they
 *       overlap an accepted one by {@code snapWindowS} or more: the open-begin DTW may let a
 *       match start a sample or two inside the previous stride, which snapping then resolves.
 *   <li>Matches shorter than {@code minStrideS} or longer than {@code maxStrideS} are dropped.
 *   <li>Both borders move to the gyr_y maximum (unfiltered, full rate) within {@code snapWindowS}:
 *       the border convention of gaitmap's hand-labelled stride lists (the gyr_ml minimum before
 *       toe off; gaitmap's gyr_ml is minus our gyr_y).
 *   <li>A stride without a swing (gyr_y never below {@code -minSwingDegPerS}) is dropped, as is a
 *       stride without a stance (less than 20 % of the stride from the heel-strike rebound, the
 *       first rise above 20 deg/s after the swing, to the closing border: the last contact of a
 *       walk, where DTW squeezes the missing stance onto the rebound peak) a stride
 *       overlapping an earlier one after snapping, and a stride whose border search window
 *       is cut by the start or end of the recording or whose border is not a local maximum,
 *       or whose two border maxima differ by more than a factor 2 (the walk's true toe-off peak
 *       lies beyond the data and a smaller heel-off bump was taken instead).
 * </ol>
 *
 * <p>Differences from Barth et al. and gaitmap's {@code BarthDtw}: one channel (gyr_y) instead of
 * gyroscope plus accelerometer (gyr_y alone is gaitmap's default template too); the template is
 * simulated, not averaged from labelled recordings; the cost bound is per template sample so it
 * does not depend on the sampling rate; matching runs at about 50 Hz.
 *
 * <h2>Edge cases</h2>
 *
 * Input shorter than {@code minStrideS} or than the filter's padding gives no strides. Turns,
 * stairs and shuffling usually match poorly and are left out; a stride interrupted by a long
 * standing pause is longer than {@code maxStrideS} and is left out. Strides at the very start and
 * end of a recording need the full stride, from toe off to toe off, plus {@code snapWindowS},
 * inside the input.
 *
 * <h2>Cost and thread-safety</h2>
 *
 * Time O(n/q · m) for n samples and a template of m samples at the decimated rate (about 55); memory
 * O(n). Immutable and thread-safe; the input is not modified. The zero-phase filter looks ahead;
 * {@link FootGyroEventStream} is the causal variant (delay-compensated causal filter, incremental
 * DTW), reporting each stride about 0.7 s after its closing border.
 *
 * <p>Reference: J. Barth, C. Oberndorfer, C. Pasluosta, S. Schülein, H. Gassner, S. Reinfelder, P.
 * Kugler, D. Schuldhaus, J. Winkler, J. Klucken and B. M. Eskofier, "Stride segmentation during
 * free walk movements using multi-dimensional subsequence dynamic time warping on inertial sensor
 * data", Sensors 15(3):6419–6440, 2015, DOI 10.3390/s150306419.
 */
public final class FootStrideSegmenter {

  static final int FILTER_ORDER = 4;
  static final double REBOUND_DEG_PER_S = 20.0;
  static final double MIN_STANCE_FRACTION = 0.2;

  private final FootStrideSegmenterConfig config;

  private FootStrideSegmenter(FootStrideSegmenterConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A segmenter with {@link FootStrideSegmenterConfig#defaults()}. */
  public static FootStrideSegmenter withDefaults() {
    return new FootStrideSegmenter(FootStrideSegmenterConfig.defaults());
  }

  /** A segmenter with {@code config}. */
  public static FootStrideSegmenter of(FootStrideSegmenterConfig config) {
    return new FootStrideSegmenter(config);
  }

  /** The settings. */
  public FootStrideSegmenterConfig config() {
    return config;
  }

  /**
   * The strides of one foot IMU.
   *
   * @param foot a foot IMU with a gyroscope (gaitmap foot sensor frame); not modified
   * @return strides sorted by start, sample indices of {@code foot}; empty if none
   * @throws IllegalArgumentException if the stream has no gyroscope, or {@code lowPassHz} is not
   *     below the Nyquist frequency of its rate
   */
  public List<FootStride> segment(ImuStream foot) {
    Checks.notNull(foot, "foot");
    return segment(gyrYDegPerS(foot), foot.rate());
  }

  /**
   * The strides in a gyr_y series.
   *
   * @param gyrYDegPerS sagittal angular velocity, deg/s, plantarflexion positive; not modified
   * @param rate its sampling rate
   * @return strides sorted by start; empty if none
   * @throws IllegalArgumentException if {@code lowPassHz} is not below the Nyquist frequency
   */
  public List<FootStride> segment(double[] gyrYDegPerS, SamplingRate rate) {
    Checks.notNull(gyrYDegPerS, "gyrYDegPerS");
    Checks.notNull(rate, "rate");
    rate.requireBelowNyquist(config.lowPassHz(), "lowPassHz");
    double[] g = gyrYDegPerS;
    int n = g.length;
    SosFilter lowPass = Butterworth.lowPass(FILTER_ORDER, config.lowPassHz(), rate);
    if (n <= lowPass.padLength() || n < rate.samples(config.minStrideS())) {
      return List.of();
    }
    int q = Math.max(1, (int) Math.floor(rate.hz() / config.workRateHz()));
    SamplingRate work = SamplingRate.ofHz(rate.hz() / q);
    double[] filtered = lowPass.filterZeroPhase(g);
    int nd = (n + q - 1) / q;
    double scale = config.scaleDegPerS();
    double[][] signal = new double[nd][1];
    for (int j = 0; j < nd; j++) {
      signal[j][0] = filtered[j * q] / scale;
    }
    int m = Math.max(2, work.samples(config.templateStrideS()));
    if (nd < m / 2) {
      return List.of();
    }
    double[] t = FootStrideTemplate.resampled(m);
    double[][] template = new double[m][1];
    for (int i = 0; i < m; i++) {
      template[i][0] = t[i] / scale;
    }
    double maxCost = config.maxCostPerSample() * m;
    DtwCostFunction f = SubsequenceDtw.of(template).costFunction(signal, maxCost);
    double[] cost = f.costs();
    int[] ends = candidateEnds(cost, maxCost, Math.max(1, work.samples(config.minStrideS())));
    int snap = rate.samples(config.snapWindowS());
    int slack = Math.max(1, work.samples(config.snapWindowS()));
    int minLength = rate.samples(config.minStrideS());
    int maxLength = rate.samples(config.maxStrideS());
    // accept by increasing cost; a match may overlap accepted ones by the snap window at most
    int[] acceptedStart = new int[ends.length];
    int[] acceptedEnd = new int[ends.length];
    int accepted = 0;
    for (int end : ends) {
      int start = f.start(end);
      boolean clash = false;
      for (int k = 0; k < accepted && !clash; k++) {
        int overlap = Math.min(end, acceptedEnd[k]) - Math.max(start, acceptedStart[k]);
        clash = overlap >= slack;
      }
      if (!clash) {
        acceptedStart[accepted] = start;
        acceptedEnd[accepted] = end;
        accepted++;
      }
    }
    long[] order = new long[accepted]; // start in the high bits, index in the low bits
    for (int k = 0; k < accepted; k++) {
      order[k] = ((long) acceptedStart[k] << 32) | k;
    }
    Arrays.sort(order);
    List<FootStride> out = new ArrayList<>(accepted);
    int lastEnd = -1;
    for (long o : order) {
      int k = (int) o;
      int startGuess = acceptedStart[k] * q;
      int endGuess = (acceptedEnd[k] + 1) * q; // the template stops one sample short
      if (startGuess - snap < 0 || endGuess + snap > n - 1) {
        continue; // the border's search window is cut by the recording's edge
      }
      int s = argMax(g, startGuess - snap, startGuess + snap);
      int e = argMax(g, endGuess - snap, endGuess + snap);
      int length = e - s;
      if (length < minLength || length > maxLength || s < lastEnd) {
        continue;
      }
      if (!isPeak(g, s) || !isPeak(g, e) || g[e] < 0.5 * g[s] || g[s] < 0.5 * g[e]) {
        continue; // not two comparable toe-off maxima: e.g. the data ends before the push-off
      }
      if (min(g, s, e) > -config.minSwingDegPerS() || !hasStance(g, s, e)) {
        continue;
      }
      out.add(new FootStride(s, e, cost[acceptedEnd[k]] / m));
      lastEnd = e;
    }
    return List.copyOf(out);
  }

  /**
   * Interior local minima of {@code cost} (a flat minimum gives its first sample) not above {@code
   * maxCost}, thinned by increasing cost (ties: earlier first) so that no two are closer than
   * {@code distance} samples; returned in order of increasing cost.
   */
  static int[] candidateEnds(double[] cost, double maxCost, int distance) {
    int n = cost.length;
    int count = 0;
    long[] keyed = new long[n];
    for (int j = 1; j + 1 < n; j++) {
      if (cost[j] <= maxCost && cost[j] < cost[j - 1] && cost[j] <= cost[j + 1]) {
        keyed[count++] = j;
      }
    }
    Integer[] idx = new Integer[count];
    for (int k = 0; k < count; k++) {
      idx[k] = (int) keyed[k];
    }
    Arrays.sort(idx, (x, y) -> cost[x] != cost[y] ? Double.compare(cost[x], cost[y])
        : Integer.compare(x, y));
    boolean[] taken = new boolean[n];
    int[] out = new int[count];
    int kept = 0;
    for (int j : idx) {
      boolean near = false;
      for (int d = Math.max(0, j - distance + 1); d < Math.min(n, j + distance) && !near; d++) {
        near = taken[d];
      }
      if (!near) {
        taken[j] = true;
        out[kept++] = j;
      }
    }
    return Arrays.copyOf(out, kept);
  }

  /** True if {@code x[i]} is an interior sample not below either neighbour. */
  static boolean isPeak(double[] x, int i) {
    return i > 0 && i + 1 < x.length && x[i] >= x[i - 1] && x[i] >= x[i + 1];
  }

  /**
   * True if the stride ends in a stance: from the heel-strike rebound (the first rise above {@value
   * #REBOUND_DEG_PER_S} deg/s after the swing minimum) to the closing border lasts at least {@value
   * #MIN_STANCE_FRACTION} of the stride. This rejects a last "stride" squeezed onto the rebound
   * peak of the final contact of a walk, whose closing border is not a toe off.
   */
  static boolean hasStance(double[] g, int s, int e) {
    int swingMin = s;
    for (int i = s + 1; i <= e; i++) {
      if (g[i] < g[swingMin]) {
        swingMin = i;
      }
    }
    int rebound = -1;
    for (int i = swingMin + 1; i < e; i++) {
      if (g[i] > REBOUND_DEG_PER_S) {
        rebound = i;
        break;
      }
    }
    return rebound > 0 && e - rebound >= MIN_STANCE_FRACTION * (e - s);
  }

  /** gyr_y in deg/s; throws if the stream has no gyroscope. */
  static double[] gyrYDegPerS(ImuStream foot) {
    Vector3Series gyr = foot.gyroscope().orElseThrow(() -> new IllegalArgumentException(
        "foot IMU " + foot.sensorId() + " has no gyroscope"));
    return gyr.inUnit(Unit.DEGREE_PER_SECOND).y();
  }

  /** Index of the largest value in {@code [from, to]} clipped to the array; first on ties. */
  static int argMax(double[] x, int from, int to) {
    int a = Math.max(0, from);
    int b = Math.min(x.length - 1, to);
    int best = a;
    for (int i = a + 1; i <= b; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return best;
  }

  static double min(double[] x, int from, int to) {
    double v = Double.POSITIVE_INFINITY;
    for (int i = Math.max(0, from); i <= Math.min(x.length - 1, to); i++) {
      v = Math.min(v, x[i]);
    }
    return v;
  }

  @Override
  public String toString() {
    return "FootStrideSegmenter" + config;
  }
}

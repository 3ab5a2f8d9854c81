package org.gait4j.dsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * Multi-dimensional subsequence dynamic time warping (DTW): finds where, and how well, a template
 * (e.g. one stride of foot gyroscope and accelerometer data) occurs anywhere inside a longer signal.
 * Used for stride segmentation as in Barth et al. 2015.
 *
 * <h2>Signals expected</h2>
 *
 * Template {@code m x d} and signal {@code n x d} (rows are samples, columns channels), same
 * channels in the same order and units, at the same sampling rate. Barth et al. use the sagittal
 * gyroscope and the two sagittal accelerometer axes of a foot IMU, each normalised; scale the
 * channels so that their differences are comparable, since the local cost mixes them.
 *
 * <h2>Algorithm (Müller 2007, ch. 4.4)</h2>
 *
 * <ol>
 *   <li>Local cost {@code c(i, j) = Σ_ch (template[i][ch] - signal[j][ch])²}.
 *   <li>Accumulated cost with open begin: {@code D(0, j) = c(0, j)}; {@code D(i, 0) = c(i, 0) +
 *       D(i-1, 0)}; otherwise {@code D(i, j) = c(i, j) + min(D(i-1, j-1), D(i-1, j), D(i, j-1))}
 *       (steps (1,1), (1,0), (0,1)).
 *   <li>Open end: the cost function is {@code Δ(j) = D(m-1, j)}, the cost of the best match that ends
 *       at sample {@code j}.
 *   <li>Instead of storing the {@code m x n} matrix and backtracking, the start of the optimal path
 *       is carried forward: {@code S(0, j) = j}, {@code S(i, 0) = 0} and {@code S(i, j) = S} of the
 *       chosen predecessor. Columns are computed one after another, so memory is O(m) besides the
 *       two outputs of length {@code n}, and time O(n · m · d).
 *   <li>Tie-breaking (defines the start when several optimal paths exist): the predecessor is the
 *       first minimum in the order diagonal {@code (i-1, j-1)}, vertical {@code (i-1, j)},
 *       horizontal {@code (i, j-1)}. Backtracking the full matrix with the same order gives the same
 *       starts (tested).
 * </ol>
 *
 * <h2>Match finding ({@link #findMatches}), after gaitmap's BarthDtw</h2>
 *
 * <ol>
 *   <li>Candidate ends: local minima of {@code Δ} (the first and last sample are never minima; a flat
 *       minimum gives its middle sample, rounded down) with {@code Δ <= maxCost}. {@code Δ} is
 *       computed with that bound ({@link #costFunction(double[][], double)}), which prunes the
 *       cells above it and leaves these minima unchanged.
 *   <li>Distance rule: candidates are visited by increasing cost (ties: earlier sample first); each
 *       one kept removes the remaining candidates closer than {@code minDistance} samples.
 *   <li>Each end {@code j} becomes the match {@code S(m-1, j) .. j}.
 *   <li>Overlaps: matches are visited by increasing cost; a match sharing a sample with an already
 *       accepted one is dropped. The result is sorted by start.
 * </ol>
 *
 * <p>Note on units: {@code Δ} is the accumulated <em>squared</em> distance (Müller's definition);
 * gaitmap thresholds the square root of it, so a gaitmap {@code max_cost} of {@code c} corresponds
 * to {@code maxCost = c²} here.
 *
 * <h2>Edge cases and limits</h2>
 *
 * No NaN or infinite values (rejected). Channel counts must agree. Warping is not constrained (no
 * slope or band constraint): a match may be arbitrarily stretched or compressed; filter the returned
 * matches by {@link DtwMatch#lengthSamples()} against the template length if that matters. Step
 * weights and band constraints are future work.
 *
 * <h2>Thread-safety</h2>
 *
 * Immutable (the template is copied) and thread-safe; inputs are not modified.
 *
 * <p>References: J. Barth, C. Oberndorfer, C. Pasluosta, S. Schülein, H. Gassner, S. Reinfelder, P.
 * Kugler, D. Schuldhaus, J. Winkler, J. Klucken and B. M. Eskofier, "Stride segmentation during free
 * walk movements using multi-dimensional subsequence dynamic time warping on inertial sensor data",
 * Sensors 15(3):6419–6440, 2015, DOI 10.3390/s150306419. M. Müller, "Information Retrieval for Music
 * and Motion", Springer, 2007, ch. 4, DOI 10.1007/978-3-540-74048-3.
 */
public final class SubsequenceDtw {

  private static final double INF = Double.POSITIVE_INFINITY;

  private final double[] flat; // template sample i, channel ch at i * channels + ch
  private final int length;
  private final int channels;

  private SubsequenceDtw(double[] flat, int channels) {
    this.flat = flat;
    this.length = flat.length / channels;
    this.channels = channels;
  }

  /**
   * A matcher for {@code template}.
   *
   * @param template {@code m x d} samples by channels, {@code m >= 1}, {@code d >= 1}, all rows of
   *     length d, finite; not modified (copied)
   * @throws IllegalArgumentException if the template is empty, ragged or not finite
   */
  public static SubsequenceDtw of(double[][] template) {
    Checks.notNull(template, "template");
    Checks.requireArgument(template.length > 0, "template must have at least one sample");
    int d = checkRows(template, -1, "template");
    double[] flat = new double[template.length * d];
    for (int i = 0; i < template.length; i++) {
      System.arraycopy(template[i], 0, flat, i * d, d);
    }
    return new SubsequenceDtw(flat, d);
  }

  /** Template length in samples. */
  public int templateLength() {
    return length;
  }

  /** Number of channels. */
  public int channels() {
    return channels;
  }

  /**
   * The open-end cost function and the start of the optimal path ending at every sample.
   *
   * @param signal {@code n x d}, {@code n >= 1}; not modified
   * @return cost and start per end sample
   * @throws IllegalArgumentException if the signal is empty, ragged, not finite, or has another
   *     channel count
   */
  public DtwCostFunction costFunction(double[][] signal) {
    return costFunction(signal, Double.POSITIVE_INFINITY);
  }

  /**
   * The open-end cost function up to a bound: {@code Δ(j)} and the start of the optimal path for
   * every end {@code j} with {@code Δ(j) <= maxCost}, exactly (bit for bit) as {@link
   * #costFunction(double[][])} gives them; {@code +∞} (and start {@code j}) for every other end.
   * Local costs are not negative, so a cell whose accumulated cost exceeds the bound cannot lie on
   * a path that ends within it: such cells are pruned (PrunedDTW, Silva and Batista 2016), which
   * makes the cost close to O(n · w · d) where {@code w} is the number of template samples a
   * cheap partial match reaches, rather than O(n · m · d). Local minima and their order are
   * unchanged for all costs within the bound.
   *
   * <p>Reference: D. F. Silva and G. E. A. P. A. Batista, "Speeding up all-pairwise dynamic time
   * warping matrix calculation", Proc. SIAM Int. Conf. Data Mining 2016, pp. 837–845, DOI
   * 10.1137/1.9781611974348.94.
   *
   * @param signal {@code n x d}, {@code n >= 1}; not modified
   * @param maxCost the bound, {@code >= 0}; {@code +∞} gives the whole cost function
   * @return cost (within the bound, else {@code +∞}) and start per end sample
   * @throws IllegalArgumentException as {@link #costFunction(double[][])}, or if {@code maxCost}
   *     is negative or NaN
   */
  public DtwCostFunction costFunction(double[][] signal, double maxCost) {
    Checks.notNull(signal, "signal");
    Checks.requireArgument(signal.length > 0, "signal must have at least one sample");
    Checks.requireArgument(maxCost >= 0, "maxCost (%s) must be >= 0", maxCost);
    checkRows(signal, channels, "signal");
    int m = length;
    int n = signal.length;
    double[] cost = new double[n];
    int[] start = new int[n];
    double[] acc = new double[m];
    int[] from = new int[m];
    double[] local = new double[m];
    int reach = -1;
    for (int j = 0; j < n; j++) {
      localCosts(signal[j], local);
      reach = column(local, acc, from, reach, j, maxCost);
      if (reach == m - 1) {
        cost[j] = acc[m - 1];
        start[j] = from[m - 1];
      } else {
        cost[j] = INF;
        start[j] = j;
      }
    }
    return new DtwCostFunction(cost, start);
  }

  /**
   * Advances {@code acc} and {@code from} from column {@code j - 1} to column {@code j} of the
   * accumulated cost and its path starts, pruning cells above {@code maxCost}.
   *
   * @param local local costs of column {@code j}; not modified
   * @param acc in: rows {@code 0..reach} of column {@code j - 1} (rows above are +∞); out: column
   *     {@code j}, valid up to the returned row. Modified.
   * @param from path starts beside {@code acc}. Modified.
   * @param reach the previous call's result; -1 before the first column
   * @return the highest row of column {@code j} within the bound; -1 if none
   */
  private static int column(double[] local, double[] acc, int[] from, int reach, int j,
      double maxCost) {
    int m = acc.length;
    double diagonal = reach >= 0 ? acc[0] : INF; // D(i-1, j-1) for row i
    int diagonalStart = from[0];
    // row 0: open begin
    acc[0] = local[0] <= maxCost ? local[0] : INF;
    from[0] = j;
    int last = acc[0] < INF ? 0 : -1;
    int i = 1;
    for (; i <= reach; i++) { // rows with a left neighbour D(i, j-1)
      double left = acc[i];
      int leftStart = from[i];
      double best = diagonal;
      int bestStart = diagonalStart;
      if (acc[i - 1] < best) {
        best = acc[i - 1];
        bestStart = from[i - 1];
      }
      if (left < best) {
        best = left;
        bestStart = leftStart;
      }
      double v = local[i] + best;
      if (v <= maxCost) {
        acc[i] = v;
        from[i] = bestStart;
        last = i;
      } else {
        acc[i] = INF;
      }
      diagonal = left;
      diagonalStart = leftStart;
    }
    for (; i < m; i++) { // above the previous reach: the diagonal (first row only) and vertical
      double best = diagonal;
      int bestStart = diagonalStart;
      if (acc[i - 1] < best) {
        best = acc[i - 1];
        bestStart = from[i - 1];
      }
      double v = local[i] + best;
      if (!(v <= maxCost)) {
        break; // +inf from here up: no left neighbour and no diagonal
      }
      acc[i] = v;
      from[i] = bestStart;
      last = i;
      diagonal = INF;
    }
    return last;
  }

  /** Local costs of every template sample against one signal sample into {@code out}. */
  private void localCosts(double[] s, double[] out) {
    if (channels == 1) {
      double x = s[0];
      for (int i = 0; i < out.length; i++) {
        double diff = flat[i] - x;
        out[i] = diff * diff;
      }
      return;
    }
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (int ch = 0; ch < channels; ch++) {
        double diff = flat[i * channels + ch] - s[ch];
        sum += diff * diff;
      }
      out[i] = sum;
    }
  }

  /**
   * Finds the non-overlapping occurrences of the template in {@code signal}.
   *
   * @param signal {@code n x d}; not modified
   * @param rate sampling rate of signal and template
   * @param maxCost largest accepted accumulated cost, {@code >= 0} (squared units, see class doc)
   * @param minDistanceS smallest time between the ends of two matches, seconds, {@code >= 0}
   * @return matches sorted by start; empty if none
   * @throws IllegalArgumentException as {@link #costFunction}, or for a negative or non-finite
   *     {@code maxCost} or {@code minDistanceS}
   */
  public List<DtwMatch> findMatches(
      double[][] signal, SamplingRate rate, double maxCost, double minDistanceS) {
    Checks.notNull(rate, "rate");
    Checks.nonNegative(maxCost, "maxCost");
    Checks.nonNegative(minDistanceS, "minDistanceS");
    DtwCostFunction f = costFunction(signal, maxCost);
    double[] cost = f.costs();
    int[] ends = selectByDistance(cost, localMinima(cost, maxCost), rate.samples(minDistanceS));
    List<DtwMatch> candidates = new ArrayList<>();
    for (int end : ends) {
      candidates.add(new DtwMatch(f.start(end), end, cost[end]));
    }
    candidates.sort(
        Comparator.comparingDouble(DtwMatch::cost).thenComparingInt(DtwMatch::endIndexInclusive));
    List<DtwMatch> accepted = new ArrayList<>();
    for (DtwMatch c : candidates) {
      boolean overlaps = false;
      for (DtwMatch a : accepted) {
        if (c.startIndex() <= a.endIndexInclusive() && a.startIndex() <= c.endIndexInclusive()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        accepted.add(c);
      }
    }
    accepted.sort(Comparator.comparingInt(DtwMatch::startIndex));
    return List.copyOf(accepted);
  }

  /**
   * Interior local minima of {@code y} with value {@code <= maxValue}; a flat minimum gives its
   * middle index (rounded down). Ascending indices.
   */
  static int[] localMinima(double[] y, double maxValue) {
    int n = y.length;
    int[] out = new int[n];
    int count = 0;
    int i = 1;
    while (i < n - 1) {
      if (y[i - 1] > y[i]) {
        int ahead = i + 1;
        while (ahead < n - 1 && y[ahead] == y[i]) {
          ahead++;
        }
        if (y[ahead] > y[i]) {
          if (y[i] <= maxValue) {
            out[count++] = (i + ahead - 1) / 2;
          }
          i = ahead;
          continue;
        }
      }
      i++;
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * Keeps the minima in order of increasing value (ties: lower index first), dropping those closer
   * than {@code distance} samples to a kept one. Ascending indices.
   */
  static int[] selectByDistance(double[] y, int[] minima, int distance) {
    if (distance <= 1 || minima.length < 2) {
      return minima.clone();
    }
    Integer[] order = new Integer[minima.length];
    for (int q = 0; q < order.length; q++) {
      order[q] = q;
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer q) -> y[minima[q]]).thenComparingInt(q -> q));
    boolean[] removed = new boolean[minima.length];
    for (int q : order) {
      if (removed[q]) {
        continue;
      }
      for (int r = q - 1; r >= 0 && minima[q] - minima[r] < distance; r--) {
        removed[r] = true;
      }
      for (int r = q + 1; r < minima.length && minima[r] - minima[q] < distance; r++) {
        removed[r] = true;
      }
    }
    int[] out = new int[minima.length];
    int count = 0;
    for (int q = 0; q < minima.length; q++) {
      if (!removed[q]) {
        out[count++] = minima[q];
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** A new streaming face of this matcher, before its first signal sample. */
  public Stream newStream() {
    return new Stream(this);
  }

  /**
   * The streaming face of {@link SubsequenceDtw#costFunction}: the open-end cost {@code Δ(j)} and
   * the start {@code S(m-1, j)} of the best match ending at each signal sample {@code j}, computed
   * as the sample arrives. The accumulated cost of column {@code j} depends only on signal samples
   * {@code 0..j}, so the result is causal and exactly (bit for bit) that of {@code costFunction}
   * over the same samples. Latency zero; O(m · d) time and no allocation per sample.
   *
   * <p>Not thread-safe: one stream per signal.
   */
  public static final class Stream {
    private final SubsequenceDtw dtw;
    private final double[] acc;
    private final int[] from;
    private final double[] local;
    private final double[] one = new double[1];
    private int j;
    private int reach = -1;
    private int lastStart;

    private Stream(SubsequenceDtw dtw) {
      this.dtw = dtw;
      this.acc = new double[dtw.length];
      this.from = new int[dtw.length];
      this.local = new double[dtw.length];
    }

    /**
     * Adds the next sample of a one-channel signal.
     *
     * @param x the sample, finite
     * @return {@code Δ(j)}, the cost of the best match ending at this sample
     * @throws IllegalStateException if the template has more than one channel
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    public double push(double x) {
      if (dtw.channels != 1) {
        throw new IllegalStateException("template has " + dtw.channels + " channels; use "
            + "push(double[])");
      }
      if (!Double.isFinite(x)) { // no varargs on the hot path
        throw new IllegalArgumentException("sample " + j + " (" + x + ") must be finite");
      }
      one[0] = x;
      return column(one);
    }

    /**
     * Adds the next sample of the signal.
     *
     * @param sample one value per channel, finite. Not modified.
     * @return {@code Δ(j)}, the cost of the best match ending at this sample
     * @throws IllegalArgumentException if the channel count differs or a value is not finite
     */
    public double push(double[] sample) {
      Checks.notNull(sample, "sample");
      if (sample.length != dtw.channels) {
        throw new IllegalArgumentException("sample has " + sample.length + " channels, expected "
            + dtw.channels);
      }
      for (int c = 0; c < sample.length; c++) {
        if (!Double.isFinite(sample[c])) {
          throw new IllegalArgumentException("sample " + j + " channel " + c + " (" + sample[c]
              + ") must be finite");
        }
      }
      return column(sample);
    }

    /** Start {@code S(m-1, j)} of the best match ending at the last pushed sample; 0 before any. */
    public int lastStart() {
      return lastStart;
    }

    /**
     * The earliest start of the partial paths in the current column whose accumulated cost is
     * below {@code cost}; {@link Integer#MAX_VALUE} if none (or before the first sample). Every
     * match ending at a later sample passes through this column with an accumulated cost no larger
     * than its final cost (local costs are not negative), so no later match cheaper than {@code
     * cost} can start before the returned sample: the reporting rule of SPRING (Sakurai et al.
     * 2007, DOI 10.1109/ICDE.2007.368963). O(m).
     *
     * @param cost a cost bound, in the units of the cost function
     */
    public int earliestStartCheaperThan(double cost) {
      if (j == 0) {
        return Integer.MAX_VALUE;
      }
      int earliest = Integer.MAX_VALUE;
      for (int i = 0; i < acc.length; i++) {
        if (acc[i] < cost && from[i] < earliest) {
          earliest = from[i];
        }
      }
      return earliest;
    }

    /** Number of samples pushed. */
    public int samplesPushed() {
      return j;
    }

    /** Back to the state before the first sample. */
    public void reset() {
      Arrays.fill(acc, 0.0);
      Arrays.fill(from, 0);
      j = 0;
      reach = -1;
      lastStart = 0;
    }

    // costFunction's step for one column, without a bound
    private double column(double[] sample) {
      dtw.localCosts(sample, local);
      reach = SubsequenceDtw.column(local, acc, from, reach, j, INF);
      j++;
      lastStart = from[acc.length - 1];
      return acc[acc.length - 1];
    }

    @Override
    public String toString() {
      return "SubsequenceDtw.Stream[" + dtw.length + " samples x " + dtw.channels
          + " channels, " + j + " pushed]";
    }
  }

  // the messages are built only on failure: no boxing per sample
  private static int checkRows(double[][] rows, int channels, String name) {
    int d = channels;
    for (int i = 0; i < rows.length; i++) {
      double[] r = rows[i];
      if (r == null) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be null");
      }
      if (d < 0) {
        d = r.length;
        Checks.requireArgument(d > 0, "%s must have at least one channel", name);
      }
      if (r.length != d) {
        throw new IllegalArgumentException(name + "[" + i + "] has " + r.length
            + " channels, expected " + d);
      }
      for (int c = 0; c < d; c++) {
        if (!Double.isFinite(r[c])) {
          throw new IllegalArgumentException(name + "[" + i + "][" + c + "] (" + r[c]
              + ") must be finite");
        }
      }
    }
    return d;
  }

  @Override
  public String toString() {
    return "SubsequenceDtw[" + length + " samples x " + channels + " channels]";
  }
}

package org.gait4j.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;

/**
 * One-to-one nearest matching of detected event times to reference event times within a
 * tolerance, with the usual detection statistics.
 *
 * <p>Rule: every pair (detected, reference) closer than or equal to the tolerance is a candidate;
 * candidates are taken in order of increasing distance (ties: earlier reference first, then
 * earlier detection) and accepted when neither side is matched yet. This is the greedy solution
 * of the assignment problem; for events of one type on one side, which are separated by far more
 * than the tolerance, it equals the optimal assignment. Unmatched detections are false positives,
 * unmatched references false negatives. Errors are {@code detected - reference} (positive =
 * late).
 *
 * <p>Immutable and thread-safe.
 */
public final class EventMatch {
  private final int[] detectedIndex; // per matched pair, index into detected
  private final int[] referenceIndex;
  private final double[] errorsS;
  private final int detectedCount;
  private final int referenceCount;

  private EventMatch(int[] d, int[] r, double[] e, int detectedCount, int referenceCount) {
    this.detectedIndex = d;
    this.referenceIndex = r;
    this.errorsS = e;
    this.detectedCount = detectedCount;
    this.referenceCount = referenceCount;
  }

  /**
   * Matches event times given in seconds.
   *
   * @param detectedS detected times, any order. Not modified.
   * @param referenceS reference times, any order. Not modified.
   * @param toleranceS largest accepted |detected - reference|, seconds, {@code >= 0}
   */
  public static EventMatch ofTimes(double[] detectedS, double[] referenceS, double toleranceS) {
    Checks.nonNegative(toleranceS, "toleranceS");
    requireFinite(detectedS, "detectedS");
    requireFinite(referenceS, "referenceS");
    List<double[]> cand = new ArrayList<>();
    Integer[] refOrder = order(referenceS);
    double[] sortedDet = detectedS.clone();
    Integer[] detOrder = order(detectedS);
    for (int k = 0; k < detOrder.length; k++) {
      sortedDet[k] = detectedS[detOrder[k]];
    }
    for (int rk = 0; rk < refOrder.length; rk++) {
      int r = refOrder[rk];
      double t = referenceS[r];
      int lo = lowerBound(sortedDet, t - toleranceS);
      for (int k = lo; k < sortedDet.length && sortedDet[k] <= t + toleranceS; k++) {
        cand.add(new double[] {Math.abs(sortedDet[k] - t), rk, k});
      }
    }
    cand.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
        : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
    boolean[] refUsed = new boolean[referenceS.length];
    boolean[] detUsed = new boolean[detectedS.length];
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : cand) {
      int rk = (int) c[1];
      int k = (int) c[2];
      if (!refUsed[rk] && !detUsed[k]) {
        refUsed[rk] = true;
        detUsed[k] = true;
        pairs.add(new int[] {detOrder[k], refOrder[rk]});
      }
    }
    pairs.sort((a, b) -> Double.compare(referenceS[a[1]], referenceS[b[1]]));
    int n = pairs.size();
    int[] d = new int[n];
    int[] r = new int[n];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = pairs.get(i)[0];
      r[i] = pairs.get(i)[1];
      e[i] = detectedS[d[i]] - referenceS[r[i]];
    }
    return new EventMatch(d, r, e, detectedS.length, referenceS.length);
  }

  /**
   * Matches event sample indices at {@code rate} (both sides at the same rate).
   *
   * @param detected Not modified.
   * @param reference Not modified.
   */
  public static EventMatch ofSamples(int[] detected, int[] reference, SamplingRate rate,
      double toleranceS) {
    double[] d = new double[detected.length];
    double[] r = new double[reference.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = rate.timeS(detected[i]);
    }
    for (int i = 0; i < r.length; i++) {
      r[i] = rate.timeS(reference[i]);
    }
    return ofTimes(d, r, toleranceS);
  }

  /** Pools several matches (e.g. over recordings) into one. */
  public static EventMatch pooled(List<EventMatch> parts) {
    int n = 0;
    int dc = 0;
    int rc = 0;
    for (EventMatch m : parts) {
      n += m.matched();
      dc += m.detectedCount;
      rc += m.referenceCount;
    }
    int[] d = new int[n];
    int[] r = new int[n];
    double[] e = new double[n];
    int k = 0;
    int dOff = 0;
    int rOff = 0;
    for (EventMatch m : parts) {
      for (int i = 0; i < m.matched(); i++) {
        d[k] = m.detectedIndex[i] + dOff;
        r[k] = m.referenceIndex[i] + rOff;
        e[k] = m.errorsS[i];
        k++;
      }
      dOff += m.detectedCount;
      rOff += m.referenceCount;
    }
    return new EventMatch(d, r, e, dc, rc);
  }

  /** Number of matched pairs (true positives). */
  public int matched() {
    return errorsS.length;
  }

  /** Detections without a reference partner. */
  public int falsePositives() {
    return detectedCount - matched();
  }

  /** References without a detected partner. */
  public int falseNegatives() {
    return referenceCount - matched();
  }

  public int detectedCount() {
    return detectedCount;
  }

  public int referenceCount() {
    return referenceCount;
  }

  /** matched / detected; 1 when nothing was detected and nothing was expected, else 0 if none. */
  public double precision() {
    return detectedCount == 0 ? (referenceCount == 0 ? 1 : 0) : matched() / (double) detectedCount;
  }

  /** matched / reference; 1 when there was nothing to find. */
  public double recall() {
    return referenceCount == 0 ? 1 : matched() / (double) referenceCount;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean |detected - reference| over matched pairs, seconds; NaN when nothing matched. */
  public double meanAbsoluteErrorS() {
    return errorsS.length == 0 ? Double.NaN
        : Arrays.stream(errorsS).map(Math::abs).average().orElseThrow();
  }

  /** Mean (detected - reference) over matched pairs, seconds; NaN when nothing matched. */
  public double meanSignedErrorS() {
    return errorsS.length == 0 ? Double.NaN : Arrays.stream(errorsS).average().orElseThrow();
  }

  /** Errors of matched pairs in reference-time order, seconds. */
  public double[] errorsS() {
    return errorsS.clone();
  }

  /** For each matched pair, the index into the detected array. */
  public int[] matchedDetected() {
    return detectedIndex.clone();
  }

  /** For each matched pair, the index into the reference array. */
  public int[] matchedReference() {
    return referenceIndex.clone();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "EventMatch[%d of %d reference matched, %d detected; P %.3f R %.3f F1 %.3f; "
            + "MAE %.1f ms, bias %+.1f ms]",
        matched(), referenceCount, detectedCount, precision(), recall(), f1(),
        1000 * meanAbsoluteErrorS(), 1000 * meanSignedErrorS());
  }

  private static Integer[] order(double[] v) {
    Integer[] o = new Integer[v.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = i;
    }
    Arrays.sort(o, (a, b) -> Double.compare(v[a], v[b]));
    return o;
  }

  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void requireFinite(double[] v, String name) {
    for (int i = 0; i < v.length; i++) {
      Checks.requireArgument(Double.isFinite(v[i]), "%s[%d] (%s) must be finite", name, i, v[i]);
    }
  }
}

package org.gait4j.events;

import java.util.Arrays;

/**
 * The contact intervals of one foot in a vertical-force signal: a Schmitt trigger with minimum
 * stance and swing durations. Package-private kernel shared by the force-based detectors.
 *
 * <p>Contact starts at the first sample {@code >= on}; it ends at the first sample {@code < off}
 * once the force has reached {@code max(on, off)} (the contact is "armed"); an unarmed contact
 * that falls back below {@code min(on, off)} was a blip and is forgotten. NaN samples are
 * unknown: a contact open at a NaN ends there unobserved, and the state after a NaN run is read
 * from the first valid sample (its edge unobserved). Then contacts with both edges observed and
 * shorter than {@code minStance} samples are dropped, and swings shorter than {@code minSwing}
 * samples are closed.
 *
 * <p>One pass, O(n) time; the state machine is causal. {@link InsoleContactStream} runs the same
 * rules sample by sample (keep the two in step).
 */
final class ForceContacts {
  final int count;
  /** First contact sample of each interval. */
  final int[] start;
  /** First sample after each interval (first sample below the off-threshold). */
  final int[] end;
  final boolean[] startSeen;
  final boolean[] endSeen;

  private ForceContacts(int count, int[] start, int[] end, boolean[] startSeen,
      boolean[] endSeen) {
    this.count = count;
    this.start = start;
    this.end = end;
    this.startSeen = startSeen;
    this.endSeen = endSeen;
  }

  private static final int UNKNOWN = 0;
  private static final int SWING = 1;
  private static final int CONTACT = 2;

  /**
   * Finds the contacts of {@code force}.
   *
   * @param force vertical force, any unit; NaN = no data. Not modified.
   * @param on on-threshold, same unit
   * @param off off-threshold, same unit
   * @param minStance shortest kept contact, samples
   * @param minSwing shortest kept swing, samples
   */
  static ForceContacts find(double[] force, double on, double off, int minStance, int minSwing) {
    int n = force.length;
    double hi = Math.max(on, off);
    double lo = Math.min(on, off);
    int cap = 16;
    int[] s = new int[cap];
    int[] e = new int[cap];
    boolean[] ss = new boolean[cap];
    boolean[] es = new boolean[cap];
    int k = 0;
    int state = UNKNOWN;
    boolean armed = false;
    boolean seen = false;
    int from = 0;
    for (int i = 0; i < n; i++) {
      double x = force[i];
      int closeAt = -1;
      boolean closeSeen = false;
      if (Double.isNaN(x)) {
        if (state == CONTACT && armed) {
          closeAt = i;
        }
        state = UNKNOWN;
      } else if (state == CONTACT) {
        if (armed && x < off) {
          closeAt = i;
          closeSeen = true;
          state = SWING;
        } else if (!armed && x < lo) {
          state = SWING; // a blip that never reached both thresholds
        } else if (x >= hi) {
          armed = true;
        }
      } else if (x >= on) {
        seen = state == SWING;
        state = CONTACT;
        from = i;
        armed = x >= hi;
      } else {
        state = SWING;
      }
      if (closeAt >= 0) {
        if (k == cap) {
          cap *= 2;
          s = Arrays.copyOf(s, cap);
          e = Arrays.copyOf(e, cap);
          ss = Arrays.copyOf(ss, cap);
          es = Arrays.copyOf(es, cap);
        }
        s[k] = from;
        e[k] = closeAt;
        ss[k] = seen;
        es[k] = closeSeen;
        k++;
      }
    }
    if (state == CONTACT && armed) {
      if (k == cap) {
        cap += 1;
        s = Arrays.copyOf(s, cap);
        e = Arrays.copyOf(e, cap);
        ss = Arrays.copyOf(ss, cap);
        es = Arrays.copyOf(es, cap);
      }
      s[k] = from;
      e[k] = n;
      ss[k] = seen;
      es[k] = false;
      k++;
    }
    // 1. drop fully observed contacts that are too short
    int m = 0;
    for (int j = 0; j < k; j++) {
      if (ss[j] && es[j] && e[j] - s[j] < minStance) {
        continue;
      }
      s[m] = s[j];
      e[m] = e[j];
      ss[m] = ss[j];
      es[m] = es[j];
      m++;
    }
    // 2. close swings that are too short (both of their edges observed)
    int w = 0;
    for (int j = 0; j < m; j++) {
      if (w > 0 && es[w - 1] && ss[j] && s[j] - e[w - 1] < minSwing) {
        e[w - 1] = e[j];
        es[w - 1] = es[j];
        continue;
      }
      s[w] = s[j];
      e[w] = e[j];
      ss[w] = ss[j];
      es[w] = es[j];
      w++;
    }
    return new ForceContacts(w, s, e, ss, es);
  }

  /**
   * The {@code q}-quantile of the non-NaN values (linear interpolation between order statistics,
   * as NumPy's default); NaN when there is none.
   *
   * @param values Not modified.
   */
  static double quantile(double[] values, double q) {
    double[] v = new double[values.length];
    int m = 0;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        v[m++] = x;
      }
    }
    if (m == 0) {
      return Double.NaN;
    }
    Arrays.sort(v, 0, m);
    double pos = q * (m - 1);
    int i = (int) Math.floor(pos);
    return i + 1 < m ? v[i] + (pos - i) * (v[i + 1] - v[i]) : v[m - 1];
  }
}

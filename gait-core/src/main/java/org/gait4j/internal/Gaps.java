package org.gait4j.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finding and filling runs of missing samples (NaN) in primitive arrays: the one home of gap logic
 * used by every series type.
 *
 * <p>Internal: not part of the public API.
 */
public final class Gaps {
  private Gaps() {}

  /**
   * Runs of NaN as {@code [start, length]} pairs, in order.
   *
   * @param values Not modified.
   */
  public static List<int[]> runs(double[] values) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = values.length;
    while (i < n) {
      if (Double.isNaN(values[i])) {
        int start = i;
        while (i < n && Double.isNaN(values[i])) {
          i++;
        }
        out.add(new int[] {start, i - start});
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Fills interior NaN runs no longer than {@code maxLength} samples by linear interpolation
   * between the neighbouring valid samples. Runs touching either end, or longer than {@code
   * maxLength}, are left as NaN.
   *
   * @param values Modified.
   * @return the number of samples filled
   */
  public static int fillLinear(double[] values, int maxLength) {
    int filled = 0;
    for (int[] run : runs(values)) {
      int start = run[0];
      int len = run[1];
      int end = start + len; // first valid after the run
      if (start == 0 || end >= values.length || len > maxLength) {
        continue;
      }
      double a = values[start - 1];
      double b = values[end];
      for (int k = 0; k < len; k++) {
        double t = (k + 1.0) / (len + 1.0);
        values[start + k] = a + (b - a) * t;
      }
      filled += len;
    }
    return filled;
  }
}

package org.gait4j.dsp;

import java.util.Arrays;
import org.gait4j.internal.Checks;

/**
 * Coefficients of a continuous wavelet transform: one row per scale, one column per input sample.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class CwtResult {
  private final Wavelet wavelet;
  private final double[] scales;
  private final int length;
  private final double[] coefficients; // row-major, scales.length x length

  CwtResult(Wavelet wavelet, double[] scales, int length, double[] coefficients) {
    this.wavelet = wavelet;
    this.scales = scales;
    this.length = length;
    this.coefficients = coefficients;
  }

  /** The wavelet used. */
  public Wavelet wavelet() {
    return wavelet;
  }

  /** Number of scales (rows). */
  public int scaleCount() {
    return scales.length;
  }

  /** Number of samples (columns), equal to the input length. */
  public int length() {
    return length;
  }

  /** Scale of row {@code i}, in samples (see {@link Wavelet} for its meaning). */
  public double scale(int i) {
    return scales[Checks.inRange(i, 0, scales.length - 1, "i")];
  }

  /** All scales in row order; a new array. */
  public double[] scales() {
    return scales.clone();
  }

  /**
   * Coefficient at scale row {@code i} and sample {@code j}.
   *
   * @throws IndexOutOfBoundsException if {@code i} or {@code j} is out of range
   */
  public double get(int i, int j) {
    if (i < 0 || i >= scales.length || j < 0 || j >= length) {
      throw new IndexOutOfBoundsException(
          "(" + i + ", " + j + ") outside " + scales.length + " x " + length);
    }
    return coefficients[i * length + j];
  }

  /** Row {@code i} (all samples at one scale); a new array. */
  public double[] row(int i) {
    return row(i, new double[length]);
  }

  /**
   * Row {@code i} into {@code out}.
   *
   * @param i scale row
   * @param out receives the row; length {@link #length()}. Modified.
   * @return {@code out}
   */
  public double[] row(int i, double[] out) {
    Checks.inRange(i, 0, scales.length - 1, "i");
    Checks.requireArgument(
        out.length == length, "out length (%d) must be %d", out.length, length);
    System.arraycopy(coefficients, i * length, out, 0, length);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CwtResult r
        && r.wavelet == wavelet
        && r.length == length
        && Arrays.equals(r.scales, scales)
        && Arrays.equals(r.coefficients, coefficients);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * wavelet.hashCode() + Arrays.hashCode(scales)) + Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return "CwtResult[" + wavelet + ", " + scales.length + " scales x " + length + " samples]";
  }
}

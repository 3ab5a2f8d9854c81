package org.gait4j.dsp;

import org.gait4j.model.SamplingRate;

/**
 * The time lag between two signals found by {@link TimeAlignment#estimate}.
 *
 * <p>Sign convention (that of {@code scipy.signal.correlation_lags}): a positive lag means features
 * appear in {@code a} {@code lagS} seconds <em>later</em> than in {@code b} ({@code a(t) ≈ b(t -
 * lagS)}); to align them, subtract {@code lagS} from the time stamps of {@code a} (or add it to
 * those of {@code b}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lagSamples refined lag in samples of {@code rate} (integer lag plus the parabolic
 *     sub-sample offset, within ±0.5)
 * @param integerLagSamples lag of the correlation maximum on the sample grid
 * @param correlation normalised cross-correlation at {@code integerLagSamples}, in [-1, 1]
 * @param rate the rate the lag is expressed in (that of {@code a})
 */
public record LagEstimate(
    double lagSamples, int integerLagSamples, double correlation, SamplingRate rate) {

  /** The refined lag in seconds. */
  public double lagS() {
    return lagSamples / rate.hz();
  }
}

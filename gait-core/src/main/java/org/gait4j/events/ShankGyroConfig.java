package org.gait4j.events;

import java.util.Locale;
import org.gait4j.internal.Checks;
import org.gait4j.model.Axis;

/**
 * Settings of the {@link ShankGyroEventDetector}, in physical units.
 *
 * @param sagittalAxis the gyroscope axis closest to the medio-lateral axis of the shank
 * @param polarity the sign of that axis' reading in mid-swing, or {@link SwingPolarity#AUTO} to
 *     find it in each recording
 * @param midSwingLowPassHz cutoff of the zero-phase 4th-order Butterworth low-pass applied
 *     before looking for mid-swing peaks, Hz
 * @param eventLowPassHz cutoff of the lighter low-pass applied before looking for the IC and TC
 *     minima, Hz
 * @param minSwingPeakDegPerS smallest accepted mid-swing peak of the low-passed signal, deg/s
 * @param minStrideS shortest stride: mid-swing peaks closer than this are one peak, s
 * @param tcSearchS how far before mid-swing the toe-off (terminal contact) minimum is sought, s
 * @param icSearchS how far after mid-swing the initial-contact minimum is sought, s
 */
public record ShankGyroConfig(Axis sagittalAxis, SwingPolarity polarity, double midSwingLowPassHz,
    double eventLowPassHz, double minSwingPeakDegPerS, double minStrideS, double tcSearchS,
    double icSearchS) {

  public ShankGyroConfig {
    Checks.notNull(sagittalAxis, "sagittalAxis");
    Checks.notNull(polarity, "polarity");
    Checks.positive(midSwingLowPassHz, "midSwingLowPassHz");
    Checks.positive(eventLowPassHz, "eventLowPassHz");
    Checks.positive(minSwingPeakDegPerS, "minSwingPeakDegPerS");
    Checks.inRange(minStrideS, 0.2, 5.0, "minStrideS");
    Checks.inRange(tcSearchS, 0.05, 2.0, "tcSearchS");
    Checks.inRange(icSearchS, 0.05, 2.0, "icSearchS");
  }

  /**
   * Axis Y, polarity {@link SwingPolarity#AUTO}, mid-swing low-pass 3 Hz, event low-pass
   * 15 Hz, mid-swing peaks above 50 deg/s and at least 0.5 s apart, TC within 0.5 s before and
   * IC within 0.4 s after mid-swing.
   *
   * <p>Provenance: the 50 deg/s swing threshold follows Salarian et al. (2004); the windows
   * cover half a swing plus margin at cadences from 60 to 180 steps/min (swing 0.25-0.5 s); the
   * cutoffs keep the swing lobe (stride frequency about 1 Hz) and the contact minima (tens of ms
   * wide) respectively. None of them was tuned on a dataset.
   */
  public static ShankGyroConfig defaults() {
    return new ShankGyroConfig(Axis.Y, SwingPolarity.AUTO, 3.0, 15.0, 50.0, 0.5, 0.5, 0.4);
  }

  /**
   * A copy reading the sagittal rate from {@code axis} with mid-swing of sign {@code p}
   * ({@link SwingPolarity#AUTO}: found in the data).
   */
  public ShankGyroConfig withAxis(Axis axis, SwingPolarity p) {
    return new ShankGyroConfig(axis, p, midSwingLowPassHz, eventLowPassHz, minSwingPeakDegPerS,
        minStrideS, tcSearchS, icSearchS);
  }

  /** A copy with mid-swing low-pass cutoff {@code hz}. */
  public ShankGyroConfig withMidSwingLowPassHz(double hz) {
    return new ShankGyroConfig(sagittalAxis, polarity, hz, eventLowPassHz, minSwingPeakDegPerS,
        minStrideS, tcSearchS, icSearchS);
  }

  /** A copy with event low-pass cutoff {@code hz}. */
  public ShankGyroConfig withEventLowPassHz(double hz) {
    return new ShankGyroConfig(sagittalAxis, polarity, midSwingLowPassHz, hz, minSwingPeakDegPerS,
        minStrideS, tcSearchS, icSearchS);
  }

  /** A copy with the smallest mid-swing peak {@code degPerS}. */
  public ShankGyroConfig withMinSwingPeakDegPerS(double degPerS) {
    return new ShankGyroConfig(sagittalAxis, polarity, midSwingLowPassHz, eventLowPassHz, degPerS,
        minStrideS, tcSearchS, icSearchS);
  }

  /** A copy with the shortest stride {@code seconds}. */
  public ShankGyroConfig withMinStrideS(double seconds) {
    return new ShankGyroConfig(sagittalAxis, polarity, midSwingLowPassHz, eventLowPassHz,
        minSwingPeakDegPerS, seconds, tcSearchS, icSearchS);
  }

  /** A copy with the TC and IC search windows, seconds before and after mid-swing. */
  public ShankGyroConfig withSearchS(double tcSeconds, double icSeconds) {
    return new ShankGyroConfig(sagittalAxis, polarity, midSwingLowPassHz, eventLowPassHz,
        minSwingPeakDegPerS, minStrideS, tcSeconds, icSeconds);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ShankGyroConfig[%s %s, low-pass %.1f / %.1f Hz, peak >= "
        + "%.0f deg/s, stride >= %.2f s, TC -%.2f s, IC +%.2f s]", sagittalAxis, polarity,
        midSwingLowPassHz, eventLowPassHz, minSwingPeakDegPerS, minStrideS, tcSearchS, icSearchS);
  }
}

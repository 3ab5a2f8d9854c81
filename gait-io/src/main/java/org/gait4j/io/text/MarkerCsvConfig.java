package org.gait4j.io.text;

import org.gait4j.model.Unit;

/**
 * What a {@link MarkerCsvReader} cannot learn from the file: the frame rate when column 0 holds
 * frame numbers rather than times, and the unit of the coordinates. Immutable; {@code with...}
 * methods return copies.
 *
 * @param frameRateHz frames per second when column 0 holds frame numbers (ignored when it holds
 *     times, see {@link MarkerCsvReader}); positive and finite
 * @param unit the coordinates' unit, a length ({@link Unit#MILLIMETRE}, {@link Unit#CENTIMETRE}
 *     or {@link Unit#METRE})
 */
public record MarkerCsvConfig(double frameRateHz, Unit unit) {

  /** The default frame rate, 100 Hz (the gaitmap example data's motion capture). */
  public static final double DEFAULT_FRAME_RATE_HZ = 100.0;

  public MarkerCsvConfig {
    if (!(frameRateHz > 0) || !Double.isFinite(frameRateHz)) {
      throw new IllegalArgumentException("frameRateHz (" + frameRateHz
          + ") must be positive and finite");
    }
    if (unit != Unit.MILLIMETRE && unit != Unit.CENTIMETRE && unit != Unit.METRE) {
      throw new IllegalArgumentException("unit (" + unit + ") must be mm, cm or m");
    }
  }

  /** 100 Hz, millimetres: what optical motion capture exports and gaitmap's example holds. */
  public static MarkerCsvConfig defaults() {
    return new MarkerCsvConfig(DEFAULT_FRAME_RATE_HZ, Unit.MILLIMETRE);
  }

  /** A copy with another frame rate. */
  public MarkerCsvConfig withFrameRateHz(double hz) {
    return new MarkerCsvConfig(hz, unit);
  }

  /** A copy with another coordinate unit. */
  public MarkerCsvConfig withUnit(Unit u) {
    return new MarkerCsvConfig(frameRateHz, u);
  }
}

package org.gait4j.events;

import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * Settings of the {@link WalkwayFootprintDetector}, in physical units.
 *
 * @param thresholdNPerCm2 a cell is loaded when its pressure exceeds this, N/cm²
 * @param minContactS footprints in contact for less than this are dropped as noise, s
 * @param minLengthM footprints shorter than this along their long axis are dropped as noise, m
 * @param maxFootLengthM regions of load that overlap in time and fit together in a box of this
 *     diagonal are one foot (heel and forefoot separated by an unloaded midfoot), m
 */
public record WalkwayFootprintConfig(double thresholdNPerCm2, double minContactS,
    double minLengthM, double maxFootLengthM) {

  public WalkwayFootprintConfig {
    Checks.positive(thresholdNPerCm2, "thresholdNPerCm2");
    Checks.inRange(minContactS, 0.0, 5.0, "minContactS");
    Checks.inRange(minLengthM, 0.0, 0.5, "minLengthM");
    Checks.inRange(maxFootLengthM, 0.05, 1.0, "maxFootLengthM");
  }

  /**
   * Threshold 0.1 N/cm² (1 kPa), contacts of at least 0.1 s, footprints at least 0.08 m long,
   * one foot fitting a box of 0.35 m diagonal.
   *
   * <p>Provenance: 1 kPa is of the order of the activation thresholds of resistive walkway
   * sensors and far below plantar pressures in walking (tens of N/cm²); 0.1 s and 0.08 m are
   * well below the shortest stance (about 0.3 s when running slowly) and foot (children's shoes)
   * and well above a stray cell; 0.35 m is above an adult shoe (about 0.33 m at most) and below
   * a step plus a foot (about 0.5 m even for children's short steps). Not tuned on a dataset.
   */
  public static WalkwayFootprintConfig defaults() {
    return new WalkwayFootprintConfig(0.1, 0.1, 0.08, 0.35);
  }

  /** A copy with the loading threshold {@code nPerCm2}, N/cm². */
  public WalkwayFootprintConfig withThresholdNPerCm2(double nPerCm2) {
    return new WalkwayFootprintConfig(nPerCm2, minContactS, minLengthM, maxFootLengthM);
  }

  /** A copy with the shortest kept contact {@code seconds}. */
  public WalkwayFootprintConfig withMinContactS(double seconds) {
    return new WalkwayFootprintConfig(thresholdNPerCm2, seconds, minLengthM, maxFootLengthM);
  }

  /** A copy with the shortest kept footprint {@code metres}. */
  public WalkwayFootprintConfig withMinLengthM(double metres) {
    return new WalkwayFootprintConfig(thresholdNPerCm2, minContactS, metres, maxFootLengthM);
  }

  /** A copy with the largest foot box diagonal {@code metres}. */
  public WalkwayFootprintConfig withMaxFootLengthM(double metres) {
    return new WalkwayFootprintConfig(thresholdNPerCm2, minContactS, minLengthM, metres);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WalkwayFootprintConfig[> %.2f N/cm², contact >= %.2f s, "
        + "length >= %.3f m, foot <= %.3f m]", thresholdNPerCm2, minContactS, minLengthM,
        maxFootLengthM);
  }
}

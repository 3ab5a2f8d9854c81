package org.gait4j.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * One foot's pressure insole: per-cell pressure channels with cell positions, and where the device
 * provides them, total normal force, centre of pressure (insole frame, z = 0) and an IMU.
 * Immutable and thread-safe.
 */
public final class InsoleRecording {
  private final Side side;
  private final List<InsoleCell> cells;
  private final MultiChannelSeries pressure;
  private final ScalarSeries totalForce;
  private final Vector3Series centreOfPressure;
  private final ImuStream imu;

  private InsoleRecording(Side side, List<InsoleCell> cells, MultiChannelSeries pressure,
      ScalarSeries totalForce, Vector3Series centreOfPressure, ImuStream imu) {
    this.side = Checks.notNull(side, "side");
    this.cells = List.copyOf(cells);
    this.pressure = Checks.notNull(pressure, "pressure");
    Checks.requireArgument(cells.size() == pressure.channelCount(),
        "%s insole: %d cells but %d pressure channels", side, cells.size(),
        pressure.channelCount());
    this.totalForce = totalForce;
    this.centreOfPressure = centreOfPressure;
    this.imu = imu;
    if (totalForce != null) {
      requireAligned(totalForce.size(), totalForce.rate(), "total force");
    }
    if (centreOfPressure != null) {
      requireAligned(centreOfPressure.size(), centreOfPressure.rate(), "centre of pressure");
    }
    if (imu != null) {
      requireAligned(imu.size(), imu.rate(), "IMU");
    }
  }

  private void requireAligned(int n, SamplingRate r, String what) {
    Checks.requireArgument(n == pressure.size() && r.equals(pressure.rate()),
        "%s insole: %s has %d samples @ %s, pressure %d @ %s", side, what, n, r, pressure.size(),
        pressure.rate());
  }

  /**
   * An insole recording; {@code totalForce}, {@code centreOfPressure} and {@code imu} may be
   * empty.
   */
  public static InsoleRecording of(Side side, List<InsoleCell> cells, MultiChannelSeries pressure,
      Optional<ScalarSeries> totalForce, Optional<Vector3Series> centreOfPressure,
      Optional<ImuStream> imu) {
    return new InsoleRecording(side, cells, pressure, totalForce.orElse(null),
        centreOfPressure.orElse(null), imu.orElse(null));
  }

  public Side side() {
    return side;
  }

  /** Cells in channel order (unmodifiable). */
  public List<InsoleCell> cells() {
    return cells;
  }

  /** Per-cell pressure, one channel per cell. */
  public MultiChannelSeries pressure() {
    return pressure;
  }

  public SamplingRate rate() {
    return pressure.rate();
  }

  public int size() {
    return pressure.size();
  }

  /** Total normal force as measured by the device, newtons. */
  public Optional<ScalarSeries> totalForce() {
    return Optional.ofNullable(totalForce);
  }

  /** Centre of pressure in the insole frame. */
  public Optional<Vector3Series> centreOfPressure() {
    return Optional.ofNullable(centreOfPressure);
  }

  /** The insole's inertial sensor, if any. */
  public Optional<ImuStream> imu() {
    return Optional.ofNullable(imu);
  }

  /** Samples {@code [from, to)} of every series. */
  public InsoleRecording slice(int from, int to) {
    return new InsoleRecording(side, cells, pressure.slice(from, to),
        totalForce == null ? null : totalForce.slice(from, to),
        centreOfPressure == null ? null : centreOfPressure.slice(from, to),
        imu == null ? null : imu.slice(from, to));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "InsoleRecording[%s, %d cells, %d samples @ %s%s%s%s]",
        side, cells.size(), size(), rate(), totalForce == null ? "" : ", force",
        centreOfPressure == null ? "" : ", COP", imu == null ? "" : ", IMU");
  }
}

package org.gait4j.io.imu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.Unit;

/**
 * How an IMU CSV file is laid out: delimiter, header rows, which columns hold which sensor's
 * axes and in which units, and where the time comes from. Immutable; the {@code with...} methods
 * return copies. Columns are 0-based indices, so files with repeated or multi-row headers
 * (gaitmap's pandas export) are described unambiguously.
 *
 * <p>Time: either a timestamp column ({@link #timeColumn}, in {@link #timeUnit}), a fixed rate
 * ({@link #rateHz}), or both. With both, the rate is used and the timestamps are checked against
 * it; with a column only, the rate is estimated from the median timestamp interval. Intervals that
 * deviate from the period by more than {@link #irregularToleranceFraction} are handled by
 * {@link #timestampPolicy}.
 *
 * <p>Two presets read public example data as it is published: {@link #mobgapLowerBack()} and
 * {@link #gaitmapFoot()}.
 *
 * @param delimiter field separator, e.g. {@code ','} or {@code '\t'}
 * @param headerRows number of records before the data (after comment lines), {@code >= 0}
 * @param commentCharacter lines starting with it are skipped, if present
 * @param timeColumn index of the timestamp column, if any
 * @param timeUnit unit of the timestamp column
 * @param rateHz the sampling rate, if fixed by the configuration
 * @param sensors one entry per sensor in the file, at least one
 * @param timestampPolicy what irregular intervals do
 * @param irregularToleranceFraction largest accepted deviation of an interval from the period,
 *     as a fraction of the period, in (0, 10]
 */
public record ImuCsvConfig(char delimiter, int headerRows, Optional<Character> commentCharacter,
    OptionalInt timeColumn, TimestampUnit timeUnit, OptionalDouble rateHz,
    List<SensorColumns> sensors, TimestampPolicy timestampPolicy,
    double irregularToleranceFraction) {

  /** The default tolerance: an interval may differ from the period by 10 %. */
  public static final double DEFAULT_TOLERANCE_FRACTION = 0.1;

  public ImuCsvConfig {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("delimiter (" + delimiter + ") cannot be a quote or "
          + "line break");
    }
    if (headerRows < 0 || headerRows > 1000) {
      throw new IllegalArgumentException("headerRows (" + headerRows + ") must be in [0, 1000]");
    }
    if (commentCharacter == null || timeColumn == null || timeUnit == null || rateHz == null
        || sensors == null || timestampPolicy == null) {
      throw new IllegalArgumentException("no component of an ImuCsvConfig may be null");
    }
    sensors = List.copyOf(sensors);
    if (sensors.isEmpty()) {
      throw new IllegalArgumentException("sensors must name at least one sensor");
    }
    if (timeColumn.isPresent() && timeColumn.getAsInt() < 0) {
      throw new IllegalArgumentException("timeColumn (" + timeColumn.getAsInt()
          + ") must be >= 0");
    }
    if (rateHz.isPresent() && !(rateHz.getAsDouble() > 0 && rateHz.getAsDouble() < 1e9)) {
      throw new IllegalArgumentException("rateHz (" + rateHz.getAsDouble()
          + ") must be finite and > 0");
    }
    if (timeColumn.isEmpty() && rateHz.isEmpty()) {
      throw new IllegalArgumentException("either timeColumn or rateHz must be given");
    }
    if (!(irregularToleranceFraction > 0 && irregularToleranceFraction <= 10)) {
      throw new IllegalArgumentException("irregularToleranceFraction ("
          + irregularToleranceFraction + ") must be in (0, 10]");
    }
  }

  /**
   * A configuration with a fixed rate, no timestamp column, no comments, policy
   * {@link TimestampPolicy#REPORT} and the default tolerance.
   */
  public static ImuCsvConfig of(char delimiter, int headerRows, double rateHz,
      List<SensorColumns> sensors) {
    return new ImuCsvConfig(delimiter, headerRows, Optional.empty(), OptionalInt.empty(),
        TimestampUnit.SECONDS, OptionalDouble.of(rateHz), sensors, TimestampPolicy.REPORT,
        DEFAULT_TOLERANCE_FRACTION);
  }

  /** A copy that reads time from column {@code column} in {@code unit}. */
  public ImuCsvConfig withTimeColumn(int column, TimestampUnit unit) {
    return new ImuCsvConfig(delimiter, headerRows, commentCharacter, OptionalInt.of(column), unit,
        rateHz, sensors, timestampPolicy, irregularToleranceFraction);
  }

  /** A copy that estimates the rate from the timestamp column instead of fixing it. */
  public ImuCsvConfig withRateFromTimestamps() {
    return new ImuCsvConfig(delimiter, headerRows, commentCharacter, timeColumn, timeUnit,
        OptionalDouble.empty(), sensors, timestampPolicy, irregularToleranceFraction);
  }

  /** A copy with a fixed rate, hertz. */
  public ImuCsvConfig withRateHz(double hz) {
    return new ImuCsvConfig(delimiter, headerRows, commentCharacter, timeColumn, timeUnit,
        OptionalDouble.of(hz), sensors, timestampPolicy, irregularToleranceFraction);
  }

  /** A copy that skips lines starting with {@code c}. */
  public ImuCsvConfig withCommentCharacter(char c) {
    return new ImuCsvConfig(delimiter, headerRows, Optional.of(c), timeColumn, timeUnit, rateHz,
        sensors, timestampPolicy, irregularToleranceFraction);
  }

  /** A copy with another irregular-timestamp policy and tolerance (fraction of a period). */
  public ImuCsvConfig withTimestampPolicy(TimestampPolicy policy, double toleranceFraction) {
    return new ImuCsvConfig(delimiter, headerRows, commentCharacter, timeColumn, timeUnit, rateHz,
        sensors, policy, toleranceFraction);
  }

  /** The largest column index the configuration reads. */
  int maxColumn() {
    int m = timeColumn.orElse(0);
    for (SensorColumns s : sensors) {
      m = Math.max(m, s.maxColumn());
    }
    return m;
  }

  /**
   * The Mobilise-D / mobgap lower-back export ({@code *_lowerback_imu.csv} of the mobgap example
   * data, McRoberts MoveMonitor+): header
   * {@code sample,timestamp_unix_s,acc_x_g,acc_y_g,acc_z_g,gyr_x_dps,gyr_y_dps,gyr_z_dps,
   * mag_x_uT,mag_y_uT,mag_z_uT,bar}; 100 Hz; accelerometer in g (converted to m/s² with
   * 9.80665 by the reader), gyroscope in deg/s, magnetometer in µT, barometer kept as an extra
   * channel {@code bar} (hPa, unit stated as unspecified). The Unix timestamps (4 decimals) are
   * checked against 100 Hz with a 10 % tolerance. Sensor frame as defined by mobgap: x up (inferior
   * to superior), y medio-lateral, z forward.
   */
  public static ImuCsvConfig mobgapLowerBack() {
    SensorColumns lb = new SensorColumns("lower_back", BodyLocation.LOWER_BACK, Frame.SENSOR,
        Optional.of(new AxisColumns(2, 3, 4, Unit.STANDARD_GRAVITY)),
        Optional.of(new AxisColumns(5, 6, 7, Unit.DEGREE_PER_SECOND)),
        Optional.of(new AxisColumns(8, 9, 10, Unit.MICROTESLA)),
        List.of(new ExtraColumn(11, "bar", Unit.UNSPECIFIED)));
    return of(',', 1, 100.0, List.of(lb)).withTimeColumn(1, TimestampUnit.SECONDS);
  }

  /**
   * gaitmap's foot-IMU example ({@code imu_sample.csv}): two header rows (pandas multi-index:
   * {@code sensor,left_sensor,right_sensor,...} then {@code axis,acc_x,acc_x,...}), column 0 the
   * sample index, then left/right columns alternating for acc x, y, z and gyr x, y, z; 204.8 Hz;
   * accelerometer in m/s², gyroscope in deg/s; axes already in gaitmap's foot sensor frame (x to
   * the tip of the shoe, y to the left, z up, same for both feet). Sensors {@code left_sensor} at
   * {@link BodyLocation#LEFT_FOOT} and {@code right_sensor} at {@link BodyLocation#RIGHT_FOOT}.
   */
  public static ImuCsvConfig gaitmapFoot() {
    List<SensorColumns> s = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      int o = 1 + side;
      s.add(new SensorColumns(side == 0 ? "left_sensor" : "right_sensor",
          side == 0 ? BodyLocation.LEFT_FOOT : BodyLocation.RIGHT_FOOT, Frame.SENSOR,
          Optional.of(new AxisColumns(o, o + 2, o + 4, Unit.METRE_PER_SECOND_SQUARED)),
          Optional.of(new AxisColumns(o + 6, o + 8, o + 10, Unit.DEGREE_PER_SECOND)),
          Optional.empty(), List.of()));
    }
    return of(',', 2, 204.8, s);
  }

  /**
   * Three columns holding x, y and z of one vector quantity.
   *
   * @param x column of the x component, 0-based
   * @param y column of the y component
   * @param z column of the z component
   * @param unit unit the file uses for these columns
   */
  public record AxisColumns(int x, int y, int z, Unit unit) {
    public AxisColumns {
      if (x < 0 || y < 0 || z < 0) {
        throw new IllegalArgumentException("columns (" + x + ", " + y + ", " + z
            + ") must be >= 0");
      }
      if (unit == null) {
        throw new IllegalArgumentException("unit must not be null");
      }
    }
  }

  /**
   * A further column kept as an extra channel of the sensor.
   *
   * @param column 0-based column index
   * @param name channel name
   * @param unit channel unit
   */
  public record ExtraColumn(int column, String name, Unit unit) {
    public ExtraColumn {
      if (column < 0 || name == null || unit == null) {
        throw new IllegalArgumentException("extra column needs column >= 0, a name and a unit");
      }
    }
  }

  /**
   * One sensor's columns.
   *
   * @param sensorId the id given to the {@link org.gait4j.model.ImuStream}
   * @param location where the sensor sits
   * @param frame the frame its axes are expressed in
   * @param accelerometer accelerometer columns (an acceleration unit), if any
   * @param gyroscope gyroscope columns (an angular-velocity unit), if any
   * @param magnetometer magnetometer columns, if any
   * @param extra further channels
   */
  public record SensorColumns(String sensorId, BodyLocation location, Frame frame,
      Optional<AxisColumns> accelerometer, Optional<AxisColumns> gyroscope,
      Optional<AxisColumns> magnetometer, List<ExtraColumn> extra) {
    public SensorColumns {
      if (sensorId == null || location == null || frame == null || accelerometer == null
          || gyroscope == null || magnetometer == null || extra == null) {
        throw new IllegalArgumentException("no component of SensorColumns may be null");
      }
      extra = List.copyOf(extra);
      if (accelerometer.isEmpty() && gyroscope.isEmpty()) {
        throw new IllegalArgumentException("sensor '" + sensorId
            + "' needs accelerometer or gyroscope columns");
      }
      accelerometer.ifPresent(a -> requireQuantity(a.unit(), Unit.Quantity.ACCELERATION,
          "accelerometer"));
      gyroscope.ifPresent(a -> requireQuantity(a.unit(), Unit.Quantity.ANGULAR_VELOCITY,
          "gyroscope"));
      magnetometer.ifPresent(a -> requireQuantity(a.unit(), Unit.Quantity.MAGNETIC_FIELD,
          "magnetometer"));
    }

    private static void requireQuantity(Unit u, Unit.Quantity q, String what) {
      if (u.quantity() != q && u != Unit.UNSPECIFIED) {
        throw new IllegalArgumentException(what + " unit " + u + " is not a " + q + " unit");
      }
    }

    int maxColumn() {
      int m = 0;
      for (Optional<AxisColumns> o : List.of(accelerometer, gyroscope, magnetometer)) {
        if (o.isPresent()) {
          m = Math.max(m, Math.max(o.get().x(), Math.max(o.get().y(), o.get().z())));
        }
      }
      for (ExtraColumn e : extra) {
        m = Math.max(m, e.column());
      }
      return m;
    }
  }
}

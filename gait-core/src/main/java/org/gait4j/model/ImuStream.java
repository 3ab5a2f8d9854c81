package org.gait4j.model;

import java.util.Locale;
import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * One inertial sensor's recording: accelerometer and/or gyroscope (and optionally magnetometer)
 * 3-vector series at one sampling rate, with the sensor's body location and id.
 *
 * <p>Units are whatever the series state (m/s² or g; rad/s or deg/s); algorithms convert with
 * {@link Vector3Series#inUnit(Unit)}. Axes are the sensor's own ({@link Frame#SENSOR}) unless the
 * series say otherwise. Immutable and thread-safe.
 */
public final class ImuStream {
  private final String sensorId;
  private final BodyLocation location;
  private final Vector3Series accelerometer;
  private final Vector3Series gyroscope;
  private final Vector3Series magnetometer;
  private final MultiChannelSeries extra;

  private ImuStream(Builder b) {
    this.sensorId = Checks.notNull(b.sensorId, "sensorId");
    this.location = Checks.notNull(b.location, "location");
    this.accelerometer = b.accelerometer;
    this.gyroscope = b.gyroscope;
    this.magnetometer = b.magnetometer;
    this.extra = b.extra;
    Vector3Series first = accelerometer != null ? accelerometer : gyroscope;
    Checks.requireArgument(first != null,
        "IMU '%s' needs an accelerometer or a gyroscope", sensorId);
    if (accelerometer != null) {
      requireQuantity(accelerometer, Unit.Quantity.ACCELERATION, "accelerometer");
    }
    if (gyroscope != null) {
      requireQuantity(gyroscope, Unit.Quantity.ANGULAR_VELOCITY, "gyroscope");
      requireAligned(first, gyroscope, "gyroscope");
    }
    if (magnetometer != null) {
      requireQuantity(magnetometer, Unit.Quantity.MAGNETIC_FIELD, "magnetometer");
      requireAligned(first, magnetometer, "magnetometer");
    }
    if (extra != null) {
      Checks.requireArgument(extra.rate().equals(first.rate()) && extra.size() == first.size(),
          "IMU '%s': extra channels (%d @ %s) do not match %d samples @ %s", sensorId,
          extra.size(), extra.rate(), first.size(), first.rate());
    }
  }

  private void requireQuantity(Vector3Series s, Unit.Quantity q, String what) {
    Checks.requireArgument(s.unit().quantity() == q || s.unit() == Unit.UNSPECIFIED,
        "IMU '%s': %s unit %s is not an %s unit", sensorId, what, s.unit(), q);
  }

  private void requireAligned(Vector3Series a, Vector3Series b, String what) {
    Checks.requireArgument(a.rate().equals(b.rate()) && a.size() == b.size(),
        "IMU '%s': %s has %d samples @ %s, expected %d @ %s", sensorId, what, b.size(), b.rate(),
        a.size(), a.rate());
  }

  /** A builder for a sensor at {@code location}. */
  public static Builder builder(String sensorId, BodyLocation location) {
    return new Builder(sensorId, location);
  }

  /** A stream with accelerometer and gyroscope. */
  public static ImuStream of(String sensorId, BodyLocation location, Vector3Series accelerometer,
      Vector3Series gyroscope) {
    return builder(sensorId, location).accelerometer(accelerometer).gyroscope(gyroscope).build();
  }

  public String sensorId() {
    return sensorId;
  }

  public BodyLocation location() {
    return location;
  }

  /** The sampling rate shared by every series of this stream. */
  public SamplingRate rate() {
    return (accelerometer != null ? accelerometer : gyroscope).rate();
  }

  /** Number of samples. */
  public int size() {
    return (accelerometer != null ? accelerometer : gyroscope).size();
  }

  /** Duration in seconds. */
  public double durationS() {
    return size() / rate().hz();
  }

  public Optional<Vector3Series> accelerometer() {
    return Optional.ofNullable(accelerometer);
  }

  public Optional<Vector3Series> gyroscope() {
    return Optional.ofNullable(gyroscope);
  }

  public Optional<Vector3Series> magnetometer() {
    return Optional.ofNullable(magnetometer);
  }

  /** Further channels the device recorded at the same rate (temperature, light, ...). */
  public Optional<MultiChannelSeries> extra() {
    return Optional.ofNullable(extra);
  }

  /** The same stream at another body location (when the file could not tell). */
  public ImuStream withLocation(BodyLocation newLocation) {
    Builder b = new Builder(sensorId, newLocation);
    b.accelerometer = accelerometer;
    b.gyroscope = gyroscope;
    b.magnetometer = magnetometer;
    b.extra = extra;
    return b.build();
  }

  /** Samples {@code [from, to)} of every series. */
  public ImuStream slice(int from, int to) {
    Builder b = new Builder(sensorId, location);
    b.accelerometer = accelerometer == null ? null : accelerometer.slice(from, to);
    b.gyroscope = gyroscope == null ? null : gyroscope.slice(from, to);
    b.magnetometer = magnetometer == null ? null : magnetometer.slice(from, to);
    b.extra = extra == null ? null : extra.slice(from, to);
    return b.build();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "ImuStream[%s at %s, %d samples @ %s (%.2f s)", sensorId, location, size(), rate(),
        durationS()));
    if (accelerometer != null) {
      s.append(", acc ").append(accelerometer.unit());
    }
    if (gyroscope != null) {
      s.append(", gyro ").append(gyroscope.unit());
    }
    if (magnetometer != null) {
      s.append(", mag ").append(magnetometer.unit());
    }
    if (extra != null) {
      s.append(", ").append(extra.channelCount()).append(" extra channels");
    }
    return s.append(']').toString();
  }

  /** Builds an {@link ImuStream}; not thread-safe. */
  public static final class Builder {
    private final String sensorId;
    private final BodyLocation location;
    private Vector3Series accelerometer;
    private Vector3Series gyroscope;
    private Vector3Series magnetometer;
    private MultiChannelSeries extra;

    private Builder(String sensorId, BodyLocation location) {
      this.sensorId = sensorId;
      this.location = location;
    }

    public Builder accelerometer(Vector3Series s) {
      this.accelerometer = s;
      return this;
    }

    public Builder gyroscope(Vector3Series s) {
      this.gyroscope = s;
      return this;
    }

    public Builder magnetometer(Vector3Series s) {
      this.magnetometer = s;
      return this;
    }

    public Builder extra(MultiChannelSeries s) {
      this.extra = s;
      return this;
    }

    /** @throws IllegalArgumentException if rates, lengths or units do not fit together */
    public ImuStream build() {
      return new ImuStream(this);
    }
  }
}

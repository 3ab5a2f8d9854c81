package org.gait4j.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Column buffers of one inertial sensor while a file streams past: accelerometer, gyroscope and
 * magnetometer axes by index 0..2 plus named extra channels; builds the {@link ImuStream}.
 *
 * <p>Internal API. Not thread-safe.
 */
public final class ImuAssembly {
  /** Vector quantities. */
  public enum Quantity {
    ACC,
    GYR,
    MAG
  }

  private final String sensorId;
  private final BodyLocation location;
  private final DoubleBuffer[][] vec = new DoubleBuffer[3][];
  private final Unit[] units = new Unit[3];
  private final List<String> extraNames = new ArrayList<>();
  private final List<Unit> extraUnits = new ArrayList<>();
  private final List<DoubleBuffer> extra = new ArrayList<>();

  public ImuAssembly(String sensorId, BodyLocation location) {
    this.sensorId = sensorId;
    this.location = location;
  }

  public String sensorId() {
    return sensorId;
  }

  /** The buffer of axis {@code axis} (0..2) of {@code q}, created in {@code unit} on first use. */
  public DoubleBuffer axis(Quantity q, int axis, Unit unit) {
    int k = q.ordinal();
    if (vec[k] == null) {
      vec[k] = new DoubleBuffer[3];
      units[k] = unit;
    }
    if (vec[k][axis] == null) {
      vec[k][axis] = new DoubleBuffer(1024);
    }
    return vec[k][axis];
  }

  /** A new extra channel. */
  public DoubleBuffer extra(String name, Unit unit) {
    DoubleBuffer b = new DoubleBuffer(1024);
    extraNames.add(name);
    extraUnits.add(unit);
    extra.add(b);
    return b;
  }

  private boolean complete(int k) {
    return vec[k] != null && vec[k][0] != null && vec[k][1] != null && vec[k][2] != null;
  }

  /** True if an accelerometer or gyroscope has all three axes. */
  public boolean hasMotion() {
    return complete(0) || complete(1);
  }

  /**
   * The stream; axes of incomplete vectors (one or two axes only) become extra channels.
   * Accelerations are converted to m/s² unless their unit is unspecified.
   */
  public ImuStream build(SamplingRate rate, Frame frame) {
    ImuStream.Builder b = ImuStream.builder(sensorId, location);
    String[] q = {"acc", "gyr", "mag"};
    List<String> names = new ArrayList<>(extraNames);
    List<Unit> us = new ArrayList<>(extraUnits);
    List<double[]> ch = new ArrayList<>();
    for (DoubleBuffer e : extra) {
      ch.add(e.toArray());
    }
    for (int k = 0; k < 3; k++) {
      if (complete(k)) {
        Vector3Series v = Vector3Series.of(sensorId + "." + q[k], rate, units[k], frame,
            vec[k][0].toArray(), vec[k][1].toArray(), vec[k][2].toArray());
        if (k == 0) {
          b.accelerometer(units[k] == Unit.UNSPECIFIED ? v
              : v.inUnit(Unit.METRE_PER_SECOND_SQUARED));
        } else if (k == 1) {
          b.gyroscope(v);
        } else {
          b.magnetometer(v);
        }
      } else if (vec[k] != null) {
        for (int a = 0; a < 3; a++) {
          if (vec[k][a] != null) {
            names.add(q[k] + "." + "xyz".charAt(a));
            us.add(units[k]);
            ch.add(vec[k][a].toArray());
          }
        }
      }
    }
    if (!ch.isEmpty()) {
      b.extra(MultiChannelSeries.of(rate, names, us, ch.toArray(new double[0][])));
    }
    return b.build();
  }

  /** Only the extra channels, named {@code sensorId/name} (for sensors without motion data). */
  public MultiChannelSeries extrasOnly(SamplingRate rate) {
    List<String> names = new ArrayList<>();
    double[][] ch = new double[extra.size()][];
    for (int i = 0; i < ch.length; i++) {
      names.add(sensorId + "/" + extraNames.get(i));
      ch[i] = extra.get(i).toArray();
    }
    return MultiChannelSeries.of(rate, names, extraUnits, ch);
  }
}

package org.gait4j.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;

/**
 * A simulated recording and its ground truth: the {@link Trial} (sensors as configured), every
 * gait event, per-cycle spatiotemporal truth and joint-angle curves.
 *
 * <p><b>Truth rate.</b> Events and angle curves are sampled at {@link #truthRate()}, which equals
 * {@link SensorOptions#imuRateHz()}: an event's {@code sampleIndex} is the sample of the IMU streams
 * nearest to the model's exact event time. Other modalities (markers, video, plates, insoles,
 * walkway) share time 0 with the IMUs; convert with {@code sampleIndex / truthRate * theirRate}.
 * Exact times in seconds are in {@link #cycles()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimulatedWalk {
  private final Trial trial;
  private final WalkParameters walk;
  private final SensorOptions sensors;
  private final GaitEvents events;
  private final List<CycleTruth> cycles;
  private final Map<JointAngle, Map<Side, ScalarSeries>> angles;

  SimulatedWalk(Trial trial, WalkParameters walk, SensorOptions sensors, GaitEvents events,
      List<CycleTruth> cycles, Map<JointAngle, Map<Side, ScalarSeries>> angles) {
    this.trial = Checks.notNull(trial, "trial");
    this.walk = walk;
    this.sensors = sensors;
    this.events = events;
    this.cycles = List.copyOf(cycles);
    Map<JointAngle, Map<Side, ScalarSeries>> copy = new EnumMap<>(JointAngle.class);
    angles.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
    this.angles = Collections.unmodifiableMap(copy);
  }

  /** The simulated recording. Its stored events are empty: the truth lives here, not in it. */
  public Trial trial() {
    return trial;
  }

  public WalkParameters walkParameters() {
    return walk;
  }

  public SensorOptions sensorOptions() {
    return sensors;
  }

  /** The rate of {@link #events()} and of the angle curves: the IMU rate. */
  public SamplingRate truthRate() {
    return events.rate();
  }

  /**
   * Every true event inside the recording, both sides: IC, FOOT_FLAT, MID_STANCE, HEEL_OFF,
   * TOE_OFF, MID_SWING, as samples at {@link #truthRate()}.
   */
  public GaitEvents events() {
    return events;
  }

  /** Sample indices at {@link #truthRate()} of one side's events of one type, ascending. */
  public int[] events(Side side, GaitEventType type) {
    return events.sampleIndices(side, type);
  }

  /** Every complete cycle (IC to next IC of the same foot inside the recording), in time order. */
  public List<CycleTruth> cycles() {
    return cycles;
  }

  /** The complete cycles of one side, in time order. */
  public List<CycleTruth> cycles(Side side) {
    List<CycleTruth> out = new ArrayList<>();
    for (CycleTruth c : cycles) {
      if (c.side() == side) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The true angle curve, degrees, at {@link #truthRate()}.
   *
   * @param side {@code LEFT} or {@code RIGHT}; ignored for midline angles ({@link
   *     JointAngle#isMidline()})
   */
  public ScalarSeries angle(JointAngle angle, Side side) {
    Map<Side, ScalarSeries> m = angles.get(angle);
    ScalarSeries s = angle.isMidline() ? m.get(Side.UNKNOWN) : m.get(side);
    Checks.requireArgument(s != null, "no %s curve for side %s", angle, side);
    return s;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SimulatedWalk[");
    s.append(String.format(Locale.ROOT, "%s %.2f m/s, %.1f steps/min, seed %d, %d cycles, "
        + "%d events @ %s]", walk.mode(), walk.speedMps(), walk.cadenceStepsPerMin(), walk.seed(),
        cycles.size(), events.size(), truthRate()));
    if (!cycles.isEmpty()) {
      double st = 0;
      double sl = 0;
      double sf = 0;
      for (CycleTruth c : cycles) {
        st += c.strideTimeS() / cycles.size();
        sl += c.strideLengthM() / cycles.size();
        sf += c.stanceFraction() / cycles.size();
      }
      s.append(String.format(Locale.ROOT, "%n  truth: mean stride %.3f s, %.3f m, stance %.1f %%",
          st, sl, 100 * sf));
    }
    for (String line : trial.toString().split("\n")) {
      s.append("\n  ").append(line);
    }
    return s.toString();
  }
}

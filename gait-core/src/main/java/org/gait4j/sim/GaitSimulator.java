package org.gait4j.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gait4j.internal.Checks;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;

/**
 * Builds a {@link Trial} of a person walking or running with known ground truth, deterministic by
 * seed: IMUs (feet, shanks, lower back), 2-D and 3-D keypoints, Plug-in Gait markers, insoles,
 * walkway footfalls and force plates, all driven by one body model.
 *
 * <pre>{@code
 * SimulatedWalk w = GaitSimulator.of(WalkParameters.defaults().withSpeedMps(1.1).withSeed(7),
 *     SensorOptions.defaults().withImuRateHz(204.8)).simulate();
 * ImuStream leftFoot = w.trial().imu(BodyLocation.LEFT_FOOT).orElseThrow();
 * int[] ics = w.events(Side.LEFT, GaitEventType.INITIAL_CONTACT);   // samples at 204.8 Hz
 * }</pre>
 *
 * <h2>Model</h2>
 * <ol>
 *   <li><b>Timeline.</b> Alternating left/right heel contacts with step time, step length, stance
 *       time, step width and foot progression drawn around their means (Gaussian, CV {@code
 *       strideCv}, clipped at 2.5 SD). Each side gets a smooth monotone (PCHIP) <i>normative
 *       phase</i> {@code q(t)} that is an integer at each contact and integer + 0.59 at each toe off,
 *       so the normative curves (foot off at 59 %) are time-warped to the simulated stance.
 *   <li><b>Normative drivers.</b> Hip, knee, ankle sagittal angles and pelvic tilt, obliquity and
 *       rotation and trunk rotation are 6-harmonic Fourier fits to the Schwartz et al. (2008)
 *       free-speed means (fit script {@code src/test/resources/org/gait4j/sim/
 *       fit_normative_harmonics.py}); obliquity, rotation and trunk rotation are scaled to the
 *       requested peaks.
 *   <li><b>Foot roll-over.</b> The foot pitch is the normative segment sum thigh - knee + ankle
 *       (foot to floor), forced to exactly 0 between foot flat (q = 0.12) and heel off (q = 0.30).
 *       While the pitch is positive the foot rotates about its heel point fixed on the floor (heel
 *       rocker); while negative in stance, about the metatarsal heads fixed on the floor (forefoot
 *       rocker); in between it lies still. So heel and toe are truly still in mid-stance, IC is the
 *       instant the heel reaches the floor, and TO the instant the forefoot leaves it. Push-off
 *       strength scales the plantarflexion of the forefoot rocker; a forefoot contact lands 8 deg
 *       toe-down on the metatarsal heads.
 *   <li><b>Swing.</b> The swing leg is forward kinematics of the normative thigh and shank
 *       angles (hip - pelvic tilt, hip - tilt - knee; swing knee ~60 deg) hung from the moving hip,
 *       in the vertical plane of the foot's heading. An offset in these leg coordinates (thigh
 *       angle, shank angle, lateral ankle offset), blended across the swing (quintic
 *       smoothstep), gives the swing leg the stance leg's shape at toe off and at the next
 *       contact; a correction of the ankle in the lab then makes it equal the stance ankle in
 *       position and velocity at both joins (the mismatch across the leg decays over 30 % of the
 *       swing, the one along the leg over as much as keeps the leg within reach). So the ankle
 *       and the foot are C1 with bounded acceleration (at most 5-8 g, just before contact), and
 *       the segments, from inverse kinematics of hip and ankle, have no rate jumps: the foot
 *       IMU's accelerometer is the second derivative of its position. The foot hangs from the
 *       ankle at the normative foot pitch (the same function as in stance).
 *   <li><b>Truth events.</b> IC, TO, foot flat and heel off come from the contact timeline and the
 *       roll-over landmarks; MID_SWING is the instant of peak forward angular velocity of the
 *       <i>simulated</i> shank about its medio-lateral axis (most negative segment-frame gyr_y),
 *       found on the model to 0.1 ms, so it coincides with the shank gyroscope's swing extremum.
 *   <li><b>Pelvis.</b> Vertical and fore-aft pelvis motion are the double integral of the
 *       simulated ground reaction forces of the mean stride ({@code a = F/m - g}, 30 harmonics),
 *       added to a smooth progression through the mid-points of the feet; lateral sway follows
 *       the stance foot. The hip height sets the mid-stance knee near 10 deg; a smoothed reach
 *       penalty (running maximum over 120 ms, Gaussian 60 ms) lowers it where a stance knee would
 *       otherwise straighten beyond 4 deg.
 *   <li><b>Legs.</b> Thigh and shank come from two-link inverse kinematics between hip and ankle
 *       (in swing this reproduces the forward kinematics above),
 *       knee bending toward the foot's direction; the reported hip, knee and ankle angles are
 *       measured on this geometry (so they are consistent with the markers, not copied from the
 *       norms).
 *   <li><b>Forces.</b> Per-foot vertical and fore-aft GRF are sine-series fits to the Schwartz
 *       GRF over stance (running: a single hump with a heel impact), scaled so that the mean
 *       vertical force over a stride equals body weight; the centre of pressure moves from heel to
 *       toe as the load passes from heel to forefoot. The walkway (4 m x 0.6 m from just before
 *       the first footprint) spreads each foot's vertical force over its footprint's cells as a
 *       heel and a forefoot Gaussian, so pressure x cell area sums to the vertical GRF.
 * </ol>
 *
 * <h2>Frames and units</h2>
 * Lab: x along the walk, y left, z up, floor z = 0, walking starts near x = 0 at t = 0 (markers
 * and 3-D keypoints in mm, force-plate COP in m). Segment frames: x anterior (foot: heel to toe), y
 * left, z superior (foot: up from the sole; shank: ankle to knee). <b>IMU sensor frames</b> are the
 * segment frames turned by {@link SensorOptions}' mounting: by default the foot and shank sensors
 * read in the segment frame (gaitmap foot sensor frame: x to the tip of the shoe, y left, z up,
 * +9.81 m/s² on z when flat, dorsiflexion = negative gyr_y) and the lower-back sensor in the
 * mobgap frame (x up, y right, z forward, +9.81 on x when upright). Accelerometers read specific
 * force <i>including gravity</i> in m/s²; gyroscopes read the segment's body angular velocity in
 * deg/s.
 *
 * <h2>Limitations</h2>
 * Straight level walking only (no turns, starts or stops: the walk is already steady at t = 0).
 * Running re-uses the walking curves warped to the shorter stance with 1.5 x swing knee flexion,
 * which is only approximate. Pelvis motion is integrated from the forces of the mean stride, so
 * with variability or asymmetry the force plates and the pelvis agree on average, not stride by
 * stride. No soft-tissue artefact, no shoe sole, no skin motion of markers; the upper body is a
 * rigid trunk with a head and swinging arms; foot contact is a point (heel or metatarsal heads),
 * so no impact transient appears in the foot accelerometer. Keypoints outside a camera's image
 * are missing (the cameras do not pan). The stance knee comes from the pinned foot and the
 * force-driven pelvis, not from the norms: about 15 deg at IC (norm 5) and 30 deg in loading
 * response (norm 19), flexing at up to ~550 deg/s just after IC, which gives the largest segment
 * angular accelerations of the model (~30 000 deg/s² shank at 100 Hz) and the knee's Pearson r of
 * 0.89 against the norms (hip 0.97, ankle 0.91; swing knee peak ~57 deg vs 59). At toe off the
 * stance shank barely rotates while the norm's rotates at ~180 deg/s, so in about one swing in
 * six the shank gyroscope's toe-off turning point falls 60-80 ms after TO. The rearfoot eversion keeps
 * turning the flat foot about its heel in mid-stance, so a foot IMU is not quite still there
 * (about 1-2 cm/s at the default sensor place), though heel and toe are. The early-swing foot
 * rotation is faster than in real foot IMUs (see RealDataRealismTest). The walkway is a fixed 4
 * m mat at the start of the walk (recording ends 0.2 s after the last footprint on it).
 *
 * <h2>References</h2>
 * Winter DA (2009) Biomechanics and Motor Control of Human Movement, 4th ed., Wiley, DOI
 * 10.1002/9780470549148 (segment length fractions). Schwartz MH, Rozumalski A, Trost JP (2008) The
 * effect of walking speed on the gait of typically developing children, J Biomech
 * 41(8):1639-1650, DOI 10.1016/j.jbiomech.2008.03.015 (kinematic and GRF curves). Perry J,
 * Burnfield JM (2010) Gait Analysis: Normal and Pathological Function, 2nd ed., SLACK (rockers
 * and phase landmarks: foot flat, heel off ~31 %, toe off ~60 %).
 *
 * <p>Immutable, thread-safe, no global state: the same parameters and seed give an identical walk
 * on any thread.
 */
public final class GaitSimulator {
  private final WalkParameters walk;
  private final SensorOptions sensors;

  private GaitSimulator(WalkParameters walk, SensorOptions sensors) {
    this.walk = Checks.notNull(walk, "walk");
    this.sensors = Checks.notNull(sensors, "sensors");
  }

  /** A simulator with {@link WalkParameters#defaults()} and {@link SensorOptions#defaults()}. */
  public static GaitSimulator withDefaults() {
    return new GaitSimulator(WalkParameters.defaults(), SensorOptions.defaults());
  }

  /** A simulator of {@code walk} recorded by {@code sensors}. */
  public static GaitSimulator of(WalkParameters walk, SensorOptions sensors) {
    return new GaitSimulator(walk, sensors);
  }

  /** A copy simulating {@code newWalk}. */
  public GaitSimulator withWalk(WalkParameters newWalk) {
    return new GaitSimulator(newWalk, sensors);
  }

  /** A copy recording with {@code newSensors}. */
  public GaitSimulator withSensors(SensorOptions newSensors) {
    return new GaitSimulator(walk, newSensors);
  }

  public WalkParameters walk() {
    return walk;
  }

  public SensorOptions sensors() {
    return sensors;
  }

  /** Runs the simulation. Pure: equal parameters and seed give an identical result. */
  public SimulatedWalk simulate() {
    BodyModel m = new BodyModel(walk);
    SamplingRate rate = SamplingRate.ofHz(sensors.imuRateHz());
    int n = rate.samples(walk.durationS());
    Subject subject = Subject.withId("simulated-" + walk.seed()).withHeightM(walk.heightM())
        .withLegLengthM(walk.effectiveLegLengthM()).withMassKg(walk.massKg());
    Trial.Builder tb = Trial.builder("gait4j simulated " + walk.mode().name().toLowerCase(
        java.util.Locale.ROOT) + " seed " + walk.seed()).subject(subject)
        .putMetadata("generator", "org.gait4j.sim.GaitSimulator")
        .putMetadata("walkParameters", walk.toString())
        .putMetadata("sensorOptions", sensors.toString());

    // truth events and cycles
    List<GaitEvent> ev = new ArrayList<>();
    List<CycleTruth> cycles = new ArrayList<>();
    double dur = n / rate.hz();
    for (int j = 0; j < m.nContacts; j++) {
      int s = j % 2;
      Side side = BodyModel.side(j);
      int k = j / 2;
      boolean fore = walk.contactPattern() == ContactPattern.FOREFOOT;
      double tFf = m.timeOfPhase(s, k + (fore ? BodyModel.Q_FF_FORE : BodyModel.Q_FF_HEEL));
      double tHo = m.timeOfPhase(s, k + BodyModel.Q_HO);
      // mid swing from the simulated shank itself (only where it can fall inside the recording)
      boolean inside = m.toT[j] > -1 && m.toT[j] < dur + 1;
      double midSwing = j + 2 < m.nContacts && inside ? m.midSwingTime(j)
          : m.timeOfPhase(s, k + m.qMidSwing);
      double[][] times = {
        {m.icT[j], GaitEventType.INITIAL_CONTACT.ordinal()},
        {tFf, GaitEventType.FOOT_FLAT.ordinal()},
        {0.5 * (tFf + tHo), GaitEventType.MID_STANCE.ordinal()},
        {tHo, GaitEventType.HEEL_OFF.ordinal()},
        {m.toT[j], GaitEventType.TOE_OFF.ordinal()},
        {midSwing, GaitEventType.MID_SWING.ordinal()}
      };
      for (double[] e : times) {
        int idx = (int) Math.round(e[0] * rate.hz());
        if (e[0] >= 0 && idx < n) {
          ev.add(new GaitEvent(GaitEventType.values()[(int) e[1]], side, idx));
        }
      }
      if (j >= 1 && j + 2 < m.nContacts && m.icT[j] >= 0 && m.icT[j + 2] < dur) {
        double ids = Math.max(0, m.toT[j - 1] - m.icT[j]);
        double tds = Math.max(0, m.toT[j] - m.icT[j + 1]);
        cycles.add(new CycleTruth(side, (int) Math.round(m.icT[j] * rate.hz()),
            (int) Math.round(m.toT[j] * rate.hz()), (int) Math.round(m.icT[j + 2] * rate.hz()),
            m.icT[j], m.toT[j], m.icT[j + 2], ids, tds, m.heelX[j + 2] - m.heelX[j],
            m.heelX[j] - m.heelX[j - 1], Math.abs(m.heelY[j] - m.heelY[j - 1]),
            Math.toDegrees(s == 0 ? m.yawRad[j] : -m.yawRad[j])));
      }
    }
    cycles.sort((a, b) -> Double.compare(a.icS(), b.icS()));

    // truth angles
    Map<JointAngle, Map<Side, double[]>> raw = new EnumMap<>(JointAngle.class);
    for (JointAngle a : JointAngle.values()) {
      Map<Side, double[]> bySide = new EnumMap<>(Side.class);
      if (a.isMidline()) {
        bySide.put(Side.UNKNOWN, new double[n]);
      } else {
        bySide.put(Side.LEFT, new double[n]);
        bySide.put(Side.RIGHT, new double[n]);
      }
      raw.put(a, bySide);
    }
    for (int i = 0; i < n; i++) {
      double t = i / rate.hz();
      BodyModel.Pose pose = m.pose(t);
      for (int s = 0; s < 2; s++) {
        Side side = s == 0 ? Side.LEFT : Side.RIGHT;
        double sign = s == 0 ? 1 : -1;
        raw.get(JointAngle.HIP_FLEXION).get(side)[i] = pose.hipFlexionDeg(s);
        raw.get(JointAngle.KNEE_FLEXION).get(side)[i] = pose.kneeFlexionDeg(s);
        raw.get(JointAngle.ANKLE_DORSIFLEXION).get(side)[i] = pose.ankleDorsiflexionDeg(s);
        raw.get(JointAngle.PELVIC_OBLIQUITY).get(side)[i] = sign * m.obliquityDeg(t);
        raw.get(JointAngle.PELVIC_ROTATION).get(side)[i] = sign * m.pelvicRotationDeg(t);
        raw.get(JointAngle.TRUNK_ROTATION).get(side)[i] = sign * m.trunkRotationDeg(t);
      }
      raw.get(JointAngle.PELVIC_TILT).get(Side.UNKNOWN)[i] = m.pelvicTiltDeg(t);
    }
    Map<JointAngle, Map<Side, ScalarSeries>> angles = new EnumMap<>(JointAngle.class);
    raw.forEach((a, bySide) -> {
      Map<Side, ScalarSeries> out = new EnumMap<>(Side.class);
      bySide.forEach((side, v) -> out.put(side, ScalarSeries.of(
          (side == Side.UNKNOWN ? "" : side.code() + " ") + a.name().toLowerCase(
              java.util.Locale.ROOT).replace('_', ' '), rate, Unit.DEGREE, v)));
      angles.put(a, out);
    });

    // sensors
    long seed = walk.seed();
    int sensorIndex = 0;
    BodyLocation[][] groups = {
      {BodyLocation.LEFT_FOOT, BodyLocation.RIGHT_FOOT},
      {BodyLocation.LEFT_SHANK, BodyLocation.RIGHT_SHANK},
      {BodyLocation.LOWER_BACK}
    };
    SimOutput[] groupOutput = {SimOutput.FOOT_IMU, SimOutput.SHANK_IMU, SimOutput.LOWER_BACK_IMU};
    for (int g = 0; g < groups.length; g++) {
      for (BodyLocation loc : groups[g]) {
        sensorIndex++;
        if (sensors.produces(groupOutput[g])) {
          tb.addImu(ImuSynth.synthesize(m, sensors, loc, mix(seed, sensorIndex)));
        }
      }
    }
    PointSynth.addAll(m, sensors, tb, mix(seed, 101));
    ForceSynth.addAll(m, sensors, tb);
    return new SimulatedWalk(tb.build(), walk, sensors, GaitEvents.of(rate, ev), cycles, angles);
  }

  /** A well-mixed seed for stream {@code k} (SplitMix64 finaliser). */
  static long mix(long seed, long k) {
    long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "GaitSimulator[" + walk + ", " + sensors + "]";
  }
}

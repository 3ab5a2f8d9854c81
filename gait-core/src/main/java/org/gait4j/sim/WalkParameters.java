package org.gait4j.sim;

import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * What the simulated person does: gait mode, speed, cadence, spatial and kinematic features,
 * asymmetry, variability, body size and the random seed. Immutable; {@link #defaults()} gives a
 * typical adult walking at 1.30 m/s and 110 steps/min, and each {@code withX} returns a copy.
 *
 * <p><b>Speed scheme.</b> Speed and cadence are the inputs; stride time is {@code 120 /
 * cadenceStepsPerMin} s and stride length is {@code speedMps x stride time}; the mean step length is
 * half of it. The left/right step-length factors split the stride length between the two steps
 * ({@code left step = stride x left / (left + right)}), so asymmetry never changes speed.
 *
 * <p><b>Validity.</b> Walking needs every stance longer than half the stride (double support);
 * running every stance shorter than half the stride (flight). This is checked on construction.
 *
 * @param mode walking or running
 * @param speedMps mean walking speed, m/s
 * @param cadenceStepsPerMin mean cadence, steps per minute (stride time = 120 / cadence s)
 * @param stepWidthM mean lateral distance between left and right heel contacts, m
 * @param stanceFraction mean stance time / stride time (walking 0.58-0.64, running &lt; 0.5)
 * @param leftStepLengthFactor relative left step length (left heel ahead of right at left contact)
 * @param rightStepLengthFactor relative right step length; the two factors share the stride length
 * @param leftStanceTimeFactor multiplies the left stance time
 * @param rightStanceTimeFactor multiplies the right stance time
 * @param footProgressionAngleDeg angle of each foot's long axis to the line of progression, toe-out positive, deg
 * @param pelvicDropDeg peak pelvic obliquity (contralateral drop in stance), deg
 * @param pelvicRotationDeg peak pelvic rotation about the vertical, deg
 * @param trunkRotationDeg peak thorax rotation about the vertical (counter to the pelvis), deg
 * @param pushOffStrength scales plantarflexion at push-off and the propulsive force; 1 = typical
 * @param rearfootEversionDeg peak rearfoot eversion (pronation) in stance, deg
 * @param contactPattern heel or forefoot initial contact
 * @param durationS length of the recording, s
 * @param heightM body height, m
 * @param legLengthM leg length (greater trochanter to floor), m; 0 = 0.530 x height (Winter)
 * @param massKg body mass, kg
 * @param strideCv coefficient of variation of stride time, stride length and stance time (0.02 = 2 %)
 * @param seed seed of every random choice; equal parameters and seed give an identical walk
 */
public record WalkParameters(
    GaitMode mode,
    double speedMps,
    double cadenceStepsPerMin,
    double stepWidthM,
    double stanceFraction,
    double leftStepLengthFactor,
    double rightStepLengthFactor,
    double leftStanceTimeFactor,
    double rightStanceTimeFactor,
    double footProgressionAngleDeg,
    double pelvicDropDeg,
    double pelvicRotationDeg,
    double trunkRotationDeg,
    double pushOffStrength,
    double rearfootEversionDeg,
    ContactPattern contactPattern,
    double durationS,
    double heightM,
    double legLengthM,
    double massKg,
    double strideCv,
    long seed) {

  public WalkParameters {
    Checks.notNull(mode, "mode");
    Checks.notNull(contactPattern, "contactPattern");
    Checks.inRange(speedMps, 0.1, 12.0, "speedMps");
    Checks.inRange(cadenceStepsPerMin, 30.0, 240.0, "cadenceStepsPerMin");
    Checks.inRange(stepWidthM, 0.0, 0.5, "stepWidthM");
    Checks.inRange(stanceFraction, 0.2, 0.85, "stanceFraction");
    Checks.inRange(leftStepLengthFactor, 0.3, 3.0, "leftStepLengthFactor");
    Checks.inRange(rightStepLengthFactor, 0.3, 3.0, "rightStepLengthFactor");
    Checks.inRange(leftStanceTimeFactor, 0.5, 1.5, "leftStanceTimeFactor");
    Checks.inRange(rightStanceTimeFactor, 0.5, 1.5, "rightStanceTimeFactor");
    Checks.inRange(footProgressionAngleDeg, -40.0, 40.0, "footProgressionAngleDeg");
    Checks.inRange(pelvicDropDeg, 0.0, 20.0, "pelvicDropDeg");
    Checks.inRange(pelvicRotationDeg, 0.0, 30.0, "pelvicRotationDeg");
    Checks.inRange(trunkRotationDeg, 0.0, 40.0, "trunkRotationDeg");
    Checks.inRange(pushOffStrength, 0.0, 2.0, "pushOffStrength");
    Checks.inRange(rearfootEversionDeg, -15.0, 20.0, "rearfootEversionDeg");
    Checks.inRange(durationS, 1.0, 3600.0, "durationS");
    Checks.inRange(heightM, 0.8, 2.5, "heightM");
    Checks.requireArgument(legLengthM == 0.0 || (legLengthM >= 0.3 * heightM
        && legLengthM <= 0.7 * heightM), "legLengthM (%s) must be 0 or within [0.3, 0.7] x heightM",
        legLengthM);
    Checks.inRange(massKg, 10.0, 300.0, "massKg");
    Checks.inRange(strideCv, 0.0, 0.1, "strideCv");
    double stride = 120.0 / cadenceStepsPerMin;
    for (double f : new double[] {leftStanceTimeFactor, rightStanceTimeFactor}) {
      double stance = stanceFraction * f;
      Checks.requireArgument(stance < 0.9 && stance > 0.15,
          "stance fraction x stance-time factor (%s) must be within (0.15, 0.9)", stance);
      if (mode == GaitMode.WALK) {
        Checks.requireArgument(stance > 0.52, "walking needs stance > 52 %% of the stride on both "
            + "sides (double support); got %.3f; use GaitMode.RUN for a flight phase", stance);
      } else {
        Checks.requireArgument(stance < 0.48, "running needs stance < 48 %% of the stride on both "
            + "sides (flight phase); got %.3f", stance);
      }
    }
    Checks.requireArgument(durationS >= 2 * stride, "durationS (%s) must cover two strides "
        + "(%.3f s each)", durationS, stride);
  }

  /** A typical adult walking at 1.30 m/s, 110 steps/min, 20 s, seed 1. */
  public static WalkParameters defaults() {
    return new WalkParameters(GaitMode.WALK, 1.30, 110, 0.10, 0.61, 1.0, 1.0, 1.0, 1.0, 7.0, 4.0, 4.0, 4.0, 1.0, 4.0, ContactPattern.HEEL, 20.0, 1.75, 0.0, 70.0, 0.02, 1L);
  }

  /**
   * A typical running gait: 3.0 m/s, 170 steps/min, stance 35 % of the stride, step width 0.05 m,
   * otherwise {@link #defaults()}.
   */
  public static WalkParameters running() {
    WalkParameters d = defaults();
    return new WalkParameters(GaitMode.RUN, 3.0, 170, 0.05, 0.35, d.leftStepLengthFactor,
        d.rightStepLengthFactor, d.leftStanceTimeFactor, d.rightStanceTimeFactor,
        d.footProgressionAngleDeg, 5.0, d.pelvicRotationDeg, d.trunkRotationDeg,
        d.pushOffStrength, d.rearfootEversionDeg, d.contactPattern, d.durationS, d.heightM,
        d.legLengthM, d.massKg, d.strideCv, d.seed);
  }

  /** Stride time, s: {@code 120 / cadenceStepsPerMin}. */
  public double strideTimeS() {
    return 120.0 / cadenceStepsPerMin;
  }

  /** Mean stride length, m: {@code speedMps x strideTimeS()}. */
  public double strideLengthM() {
    return speedMps * strideTimeS();
  }

  /** Mean step length of {@code left} (true) or right steps, m. */
  public double stepLengthM(boolean left) {
    double f = left ? leftStepLengthFactor : rightStepLengthFactor;
    return strideLengthM() * f / (leftStepLengthFactor + rightStepLengthFactor);
  }

  /** The leg length used: {@code legLengthM}, or 0.530 x height when it is 0. */
  public double effectiveLegLengthM() {
    return legLengthM > 0 ? legLengthM : 0.530 * heightM;
  }

  /** A copy with {@code mode} = {@code v}. */
  public WalkParameters withMode(GaitMode v) {
    return new WalkParameters(v, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code speedMps} = {@code v}. */
  public WalkParameters withSpeedMps(double v) {
    return new WalkParameters(mode, v, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code cadenceStepsPerMin} = {@code v}. */
  public WalkParameters withCadenceStepsPerMin(double v) {
    return new WalkParameters(mode, speedMps, v, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code stepWidthM} = {@code v}. */
  public WalkParameters withStepWidthM(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, v, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code stanceFraction} = {@code v}. */
  public WalkParameters withStanceFraction(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, v, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code leftStepLengthFactor} = {@code v}. */
  public WalkParameters withLeftStepLengthFactor(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, v, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code rightStepLengthFactor} = {@code v}. */
  public WalkParameters withRightStepLengthFactor(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, v, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code leftStanceTimeFactor} = {@code v}. */
  public WalkParameters withLeftStanceTimeFactor(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, v, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code rightStanceTimeFactor} = {@code v}. */
  public WalkParameters withRightStanceTimeFactor(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, v, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code footProgressionAngleDeg} = {@code v}. */
  public WalkParameters withFootProgressionAngleDeg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, v, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code pelvicDropDeg} = {@code v}. */
  public WalkParameters withPelvicDropDeg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, v, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code pelvicRotationDeg} = {@code v}. */
  public WalkParameters withPelvicRotationDeg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, v, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code trunkRotationDeg} = {@code v}. */
  public WalkParameters withTrunkRotationDeg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, v, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code pushOffStrength} = {@code v}. */
  public WalkParameters withPushOffStrength(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, v, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code rearfootEversionDeg} = {@code v}. */
  public WalkParameters withRearfootEversionDeg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, v, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code contactPattern} = {@code v}. */
  public WalkParameters withContactPattern(ContactPattern v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, v, durationS, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code durationS} = {@code v}. */
  public WalkParameters withDurationS(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, v, heightM, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code heightM} = {@code v}. */
  public WalkParameters withHeightM(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, v, legLengthM, massKg, strideCv, seed);
  }

  /** A copy with {@code legLengthM} = {@code v}. */
  public WalkParameters withLegLengthM(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, v, massKg, strideCv, seed);
  }

  /** A copy with {@code massKg} = {@code v}. */
  public WalkParameters withMassKg(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, v, strideCv, seed);
  }

  /** A copy with {@code strideCv} = {@code v}. */
  public WalkParameters withStrideCv(double v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, v, seed);
  }

  /** A copy with {@code seed} = {@code v}. */
  public WalkParameters withSeed(long v) {
    return new WalkParameters(mode, speedMps, cadenceStepsPerMin, stepWidthM, stanceFraction, leftStepLengthFactor, rightStepLengthFactor, leftStanceTimeFactor, rightStanceTimeFactor, footProgressionAngleDeg, pelvicDropDeg, pelvicRotationDeg, trunkRotationDeg, pushOffStrength, rearfootEversionDeg, contactPattern, durationS, heightM, legLengthM, massKg, strideCv, v);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WalkParameters[%s %.2f m/s, %.1f steps/min, stride %.3f m / "
        + "%.3f s, stance %.2f, width %.2f m, FPA %.1f deg, %s contact, %.1f s, height %.2f m, "
        + "mass %.1f kg, CV %.3f, seed %d]", mode, speedMps, cadenceStepsPerMin, strideLengthM(),
        strideTimeS(), stanceFraction, stepWidthM, footProgressionAngleDeg, contactPattern,
        durationS, heightM, massKg, strideCv, seed);
  }
}

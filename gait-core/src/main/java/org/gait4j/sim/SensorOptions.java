package org.gait4j.sim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gait4j.internal.Checks;

/**
 * What the simulated instruments record and how: outputs, sampling rates, IMU mounting and
 * errors, keypoint quality and camera geometry. Immutable; {@link #defaults()} produces every
 * output with realistic small errors, {@link #withoutErrors()} makes IMUs and keypoints exact.
 *
 * <p><b>IMU error model</b>, per sensor and axis: {@code reading = truth + b + w(t) + n}, with a
 * constant bias {@code b ~ N(0, biasSd)}, a random walk {@code w} of the stated density (drift)
 * and white noise {@code n ~ N(0, noiseSd)}.
 *
 * <p><b>Cameras</b> are pinhole cameras at {@code cameraHeightM}: the sagittal one on the
 * subject's right, {@code cameraDistanceM} from the line of walking, looking at the middle of the
 * walk (the walker moves left to right in the image); the frontal one {@code cameraDistanceM} beyond
 * the end of the walk, facing the walker. The focal length is {@code pixelsPerM x cameraDistanceM}
 * pixels, so a point on the line of walking (sagittal) or at the end of the walk (frontal) is
 * imaged at {@code pixelsPerM}. Images are 1920 x 1080 pixels, x right, y down.
 *
 * @param outputs which recordings to produce
 * @param imuRateHz IMU sampling rate, Hz; also the rate of the truth events and angle curves
 * @param markerRateHz marker (and 3-D keypoint) rate, Hz
 * @param videoRateHz 2-D keypoint (video) rate, Hz
 * @param forcePlateRateHz force-plate rate, Hz
 * @param insoleRateHz insole rate, Hz
 * @param walkwayRateHz walkway frame rate, Hz
 * @param footSensorFrame mounting of the foot IMUs
 * @param shankSensorFrame mounting of the shank IMUs
 * @param lowerBackSensorFrame mounting of the lower-back IMU
 * @param accNoiseSdMps2 accelerometer white noise SD per axis, m/s²
 * @param gyroNoiseSdDegPerS gyroscope white noise SD per axis, deg/s
 * @param accBiasSdMps2 SD of each sensor's constant accelerometer bias per axis, m/s²
 * @param gyroBiasSdDegPerS SD of each sensor's constant gyroscope bias per axis, deg/s
 * @param accBiasDriftMps2PerSqrtS accelerometer bias random walk, m/s² per sqrt(s)
 * @param gyroBiasDriftDegPerSPerSqrtS gyroscope bias random walk, deg/s per sqrt(s)
 * @param keypointNoisePx 2-D keypoint position noise SD, pixels (3-D: mm = px x 1000 / pixelsPerM)
 * @param keypointConfidence mean keypoint confidence of visible points, (0, 1]
 * @param keypointDropoutProbability chance per frame and keypoint that a dropout starts
 * @param keypointDropoutMeanS mean length of a dropout, s
 * @param pixelsPerM image scale at the line of walking, pixels per metre
 * @param cameraDistanceM distance of each camera from the line of walking (frontal: from the walk's end), m
 * @param cameraHeightM camera height above the floor, m
 * @param walkwayCellM walkway cell size (square), m
 */
public record SensorOptions(
    Set<SimOutput> outputs,
    double imuRateHz,
    double markerRateHz,
    double videoRateHz,
    double forcePlateRateHz,
    double insoleRateHz,
    double walkwayRateHz,
    SensorFrame footSensorFrame,
    SensorFrame shankSensorFrame,
    SensorFrame lowerBackSensorFrame,
    double accNoiseSdMps2,
    double gyroNoiseSdDegPerS,
    double accBiasSdMps2,
    double gyroBiasSdDegPerS,
    double accBiasDriftMps2PerSqrtS,
    double gyroBiasDriftDegPerSPerSqrtS,
    double keypointNoisePx,
    double keypointConfidence,
    double keypointDropoutProbability,
    double keypointDropoutMeanS,
    double pixelsPerM,
    double cameraDistanceM,
    double cameraHeightM,
    double walkwayCellM) {

  public SensorOptions {
    Checks.notNull(outputs, "outputs");
    outputs = outputs.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(SimOutput.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(outputs));
    Checks.positive(imuRateHz, "imuRateHz");
    Checks.positive(markerRateHz, "markerRateHz");
    Checks.positive(videoRateHz, "videoRateHz");
    Checks.positive(forcePlateRateHz, "forcePlateRateHz");
    Checks.positive(insoleRateHz, "insoleRateHz");
    Checks.positive(walkwayRateHz, "walkwayRateHz");
    Checks.requireArgument(imuRateHz >= 20 && imuRateHz <= 5000, "imuRateHz (%s) must be within "
        + "[20, 5000]", imuRateHz);
    Checks.notNull(footSensorFrame, "footSensorFrame");
    Checks.notNull(shankSensorFrame, "shankSensorFrame");
    Checks.notNull(lowerBackSensorFrame, "lowerBackSensorFrame");
    Checks.nonNegative(accNoiseSdMps2, "accNoiseSdMps2");
    Checks.nonNegative(gyroNoiseSdDegPerS, "gyroNoiseSdDegPerS");
    Checks.nonNegative(accBiasSdMps2, "accBiasSdMps2");
    Checks.nonNegative(gyroBiasSdDegPerS, "gyroBiasSdDegPerS");
    Checks.nonNegative(accBiasDriftMps2PerSqrtS, "accBiasDriftMps2PerSqrtS");
    Checks.nonNegative(gyroBiasDriftDegPerSPerSqrtS, "gyroBiasDriftDegPerSPerSqrtS");
    Checks.nonNegative(keypointNoisePx, "keypointNoisePx");
    Checks.requireArgument(keypointConfidence > 0 && keypointConfidence <= 1,
        "keypointConfidence (%s) must be in (0, 1]", keypointConfidence);
    Checks.inRange(keypointDropoutProbability, 0.0, 0.5, "keypointDropoutProbability");
    Checks.positive(keypointDropoutMeanS, "keypointDropoutMeanS");
    Checks.positive(pixelsPerM, "pixelsPerM");
    Checks.inRange(cameraDistanceM, 1.0, 100.0, "cameraDistanceM");
    Checks.inRange(cameraHeightM, 0.0, 5.0, "cameraHeightM");
    Checks.inRange(walkwayCellM, 0.005, 0.1, "walkwayCellM");
  }

  /** Every output, IMUs at 100 Hz with small realistic errors, video at 50 Hz. */
  public static SensorOptions defaults() {
    return new SensorOptions(EnumSet.allOf(SimOutput.class), 100.0, 100.0, 50.0, 1000.0, 100.0, 60.0, SensorFrame.identity(), SensorFrame.identity(), SensorFrame.mobgapLowerBack(), 0.05, 0.5, 0.05, 0.5, 0.002, 0.02, 2.0, 0.85, 0.005, 0.1, 250.0, 4.0, 1.0, 0.02);
  }

  /** A copy producing only {@code first} and {@code rest}. */
  public SensorOptions withOutputs(SimOutput first, SimOutput... rest) {
    return withOutputs(EnumSet.of(first, rest));
  }

  /** A copy with exact IMU signals and keypoints: no noise, bias, drift or dropouts. */
  public SensorOptions withoutErrors() {
    return withAccNoiseSdMps2(0).withGyroNoiseSdDegPerS(0).withAccBiasSdMps2(0)
        .withGyroBiasSdDegPerS(0).withAccBiasDriftMps2PerSqrtS(0).withGyroBiasDriftDegPerSPerSqrtS(0)
        .withKeypointNoisePx(0).withKeypointDropoutProbability(0).withKeypointConfidence(1.0);
  }

  /** True if {@code output} is produced. */
  public boolean produces(SimOutput output) {
    return outputs.contains(output);
  }

  /** A copy with {@code outputs} = {@code v}. */
  public SensorOptions withOutputs(Set<SimOutput> v) {
    return new SensorOptions(v, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code imuRateHz} = {@code v}. */
  public SensorOptions withImuRateHz(double v) {
    return new SensorOptions(outputs, v, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code markerRateHz} = {@code v}. */
  public SensorOptions withMarkerRateHz(double v) {
    return new SensorOptions(outputs, imuRateHz, v, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code videoRateHz} = {@code v}. */
  public SensorOptions withVideoRateHz(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, v, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code forcePlateRateHz} = {@code v}. */
  public SensorOptions withForcePlateRateHz(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, v, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code insoleRateHz} = {@code v}. */
  public SensorOptions withInsoleRateHz(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, v, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code walkwayRateHz} = {@code v}. */
  public SensorOptions withWalkwayRateHz(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, v, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code footSensorFrame} = {@code v}. */
  public SensorOptions withFootSensorFrame(SensorFrame v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, v, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code shankSensorFrame} = {@code v}. */
  public SensorOptions withShankSensorFrame(SensorFrame v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, v, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code lowerBackSensorFrame} = {@code v}. */
  public SensorOptions withLowerBackSensorFrame(SensorFrame v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, v, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code accNoiseSdMps2} = {@code v}. */
  public SensorOptions withAccNoiseSdMps2(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, v, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code gyroNoiseSdDegPerS} = {@code v}. */
  public SensorOptions withGyroNoiseSdDegPerS(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, v, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code accBiasSdMps2} = {@code v}. */
  public SensorOptions withAccBiasSdMps2(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, v, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code gyroBiasSdDegPerS} = {@code v}. */
  public SensorOptions withGyroBiasSdDegPerS(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, v, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code accBiasDriftMps2PerSqrtS} = {@code v}. */
  public SensorOptions withAccBiasDriftMps2PerSqrtS(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, v, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code gyroBiasDriftDegPerSPerSqrtS} = {@code v}. */
  public SensorOptions withGyroBiasDriftDegPerSPerSqrtS(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, v, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code keypointNoisePx} = {@code v}. */
  public SensorOptions withKeypointNoisePx(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, v, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code keypointConfidence} = {@code v}. */
  public SensorOptions withKeypointConfidence(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, v, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code keypointDropoutProbability} = {@code v}. */
  public SensorOptions withKeypointDropoutProbability(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, v, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code keypointDropoutMeanS} = {@code v}. */
  public SensorOptions withKeypointDropoutMeanS(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, v, pixelsPerM, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code pixelsPerM} = {@code v}. */
  public SensorOptions withPixelsPerM(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, v, cameraDistanceM, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code cameraDistanceM} = {@code v}. */
  public SensorOptions withCameraDistanceM(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, v, cameraHeightM, walkwayCellM);
  }

  /** A copy with {@code cameraHeightM} = {@code v}. */
  public SensorOptions withCameraHeightM(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, v, walkwayCellM);
  }

  /** A copy with {@code walkwayCellM} = {@code v}. */
  public SensorOptions withWalkwayCellM(double v) {
    return new SensorOptions(outputs, imuRateHz, markerRateHz, videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz, footSensorFrame, shankSensorFrame, lowerBackSensorFrame, accNoiseSdMps2, gyroNoiseSdDegPerS, accBiasSdMps2, gyroBiasSdDegPerS, accBiasDriftMps2PerSqrtS, gyroBiasDriftDegPerSPerSqrtS, keypointNoisePx, keypointConfidence, keypointDropoutProbability, keypointDropoutMeanS, pixelsPerM, cameraDistanceM, cameraHeightM, v);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SensorOptions[%s, IMU %.1f Hz (acc noise %.3f m/s², gyro "
        + "noise %.2f deg/s), markers %.0f Hz, video %.0f Hz, plates %.0f Hz, insoles %.0f Hz, "
        + "walkway %.0f Hz]", outputs, imuRateHz, accNoiseSdMps2, gyroNoiseSdDegPerS, markerRateHz,
        videoRateHz, forcePlateRateHz, insoleRateHz, walkwayRateHz);
  }
}

package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/**
 * {@link LowerBackWalkingBoutDetector} on simulated lower-back walks framed by quiet standing
 * (gravity on the sensor's up axis plus white noise), joined into one stream.
 */
class LowerBackWalkingBoutDetectorTest {
  private static final double HZ = 100;

  /** Walks simulated once for the whole class (the simulator takes ~1 s per 10 s of walk). */
  private static final class Walks {
    static final ImuStream W20 = walk(20, 1);
    static final ImuStream W12 = walk(12, 2);
    static final ImuStream W6 = walk(6, 3);
  }

  /** The simulated lower-back stream of a straight walk (mobgap frame: x up). */
  static ImuStream walk(double seconds, long seed) {
    return GaitSimulator.of(WalkParameters.defaults().withDurationS(seconds).withSeed(seed),
        SensorOptions.defaults().withImuRateHz(HZ).withOutputs(SimOutput.LOWER_BACK_IMU))
        .simulate().trial().imu(BodyLocation.LOWER_BACK).orElseThrow();
  }

  /** Quiet standing: 9.81 m/s² on x (up in the mobgap frame), noise on every axis and the gyro. */
  static double[][] still(double seconds, Random r) {
    return LowerBackWalkingBoutStreamTest.still(seconds, HZ, r);
  }

  static double[][] channels(ImuStream imu) {
    Vector3Series a = imu.accelerometer().orElseThrow();
    Vector3Series g = imu.gyroscope().orElseThrow();
    return new double[][] {a.x(), a.y(), a.z(), g.x(), g.y(), g.z()};
  }

  /** Joins segments of six channels (acc xyz, gyro xyz) into one stream with {@code like}'s units. */
  static ImuStream join(ImuStream like, List<double[][]> parts) {
    double[][] s = LowerBackWalkingBoutStreamTest.concat(parts);
    Vector3Series a = like.accelerometer().orElseThrow();
    Vector3Series g = like.gyroscope().orElseThrow();
    SamplingRate rate = like.rate();
    return ImuStream.of("joined", BodyLocation.LOWER_BACK,
        Vector3Series.of("acc", rate, a.unit(), a.frame(), s[0], s[1], s[2]),
        Vector3Series.of("gyr", rate, g.unit(), g.frame(), s[3], s[4], s[5]));
  }

  @Test
  void walkBetweenStandingIsOneBoutAtItsBorders() {
    ImuStream w = Walks.W20;
    Random r = new Random(1);
    ImuStream rec = join(w, List.of(still(10, r), channels(w), still(10, r)));
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(rec);
    assertEquals(1, bouts.size(), bouts.toString());
    int start = (int) (10 * HZ);
    int end = start + w.size();
    WalkingBout b = bouts.get(0);
    assertEquals(start, b.startIndex(), HZ, b.toString());
    assertEquals(end, b.endIndex(), HZ, b.toString());
    assertEquals(20, b.durationS(rec.rate()), 1.5);
  }

  @Test
  void twoWalksSeparatedByStandingAreTwoBouts() {
    ImuStream w1 = Walks.W20;
    ImuStream w2 = Walks.W12;
    Random r = new Random(2);
    ImuStream rec = join(w1, List.of(still(10, r), channels(w1), still(10, r), channels(w2),
        still(10, r)));
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(rec);
    assertEquals(2, bouts.size(), bouts.toString());
    int s1 = (int) (10 * HZ);
    int e1 = s1 + w1.size();
    int s2 = e1 + (int) (10 * HZ);
    int e2 = s2 + w2.size();
    assertEquals(s1, bouts.get(0).startIndex(), HZ, bouts.toString());
    assertEquals(e1, bouts.get(0).endIndex(), HZ, bouts.toString());
    assertEquals(s2, bouts.get(1).startIndex(), HZ, bouts.toString());
    assertEquals(e2, bouts.get(1).endIndex(), HZ, bouts.toString());
  }

  @Test
  void standingStillHasNoBout() {
    ImuStream like = Walks.W6;
    ImuStream rec = join(like, List.<double[][]>of(still(120, new Random(4))));
    assertEquals(List.<WalkingBout>of(), LowerBackWalkingBoutDetector.withDefaults().detect(rec));
  }

  @Test
  void tooShortForTheFilterHasNoBout() {
    ImuStream w = Walks.W6;
    assertTrue(LowerBackWalkingBoutDetector.withDefaults().detect(w.slice(0, 50)).isEmpty());
  }

  @Test
  void inputIsNotModifiedAndResultsRepeat() {
    ImuStream w = Walks.W12;
    ImuStream rec = join(w, List.of(still(5, new Random(6)), channels(w)));
    double[][] before = channels(rec);
    LowerBackWalkingBoutDetector d = LowerBackWalkingBoutDetector.withDefaults();
    List<WalkingBout> a = d.detect(rec);
    List<WalkingBout> b = d.detect(rec);
    assertEquals(a, b);
    assertEquals(1, a.size(), a.toString());
    double[][] after = channels(rec);
    for (int c = 0; c < 6; c++) {
      assertArrayEquals(before[c], after[c]);
    }
  }

  @Test
  void boutsAreOrderedDisjointAndInside() {
    List<double[][]> parts = new ArrayList<>();
    Random r = new Random(7);
    for (ImuStream w : List.of(Walks.W6, Walks.W12, Walks.W6)) {
      parts.add(still(6, r));
      parts.add(channels(w));
    }
    ImuStream rec = join(Walks.W6, parts);
    List<WalkingBout> bouts = LowerBackWalkingBoutDetector.withDefaults().detect(rec);
    assertEquals(3, bouts.size(), bouts.toString());
    for (int k = 0; k < bouts.size(); k++) {
      assertTrue(bouts.get(k).endIndex() <= rec.size());
      if (k > 0) {
        assertTrue(bouts.get(k).startIndex() > bouts.get(k - 1).endIndex(), bouts.toString());
      }
    }
  }

  @Test
  void paddingWidensTheBoutClippedToTheRecording() {
    ImuStream w = Walks.W12;
    ImuStream rec = join(w, List.of(still(10, new Random(8)), channels(w)));
    WalkingBout plain = LowerBackWalkingBoutDetector.withDefaults().detect(rec).get(0);
    WalkingBout padded = LowerBackWalkingBoutDetector.of(WalkingBoutConfig.defaults()
        .withPaddingS(1.0)).detect(rec).get(0);
    assertEquals(plain.startIndex() - 100, padded.startIndex());
    assertTrue(padded.endIndex() <= rec.size());
    assertTrue(padded.endIndex() >= plain.endIndex());
  }

  @Test
  void errorsNameTheProblem() {
    ImuStream w = Walks.W6;
    ImuStream gyroOnly = ImuStream.builder("g", BodyLocation.LOWER_BACK)
        .gyroscope(w.gyroscope().orElseThrow()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LowerBackWalkingBoutDetector.withDefaults().detect(gyroOnly));
    assertTrue(e.getMessage().contains("accelerometer"), e.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> WalkingBoutConfig.defaults().withStepIntervalS(2.0, 1.0));
    assertTrue(c.getMessage().contains("minStepIntervalS (2.0)"), c.getMessage());
  }
}

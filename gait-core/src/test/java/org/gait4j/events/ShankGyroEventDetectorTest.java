package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Side;
import org.gait4j.model.Vector3Series;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SensorOptions;
import org.gait4j.sim.SimOutput;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.junit.jupiter.api.Test;

/**
 * Contract and example tests of {@link ShankGyroEventDetector} on simulated shank IMUs; accuracy
 * over random walks is in {@link ShankGyroPropertiesTest}.
 */
class ShankGyroEventDetectorTest extends EventDetectorContract<ImuStream> {

  static SimulatedWalk walk() {
    return GaitSimulator.of(WalkParameters.defaults().withSeed(5).withDurationS(20),
        SensorOptions.defaults().withOutputs(SimOutput.SHANK_IMU)).simulate();
  }

  @Override
  protected EventDetector<ImuStream> detector() {
    return ShankGyroEventDetector.withDefaults();
  }

  @Override
  protected ImuStream walkingInput() {
    return walk().trial().imu(BodyLocation.LEFT_SHANK).orElseThrow();
  }

  @Override
  protected ImuStream slice(ImuStream input, int from, int to) {
    return input.slice(from, to);
  }

  @Override
  protected int size(ImuStream input) {
    return input.size();
  }

  @Override
  protected String fingerprint(ImuStream input) {
    Vector3Series g = input.gyroscope().orElseThrow();
    return Arrays.hashCode(g.x()) + "," + Arrays.hashCode(g.y()) + "," + Arrays.hashCode(g.z());
  }

  @Test
  void oneMidSwingIcAndTcPerStrideInOrder() {
    ImuStream shank = walkingInput();
    GaitEvents e = ShankGyroEventDetector.withDefaults().detect(shank);
    SimulatedWalk w = walk();
    int strides = w.cycles(Side.LEFT).size();
    int ms = e.sampleIndices(Side.LEFT, GaitEventType.MID_SWING).length;
    assertTrue(ms >= strides && ms <= strides + 2, ms + " mid-swings for " + strides + " strides");
    ShankGyroPropertiesTest.orderedPerSide(e);
  }

  @Test
  void wrongPolarityFindsNoSwingOfTheRightShape() {
    ImuStream shank = walkingInput();
    GaitEvents right = ShankGyroEventDetector.of(ShankGyroConfig.defaults()
        .withAxis(Axis.Y, SwingPolarity.NEGATIVE)).detect(shank);
    GaitEvents flipped = ShankGyroEventDetector.of(ShankGyroConfig.defaults()
        .withAxis(Axis.Y, SwingPolarity.POSITIVE)).detect(shank);
    int[] a = right.sampleIndices(Side.LEFT, GaitEventType.MID_SWING);
    int[] b = flipped.sampleIndices(Side.LEFT, GaitEventType.MID_SWING);
    assertTrue(!Arrays.equals(a, b), "the polarity must matter");
  }

  @Test
  void automaticPolarityFindsTheSwingSignEitherWayUp() {
    ImuStream shank = walkingInput();
    GaitEvents explicit = ShankGyroEventDetector.of(ShankGyroConfig.defaults()
        .withAxis(Axis.Y, SwingPolarity.NEGATIVE)).detect(shank);
    assertEquals(explicit, ShankGyroEventDetector.withDefaults().detect(shank));
    // the same sensor mounted the other way round (y to the right): swing becomes positive
    Vector3Series g = shank.gyroscope().orElseThrow();
    double[] y = g.y();
    for (int i = 0; i < y.length; i++) {
      y[i] = -y[i];
    }
    double[] z = g.z();
    for (int i = 0; i < z.length; i++) {
      z[i] = -z[i];
    }
    ImuStream turned = ImuStream.builder(shank.sensorId(), shank.location())
        .gyroscope(Vector3Series.of(g.name(), g.rate(), g.unit(), g.frame(), g.x(), y, z)).build();
    assertEquals(explicit, ShankGyroEventDetector.withDefaults().detect(turned));
    assertEquals(explicit, ShankGyroEventDetector.of(ShankGyroConfig.defaults()
        .withAxis(Axis.Y, SwingPolarity.POSITIVE)).detect(turned));
  }

  @Test
  void swingSignIsTheSignOfTheTallerStridePeaks() {
    // a stride-like signal at 100 Hz: a 0.25 s lobe of -400 deg/s, the rest +100 deg/s
    org.gait4j.model.SamplingRate rate = org.gait4j.model.SamplingRate.ofHz(100);
    double[] x = new double[1000];
    for (int i = 0; i < x.length; i++) {
      int p = i % 110;
      x[i] = p < 25 ? -400 * Math.sin(Math.PI * p / 25.0) : 100 * Math.sin(Math.PI * (p - 25) / 85.0);
    }
    org.gait4j.dsp.PeakFinder f = org.gait4j.dsp.PeakFinder.withDefaults().withHeight(50)
        .withDistanceS(0.5);
    assertEquals(-1, ShankGyroEventDetector.swingSign(x, f, rate));
    for (int i = 0; i < x.length; i++) {
      x[i] = -x[i];
    }
    assertEquals(1, ShankGyroEventDetector.swingSign(x, f, rate));
    assertEquals(1, ShankGyroEventDetector.swingSign(new double[100], f, rate));
  }

  @Test
  void errorsNameTheProblem() {
    ImuStream shank = walkingInput();
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> ShankGyroEventDetector.of(ShankGyroConfig.defaults().withEventLowPassHz(60))
            .detect(shank));
    assertTrue(x.getMessage().contains("eventLowPassHz (60.0) must be below Nyquist"),
        x.getMessage());
    x = assertThrows(IllegalArgumentException.class,
        () -> ShankGyroConfig.defaults().withMinSwingPeakDegPerS(-1));
    assertEquals("minSwingPeakDegPerS (-1.0) must be finite and > 0", x.getMessage());
    ImuStream noGyro = ImuStream.builder("s", BodyLocation.LEFT_SHANK)
        .accelerometer(shank.accelerometer().orElseThrow()).build();
    assertThrows(IllegalArgumentException.class,
        () -> ShankGyroEventDetector.withDefaults().detect(noGyro));
  }
}

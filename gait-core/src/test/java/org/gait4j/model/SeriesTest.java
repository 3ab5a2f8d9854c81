package org.gait4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SeriesTest {
  private static final SamplingRate HZ100 = SamplingRate.ofHz(100);

  @Property
  void scalarSeriesIsImmutable(@ForAll @Size(min = 1, max = 50) double[] values) {
    double[] input = values.clone();
    ScalarSeries s = ScalarSeries.of("a", HZ100, Unit.METRE, input);
    input[0] = 12345;
    double[] out = s.toArray();
    out[0] = -1;
    assertEquals(Double.doubleToLongBits(values[0]), Double.doubleToLongBits(s.get(0)));
  }

  @Property
  void unitConversionRoundTrips(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double v) {
    ScalarSeries g = ScalarSeries.of("acc", HZ100, Unit.STANDARD_GRAVITY, new double[] {v});
    ScalarSeries back = g.inUnit(Unit.METRE_PER_SECOND_SQUARED).inUnit(Unit.STANDARD_GRAVITY);
    assertEquals(v, back.get(0), 1e-12 * Math.max(1, Math.abs(v)));
  }

  @Test
  void gravityIsStandardGravity() {
    assertEquals(9.80665, Unit.STANDARD_GRAVITY.factorTo(Unit.METRE_PER_SECOND_SQUARED), 0);
    assertEquals(Math.PI / 180, Unit.DEGREE_PER_SECOND.factorTo(Unit.RADIAN_PER_SECOND), 1e-18);
    assertEquals(0.001, Unit.MILLIMETRE.factorTo(Unit.METRE), 0);
  }

  @Test
  void conversionAcrossQuantitiesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Unit.METRE.factorTo(Unit.NEWTON));
    assertTrue(e.getMessage().contains("cannot convert m"), e.getMessage());
  }

  @Test
  void unitParsesCommonSpellings() {
    assertEquals(Unit.STANDARD_GRAVITY, Unit.parse("g"));
    assertEquals(Unit.METRE_PER_SECOND_SQUARED, Unit.parse("m/s^2"));
    assertEquals(Unit.DEGREE_PER_SECOND, Unit.parse("dps"));
    assertEquals(Unit.MILLIMETRE, Unit.parse("mm"));
    assertThrows(IllegalArgumentException.class, () -> Unit.parse("furlongs"));
  }

  @Test
  void gapsAreFoundAndInteriorOnesFilledLinearly() {
    double nan = Double.NaN;
    ScalarSeries s = ScalarSeries.of("x", HZ100, Unit.METRE,
        new double[] {0, 1, nan, nan, 4, 5, nan});
    assertEquals(List.of(new Gap(2, 2), new Gap(6, 1)), s.gaps());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.withGapsFilled(0.05));
    assertTrue(e.getMessage().contains("index 6"), e.getMessage());
    ScalarSeries inner = s.slice(0, 6).withGapsFilled(0.02);
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, inner.toArray(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> s.slice(0, 6).withGapsFilled(0.01));
  }

  @Property
  void filledGapsLieOnTheLineBetweenNeighbours(
      @ForAll @DoubleRange(min = -100, max = 100) double a,
      @ForAll @DoubleRange(min = -100, max = 100) double b) {
    double nan = Double.NaN;
    ScalarSeries s = ScalarSeries.of("x", HZ100, Unit.METRE, new double[] {a, nan, nan, nan, b});
    double[] f = s.withGapsFilled(1).toArray();
    for (int i = 0; i < 5; i++) {
      assertEquals(a + (b - a) * i / 4.0, f[i], 1e-9);
    }
  }

  @Test
  void vectorSeriesGapIsAnyNanComponent() {
    double nan = Double.NaN;
    Vector3Series v = Vector3Series.of("p", HZ100, Unit.MILLIMETRE, Frame.LAB,
        new double[] {1, 2, 3}, new double[] {1, nan, 3}, new double[] {1, 2, 3});
    assertEquals(List.of(new Gap(1, 1)), v.gaps());
    assertArrayEquals(new double[] {Math.sqrt(3), nan, Math.sqrt(27)}, v.norm(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Vector3Series.of("p", HZ100,
        Unit.MILLIMETRE, Frame.LAB, new double[2], new double[3], new double[3]));
  }

  @Test
  void multiChannelRejectsRaggedChannels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MultiChannelSeries.of(HZ100, List.of("a", "b"), List.of(Unit.VOLT, Unit.VOLT),
            new double[][] {{1, 2}, {1}}));
    assertTrue(e.getMessage().contains("'b' has 1 samples"), e.getMessage());
  }

  @Test
  void nyquistCheckNamesParameterAndRates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HZ100.requireBelowNyquist(60, "lowPassHz"));
    assertEquals("lowPassHz (60.0) must be below Nyquist (50.0 Hz for 100.0 Hz data)",
        e.getMessage());
  }

  @Test
  void imuStreamRejectsMismatchedSensors() {
    Vector3Series acc = Vector3Series.of("acc", HZ100, Unit.STANDARD_GRAVITY, Frame.SENSOR,
        new double[10], new double[10], new double[10]);
    Vector3Series gyro = Vector3Series.of("gyro", SamplingRate.ofHz(50),
        Unit.DEGREE_PER_SECOND, Frame.SENSOR, new double[10], new double[10], new double[10]);
    assertThrows(IllegalArgumentException.class,
        () -> ImuStream.of("s1", BodyLocation.LEFT_FOOT, acc, gyro));
    assertThrows(IllegalArgumentException.class,
        () -> ImuStream.of("s1", BodyLocation.LEFT_FOOT, gyro.withName("x"), acc));
  }
}

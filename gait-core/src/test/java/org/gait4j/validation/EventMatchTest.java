package org.gait4j.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventMatchTest {

  @Test
  void matchesNearestOneToOne() {
    // 1.00 has two candidates (0.95 and 1.02): the nearer wins, 0.95 is then a false positive.
    EventMatch m = EventMatch.ofTimes(new double[] {0.95, 1.02, 2.3, 5.0},
        new double[] {1.0, 2.0, 3.0}, 0.25);
    assertEquals(1, m.matched());
    assertEquals(3, m.falsePositives());
    assertEquals(2, m.falseNegatives());
    assertArrayEquals(new double[] {0.02}, m.errorsS(), 1e-12);
    assertEquals(0.25, m.precision(), 1e-12);
    assertEquals(1 / 3.0, m.recall(), 1e-12);
    assertEquals(2 * 0.25 / 3 / (0.25 + 1 / 3.0), m.f1(), 1e-12);
  }

  @Test
  void emptyInputsAreHandled() {
    EventMatch none = EventMatch.ofTimes(new double[0], new double[0], 0.1);
    assertEquals(1, none.f1(), 0);
    EventMatch missed = EventMatch.ofTimes(new double[0], new double[] {1}, 0.1);
    assertEquals(0, missed.f1(), 0);
    assertEquals(Double.NaN, missed.meanAbsoluteErrorS());
  }

  @Property
  void shiftedCopyMatchesCompletelyWithThatError(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 100_000) Integer> samples,
      @ForAll @DoubleRange(min = -0.1, max = 0.1) double shift) {
    double[] ref = samples.stream().distinct().mapToDouble(i -> i * 1.0).toArray();
    double[] det = ref.clone();
    for (int i = 0; i < det.length; i++) {
      det[i] += shift;
    }
    EventMatch m = EventMatch.ofTimes(det, ref, 0.25);
    assertEquals(ref.length, m.matched());
    assertEquals(ref.length == 0 ? Double.NaN : shift, m.meanSignedErrorS(), 1e-9);
  }

  @Property
  void countsAreConsistent(@ForAll @Size(max = 40) double[] det,
      @ForAll @Size(max = 40) double[] ref) {
    double[] d = java.util.Arrays.stream(det).filter(Double::isFinite).toArray();
    double[] r = java.util.Arrays.stream(ref).filter(Double::isFinite).toArray();
    EventMatch m = EventMatch.ofTimes(d, r, 0.5);
    assertEquals(d.length, m.matched() + m.falsePositives());
    assertEquals(r.length, m.matched() + m.falseNegatives());
    for (double e : m.errorsS()) {
      assertEquals(true, Math.abs(e) <= 0.5);
    }
    EventMatch p = EventMatch.pooled(List.of(m, m));
    assertEquals(2 * m.matched(), p.matched());
    assertEquals(m.f1(), p.f1(), 1e-12);
  }
}

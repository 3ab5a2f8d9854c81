package org.gait4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GaitEventsTest {
  private static final SamplingRate RATE = SamplingRate.ofHz(100);

  @Provide
  Arbitrary<List<GaitEvent>> events() {
    Arbitrary<GaitEvent> e = Combinators.combine(
        Arbitraries.of(GaitEventType.class), Arbitraries.of(Side.class),
        Arbitraries.integers().between(0, 500)).as(GaitEvent::new);
    return e.list().ofMaxSize(40);
  }

  @Property
  void eventsAreSortedUniqueAndOrderIndependent(@ForAll("events") List<GaitEvent> list) {
    GaitEvents a = GaitEvents.of(RATE, list);
    List<GaitEvent> shuffled = new ArrayList<>(list);
    Collections.reverse(shuffled);
    assertEquals(a, GaitEvents.of(RATE, shuffled));
    for (int i = 1; i < a.size(); i++) {
      assertTrue(a.get(i - 1).compareTo(a.get(i)) < 0);
    }
    assertEquals(list.stream().distinct().count(), a.size());
  }

  @Property
  void filtersPartitionTheEvents(@ForAll("events") List<GaitEvent> list) {
    GaitEvents a = GaitEvents.of(RATE, list);
    int total = 0;
    for (Side s : Side.values()) {
      total += a.ofSide(s).size();
    }
    assertEquals(a.size(), total);
    assertEquals(a, a.ofSide(Side.LEFT).merge(a.ofSide(Side.RIGHT)).merge(a.ofSide(Side.UNKNOWN)));
  }

  @Test
  void timesDeriveFromTheRate() {
    GaitEvents e = GaitEvents.of(RATE, List.of(
        new GaitEvent(GaitEventType.TOE_OFF, Side.LEFT, 160),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 100),
        new GaitEvent(GaitEventType.INITIAL_CONTACT, Side.LEFT, 210)));
    assertArrayEquals(new int[] {100, 210},
        e.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT));
    assertArrayEquals(new double[] {1.0, 2.1},
        e.timesS(Side.LEFT, GaitEventType.INITIAL_CONTACT), 1e-12);
    assertEquals("side,type,sample_index,time_s\nLEFT,INITIAL_CONTACT,100,1.0000\n"
        + "LEFT,TOE_OFF,160,1.6000\nLEFT,INITIAL_CONTACT,210,2.1000\n",
        e.toTable().replace("\r\n", "\n"));
    assertEquals(2, e.shifted(-150).size());
  }
}

package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.Footfall;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.SamplingRate;

/**
 * Gait events from a walkway's footfall table (as GAITRite, Zeno/PKMAS or Tekscan export it, or
 * as {@link org.gait4j.model.Trial#footfalls()} holds it): each footfall's first contact is an
 * {@code INITIAL_CONTACT} and its last contact a {@code TOE_OFF} of its side, at the sample of
 * {@code rate} nearest to the time (time 0 = sample 0).
 *
 * <p>A footfall table is the walkway software's own detection: these events are as good as that
 * software, and they are data of the recording, not a detection by gait4j. Stateless and
 * thread-safe.
 */
public final class FootfallEvents {
  private FootfallEvents() {}

  /**
   * The IC and TO of every footfall as samples at {@code rate}.
   *
   * @param footfalls Not modified.
   * @param rate the rate of the returned events, e.g. the walkway's frame rate
   * @throws IllegalArgumentException if a footfall starts before time 0
   */
  public static GaitEvents of(List<Footfall> footfalls, SamplingRate rate) {
    Checks.notNull(rate, "rate");
    List<GaitEvent> out = new ArrayList<>(2 * footfalls.size());
    for (Footfall f : footfalls) {
      Checks.requireArgument(f.firstContactS() >= 0, "footfall first contact (%s s) before time 0",
          f.firstContactS());
      out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, f.side(),
          rate.samples(f.firstContactS())));
      out.add(new GaitEvent(GaitEventType.TOE_OFF, f.side(), rate.samples(f.lastContactS())));
    }
    return GaitEvents.of(rate, out);
  }
}

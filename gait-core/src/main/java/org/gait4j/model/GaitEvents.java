package org.gait4j.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gait4j.internal.Checks;

/**
 * An ordered, immutable collection of gait events at one sampling rate. Events are sorted by
 * sample index (then side, then type) and duplicates are kept once. Thread-safe.
 */
public final class GaitEvents implements Iterable<GaitEvent> {
  private final SamplingRate rate;
  private final List<GaitEvent> events;

  private GaitEvents(SamplingRate rate, List<GaitEvent> sortedUnique) {
    this.rate = Checks.notNull(rate, "rate");
    this.events = Collections.unmodifiableList(sortedUnique);
  }

  /** The events in {@code events}, sorted, duplicates removed. */
  public static GaitEvents of(SamplingRate rate, List<GaitEvent> events) {
    List<GaitEvent> sorted = new ArrayList<>(events);
    for (GaitEvent e : sorted) {
      Checks.notNull(e, "event");
    }
    Collections.sort(sorted);
    List<GaitEvent> unique = new ArrayList<>(sorted.size());
    for (GaitEvent e : sorted) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(e)) {
        unique.add(e);
      }
    }
    return new GaitEvents(rate, unique);
  }

  /** No events. */
  public static GaitEvents empty(SamplingRate rate) {
    return new GaitEvents(rate, new ArrayList<>());
  }

  /** The rate that converts the events' sample indices to seconds. */
  public SamplingRate rate() {
    return rate;
  }

  public int size() {
    return events.size();
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  /** Event {@code i} in order. */
  public GaitEvent get(int i) {
    return events.get(i);
  }

  /** All events in order (unmodifiable). */
  public List<GaitEvent> list() {
    return events;
  }

  public Stream<GaitEvent> stream() {
    return events.stream();
  }

  @Override
  public Iterator<GaitEvent> iterator() {
    return events.iterator();
  }

  /** The events matching {@code filter}. */
  public GaitEvents filter(Predicate<GaitEvent> filter) {
    List<GaitEvent> out = new ArrayList<>();
    for (GaitEvent e : events) {
      if (filter.test(e)) {
        out.add(e);
      }
    }
    return new GaitEvents(rate, out);
  }

  /** The events of one type. */
  public GaitEvents ofType(GaitEventType type) {
    return filter(e -> e.type() == type);
  }

  /** The events of one side. */
  public GaitEvents ofSide(Side side) {
    return filter(e -> e.side() == side);
  }

  /** Sample indices of the events of {@code side} and {@code type}, ascending. */
  public int[] sampleIndices(Side side, GaitEventType type) {
    int[] out = new int[events.size()];
    int n = 0;
    for (GaitEvent e : events) {
      if (e.side() == side && e.type() == type) {
        out[n++] = e.sampleIndex();
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Times in seconds of the events of {@code side} and {@code type}, ascending. */
  public double[] timesS(Side side, GaitEventType type) {
    return events.stream().filter(e -> e.side() == side && e.type() == type)
        .mapToDouble(e -> e.timeS(rate)).toArray();
  }

  /** These events together with {@code other}'s (same rate), sorted. */
  public GaitEvents merge(GaitEvents other) {
    Checks.requireArgument(other.rate.equals(rate), "cannot merge events at %s with events at %s",
        other.rate, rate);
    List<GaitEvent> all = new ArrayList<>(events);
    all.addAll(other.events);
    return of(rate, all);
  }

  /** Every event moved by {@code samples}; events that would fall before 0 are dropped. */
  public GaitEvents shifted(int samples) {
    List<GaitEvent> out = new ArrayList<>();
    for (GaitEvent e : events) {
      if (e.sampleIndex() + (long) samples >= 0) {
        out.add(e.shifted(samples));
      }
    }
    return new GaitEvents(rate, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GaitEvents && ((GaitEvents) o).rate.equals(rate)
        && ((GaitEvents) o).events.equals(events);
  }

  @Override
  public int hashCode() {
    return rate.hashCode() * 31 + events.hashCode();
  }

  /** A short summary; {@link #toTable()} lists every event. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GaitEvents[").append(events.size()).append(" @ ")
        .append(rate);
    for (Side side : Side.values()) {
      for (GaitEventType t : GaitEventType.values()) {
        long n = events.stream().filter(e -> e.side() == side && e.type() == t).count();
        if (n > 0) {
          s.append(", ").append(side.code()).append(' ').append(t.code()).append(" x").append(n);
        }
      }
    }
    return s.append(']').toString();
  }

  /** One line per event: {@code side,type,sample_index,time_s}, with a header line. */
  public String toTable() {
    StringBuilder s = new StringBuilder("side,type,sample_index,time_s\n");
    for (GaitEvent e : events) {
      s.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f%n", e.side(), e.type(),
          e.sampleIndex(), e.timeS(rate)));
    }
    return s.toString();
  }
}

package org.gait4j.events;

import java.util.Locale;
import java.util.Objects;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * The streaming face of {@link InsoleContactDetector}: initial contacts and toe offs of one
 * foot from its insole's vertical force, pushed sample by sample. Obtained from {@link
 * InsoleContactDetector#newStream(SamplingRate, Side, EventSink)}; needs {@link
 * ContactThreshold#BODY_WEIGHT} thresholds.
 *
 * <h2>Algorithm: the batch algorithm, causal</h2>
 *
 * The Schmitt trigger of the batch detector is causal already; its two clean-up rules are
 * resolved as soon as the samples that decide them have arrived:
 *
 * <ul>
 *   <li>a contact is kept (batch: not dropped as shorter than {@code minStanceS}) once it has
 *       lasted {@code minStance} samples and its force has reached both thresholds, or when it
 *       runs into missing data or the end of the stream (or, if its start was not observed, as
 *       soon as its force reaches both thresholds); then its {@code INITIAL_CONTACT} is
 *       delivered, unless it merges with the previous contact;
 *   <li>a kept contact's {@code TOE_OFF} is delivered once no contact that would close the swing
 *       (batch: swings shorter than {@code minSwingS} are closed) can still follow: {@code
 *       minSwing} samples after it with no undecided contact started in between, or when the next
 *       contact is kept beyond that gap. A contact kept inside the gap cancels both events.
 * </ul>
 *
 * The events are therefore exactly those of {@link InsoleContactDetector#detect} on the same
 * force samples with the same thresholds. (One exception: batch gives no events at all for a
 * recording shorter than {@code minStance + minSwing} samples; the stream cannot know the length
 * in advance.)
 *
 * <h2>Latency</h2>
 *
 * An initial contact is delivered {@code minStance - 1} samples after it, a toe off at most
 * {@code minSwing + minStance - 2} samples after it; {@link #latencySamples()} is the larger,
 * for example 28 samples (0.28 s) at 100 Hz with 0.15 s minimum stance and swing. The bound
 * assumes that a contact's force reaches the upper of the two thresholds within {@code
 * minStance} samples of reaching the on-threshold (true of any step); while it hovers between
 * them the contact is undecided (the batch rule keeps it only if it reaches both) and its events
 * wait.
 *
 * <h2>Input, allocation, threads</h2>
 *
 * Vertical force in newtons; NaN means no data (as in batch: no event at an edge next to
 * missing data). No buffers: the state is a few numbers; pushing allocates nothing except one
 * {@link GaitEvent} per delivered event. Not thread-safe: one stream per insole and thread.
 */
public final class InsoleContactStream implements EventStream {
  private static final int UNKNOWN = 0;
  private static final int SWING = 1;
  private static final int CONTACT = 2;

  private final SamplingRate rate;
  private final Side side;
  private final EventSink sink;
  private final double on;
  private final double off;
  private final double hi;
  private final double lo;
  private final int minStance;
  private final int minSwing;
  private final int latency;
  // the batch Schmitt trigger
  private int state = UNKNOWN;
  private boolean armed;
  private boolean seen;
  private int from;
  // the clean-up rules
  private boolean currentKept;
  private boolean toPending;
  private int toAt;
  private int count;
  private boolean flushed;

  InsoleContactStream(InsoleContactConfig config, SamplingRate rate, Side side, EventSink sink) {
    Checks.notNull(config, "config");
    this.rate = Checks.notNull(rate, "rate");
    this.side = Checks.notNull(side, "side");
    this.sink = Checks.notNull(sink, "sink");
    Checks.requireArgument(config.reference() == ContactThreshold.BODY_WEIGHT,
        "streaming needs BODY_WEIGHT thresholds (InsoleContactConfig.withBodyWeightN): "
        + "FORCE_RANGE takes percentiles of the whole recording");
    double bw = config.bodyWeightN().orElseThrow();
    this.on = config.onFraction() * bw;
    this.off = config.offFraction() * bw;
    this.hi = Math.max(on, off);
    this.lo = Math.min(on, off);
    this.minStance = rate.samples(config.minStanceS());
    this.minSwing = rate.samples(config.minSwingS());
    this.latency = Math.max(0, Math.max(minStance - 1, minSwing + minStance - 2));
  }

  @Override
  public SamplingRate rate() {
    return rate;
  }

  /** The side the events are reported for. */
  public Side side() {
    return side;
  }

  /**
   * {@code max(minStance - 1, minSwing + minStance - 2)} samples (see the class documentation for
   * the assumption).
   */
  @Override
  public int latencySamples() {
    return latency;
  }

  @Override
  public int samplesPushed() {
    return count;
  }

  @Override
  public boolean isFlushed() {
    return flushed;
  }

  /**
   * Pushes one sample.
   *
   * @param forceN vertical force, newtons; NaN = no data
   * @throws IllegalStateException after {@link #flush()}
   */
  public void push(double forceN) {
    Streams.checkCanPush(flushed, count);
    int i = count;
    double x = forceN;
    if (Double.isNaN(x)) {
      if (state == CONTACT && armed && !currentKept) {
        keep(); // ends unobserved: batch keeps it whatever its length
      }
      state = UNKNOWN;
    } else if (state == CONTACT) {
      if (armed && x < off) {
        state = SWING;
        if (currentKept) {
          toPending = true;
          toAt = i;
        } // else: shorter than minStance, dropped
      } else if (!armed && x < lo) {
        state = SWING; // a blip that never reached both thresholds
      } else if (x >= hi) {
        armed = true;
      }
    } else if (x >= on) {
      seen = state == SWING;
      state = CONTACT;
      from = i;
      armed = x >= hi;
      currentKept = false;
    } else {
      state = SWING;
    }
    count = i + 1;
    if (state == CONTACT && armed && !currentKept && (!seen || i - from + 1 >= minStance)) {
      keep(); // long enough, or its start was not observed (batch keeps those whatever length)
    }
    if (toPending && i >= toAt + minSwing - 1 && !mayMerge()) {
      deliver(GaitEventType.TOE_OFF, toAt);
      toPending = false;
    }
  }

  /**
   * Pushes samples {@code [from, to)}; the same as pushing them one by one.
   *
   * @param forceN vertical force, newtons; NaN = no data. Not modified.
   * @throws IndexOutOfBoundsException if the range does not fit the array
   * @throws IllegalStateException after {@link #flush()}
   */
  public void push(double[] forceN, int from, int to) {
    Objects.checkFromToIndex(from, to, forceN.length);
    for (int i = from; i < to; i++) {
      push(forceN[i]);
    }
  }

  @Override
  public void flush() {
    if (flushed) {
      return;
    }
    flushed = true;
    if (state == CONTACT && armed && !currentKept) {
      keep(); // runs into the end: kept with an unobserved end
    }
    if (toPending) {
      deliver(GaitEventType.TOE_OFF, toAt);
      toPending = false;
    }
  }

  /** True if the open contact is undecided and would close the pending toe off's swing. */
  private boolean mayMerge() {
    return state == CONTACT && !currentKept && seen && from - toAt < minSwing;
  }

  /** The open contact is kept: merge it with the previous one or deliver its edges. */
  private void keep() {
    currentKept = true;
    if (toPending && seen && from - toAt < minSwing) {
      toPending = false; // the swing was too short: one contact, no TO and no IC
      return;
    }
    if (toPending) {
      deliver(GaitEventType.TOE_OFF, toAt);
      toPending = false;
    }
    if (seen) {
      deliver(GaitEventType.INITIAL_CONTACT, from);
    }
  }

  private void deliver(GaitEventType type, int sample) {
    sink.onEvent(new GaitEvent(type, side, sample));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "InsoleContactStream[%s, %s, on %.1f N, off %.1f N, "
        + "%d pushed, latency %d samples%s]", side, rate, on, off, count, latency,
        flushed ? ", flushed" : "");
  }
}

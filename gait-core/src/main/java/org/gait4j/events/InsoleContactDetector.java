package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;

/**
 * Initial contact and toe off of one foot from a pressure insole's vertical force, by a force
 * threshold with hysteresis and minimum phase durations.
 *
 * <h2>Signal</h2>
 * The insole's total normal force ({@link InsoleRecording#totalForce()}, any force unit). When
 * the device gives no total force, the sum over cells of pressure x cell area (newtons); when the
 * cell areas are not known either, the plain sum of the cell pressures, which has no force scale
 * and so only works with {@link ContactThreshold#FORCE_RANGE}. NaN samples (no data) are
 * unknown: no event is reported at an edge next to them.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Thresholds: {@code on = onFraction x reference}, {@code off = offFraction x reference},
 *       where the reference is the body weight in newtons ({@link ContactThreshold#BODY_WEIGHT}),
 *       or the recording's robust range ({@link ContactThreshold#FORCE_RANGE}: thresholds are
 *       {@code p1 + fraction x (p99 - p1)} with {@code pk} the k-th percentile of the valid
 *       samples).
 *   <li>A Schmitt trigger: contact from the first sample at or above {@code on} to the first
 *       sample below {@code off}, once the force has reached both thresholds (a rise to {@code
 *       on} that falls back before reaching {@code off} is ignored).
 *   <li>Contacts shorter than {@code minStanceS} are dropped; then swings shorter than
 *       {@code minSwingS} are closed (their two contacts become one).
 *   <li>Each contact whose start was observed gives an {@code INITIAL_CONTACT} at its first
 *       sample; each whose end was observed a {@code TOE_OFF} at the first sample below the
 *       off-threshold (the first swing sample). A contact running into the recording's start or
 *       end, or into missing data, gives only the edge that was seen.
 * </ol>
 *
 * <h2>Literature and provenance</h2>
 * A vertical-force threshold is the reference method of gait-event detection on force plates and
 * instrumented insoles; hysteresis and minimum durations keep sensor noise and the creep of
 * capacitive cells from splitting or inventing contacts. Thresholds of 5-10 % of body weight or
 * of the peak force are common (e.g. 20 N or 5 % BW on force plates; Zeni JA, Richards JG,
 * Higginson JS (2008) Gait Posture 27(4):710-714, DOI 10.1016/j.gaitpost.2007.07.007, use 20 N as
 * their force-plate reference). The default fractions (on 5 %, off 10 % of the range) were chosen
 * on the Moticon OpenGo recordings of the accuracy harness, whose insoles read high for a few
 * samples after lift-off, so the harness prints leave-one-subject-out figures beside the pooled
 * ones. Events stored in a file are never read.
 *
 * <p>A recording shorter than {@code minStanceS + minSwingS} gives no events.
 *
 * <h2>Streaming and cost</h2>
 * One pass in O(n); the trigger is causal. With {@link ContactThreshold#BODY_WEIGHT},
 * {@link #newStream(SamplingRate, Side, EventSink)} gives the streaming face ({@link
 * InsoleContactStream}), which delivers exactly these events, initial contacts {@code minStance -
 * 1} and toe offs at most {@code minSwing + minStance - 2} samples late. {@code FORCE_RANGE}
 * needs the whole recording (sorting a copy for the percentiles, O(n log n)) and cannot stream.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 */
public final class InsoleContactDetector implements EventDetector<InsoleRecording> {
  private final InsoleContactConfig config;

  private InsoleContactDetector(InsoleContactConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link InsoleContactConfig#defaults()}. */
  public static InsoleContactDetector withDefaults() {
    return new InsoleContactDetector(InsoleContactConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static InsoleContactDetector of(InsoleContactConfig config) {
    return new InsoleContactDetector(config);
  }

  public InsoleContactConfig config() {
    return config;
  }

  /**
   * The initial contacts and toe offs of the insole's foot, as samples of the insole, side
   * {@link InsoleRecording#side()}.
   *
   * @param insole Not modified.
   * @throws IllegalArgumentException with {@link ContactThreshold#BODY_WEIGHT} when the insole
   *     has neither a total force nor cell areas
   */
  @Override
  public GaitEvents detect(InsoleRecording insole) {
    Checks.notNull(insole, "insole");
    double[] f = verticalForceN(insole, config.reference() == ContactThreshold.BODY_WEIGHT);
    List<GaitEvent> out = new ArrayList<>();
    int minStance = insole.rate().samples(config.minStanceS());
    int minSwing = insole.rate().samples(config.minSwingS());
    if (f.length < Math.max(2, minStance + minSwing)) {
      return GaitEvents.empty(insole.rate()); // shorter than a stance and a swing
    }
    double on;
    double off;
    if (config.reference() == ContactThreshold.BODY_WEIGHT) {
      double bw = config.bodyWeightN().orElseThrow();
      on = config.onFraction() * bw;
      off = config.offFraction() * bw;
    } else {
      double lo = ForceContacts.quantile(f, 0.01);
      double hi = ForceContacts.quantile(f, 0.99);
      if (!(hi > lo)) {
        return GaitEvents.empty(insole.rate());
      }
      on = lo + config.onFraction() * (hi - lo);
      off = lo + config.offFraction() * (hi - lo);
    }
    ForceContacts c = ForceContacts.find(f, on, off, minStance, minSwing);
    for (int k = 0; k < c.count; k++) {
      if (c.startSeen[k]) {
        out.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, insole.side(), c.start[k]));
      }
      if (c.endSeen[k]) {
        out.add(new GaitEvent(GaitEventType.TOE_OFF, insole.side(), c.end[k]));
      }
    }
    return GaitEvents.of(insole.rate(), out);
  }

  /**
   * A streaming face of this detector for one live insole: the same events, delivered as soon as
   * the minimum durations settle them (see {@link InsoleContactStream}).
   *
   * @param rate the sampling rate of the force samples that will be pushed
   * @param side the side the events are reported for
   * @param sink receives the events, on the pushing thread
   * @return a new stream, for one insole and one thread
   * @throws IllegalArgumentException if the reference is {@link ContactThreshold#FORCE_RANGE}
   *     (its percentiles need the whole recording; use {@link
   *     InsoleContactConfig#withBodyWeightN(double)})
   */
  public InsoleContactStream newStream(SamplingRate rate, Side side, EventSink sink) {
    return new InsoleContactStream(config, rate, side, sink);
  }

  /**
   * The events of several insoles (normally a left and a right one) recorded at one rate, merged.
   *
   * @param insoles Not modified.
   * @throws IllegalArgumentException if the list is empty or the rates differ
   */
  public GaitEvents detectAll(List<InsoleRecording> insoles) {
    Checks.requireArgument(!insoles.isEmpty(), "insoles must not be empty");
    SamplingRate rate = insoles.get(0).rate();
    GaitEvents all = GaitEvents.empty(rate);
    for (InsoleRecording i : insoles) {
      Checks.requireArgument(i.rate().equals(rate), "insole %s at %s, insole %s at %s: rates differ",
          insoles.get(0).side(), rate, i.side(), i.rate());
      all = all.merge(detect(i));
    }
    return all;
  }

  /**
   * The vertical force the detector uses, newtons when known: the total force, else the sum of
   * cell pressure x area, else (only when {@code needNewtons} is false) the sum of the cell
   * pressures in pascals.
   */
  static double[] verticalForceN(InsoleRecording insole, boolean needNewtons) {
    if (insole.totalForce().isPresent()) {
      return insole.totalForce().get().inUnit(Unit.NEWTON).toArray();
    }
    MultiChannelSeries p = insole.pressure();
    List<InsoleCell> cells = insole.cells();
    boolean areas = !cells.isEmpty();
    for (InsoleCell c : cells) {
      areas &= c.areaM2() > 0;
    }
    Checks.requireArgument(areas || !needNewtons, "%s insole has no total force and its cell "
        + "areas are not known: BODY_WEIGHT thresholds need newtons; use FORCE_RANGE",
        insole.side());
    double[] f = new double[p.size()];
    for (int c = 0; c < p.channelCount(); c++) {
      double scale = p.units().get(c).factorTo(Unit.PASCAL) * (areas ? cells.get(c).areaM2() : 1);
      for (int i = 0; i < f.length; i++) {
        f[i] += scale * p.get(c, i);
      }
    }
    return f;
  }

  @Override
  public String toString() {
    return "InsoleContactDetector[" + config + "]";
  }
}

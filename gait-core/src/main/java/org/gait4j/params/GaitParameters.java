package org.gait4j.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gait4j.cycles.CycleRules;
import org.gait4j.cycles.GaitCycle;
import org.gait4j.cycles.GaitCycles;
import org.gait4j.cycles.Phase;
import org.gait4j.cycles.PhaseInterval;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Side;

/**
 * Spatiotemporal parameters of a walk: per cycle, summarised per side and overall, with
 * left/right symmetry and the walk ratio.
 *
 * <p>Computed from detected events (segmented into cycles with {@link GaitCycles}) and, where a
 * modality measures stride geometry, a list of {@link StrideSpatial} keyed by each stride's side
 * and initial contact. Temporal parameters need only events: stride time and cadence need
 * initial contacts; stance, swing and their percentages need toe offs; support phases need the
 * opposite foot's events (see {@link GaitCycle#hasSupportEvents()}); step time needs the opposite
 * foot's initial contact. Spatial parameters and speed need a matching StrideSpatial.
 *
 * <p>Variability is the sample standard deviation and coefficient of variation over cycles
 * (Hausdorff 2005, J NeuroEng Rehabil 2:19, DOI 10.1186/1743-0003-2-19). The walk ratio is mean
 * step length over cadence, m per (steps/min) (Sekiya & Nagasaki 1998, Gait & Posture
 * 7(3):225-227, DOI 10.1016/S0966-6362(98)00009-5); when only stride lengths are known, step
 * length is taken as half the stride length for it.
 *
 * <p>Immutable and thread-safe.
 */
public final class GaitParameters {
  private final List<CycleParameters> cycles;

  private GaitParameters(List<CycleParameters> cycles) {
    this.cycles = Collections.unmodifiableList(cycles);
  }

  /** Parameters from events alone (no spatial measures). */
  public static GaitParameters of(GaitEvents events) {
    return of(events, List.of(), CycleRules.defaults());
  }

  /**
   * Parameters from events and the strides' spatial measures.
   *
   * @param spatial strides matched to cycles by side and initial-contact sample; unmatched
   *     entries are ignored
   */
  public static GaitParameters of(GaitEvents events, List<StrideSpatial> spatial,
      CycleRules rules) {
    Checks.notNull(events, "events");
    Map<Long, StrideSpatial> bySideAndIc = new HashMap<>();
    for (StrideSpatial s : spatial) {
      bySideAndIc.put(key(s.side(), s.initialContact()), s);
    }
    double hz = events.rate().hz();
    int[] leftIc = events.sampleIndices(Side.LEFT, GaitEventType.INITIAL_CONTACT);
    int[] rightIc = events.sampleIndices(Side.RIGHT, GaitEventType.INITIAL_CONTACT);
    List<CycleParameters> out = new ArrayList<>();
    for (GaitCycle c : GaitCycles.segment(events, rules)) {
      EnumMap<Parameter, Double> v = new EnumMap<>(Parameter.class);
      double stride = c.durationS();
      v.put(Parameter.STRIDE_TIME, stride);
      v.put(Parameter.CADENCE, 120.0 / stride);
      int[] oppIc = c.side() == Side.LEFT ? rightIc : leftIc; // cycles are LEFT or RIGHT
      int prev = lastBefore(oppIc, c.initialContact());
      if (prev >= 0 && c.initialContact() - prev < c.lengthSamples()) {
        v.put(Parameter.STEP_TIME, (c.initialContact() - prev) / hz);
      }
      List<PhaseInterval> phases = c.phases();
      Optional<PhaseInterval> stance = find(phases, Phase.STANCE);
      if (stance.isPresent()) {
        double st = stance.get().lengthSamples() / hz;
        v.put(Parameter.STANCE_TIME, st);
        v.put(Parameter.SWING_TIME, stride - st);
        v.put(Parameter.STANCE_PERCENT, 100 * st / stride);
        v.put(Parameter.SWING_PERCENT, 100 * (stride - st) / stride);
      }
      if (c.hasSupportEvents()) {
        double ds = (find(phases, Phase.INITIAL_DOUBLE_SUPPORT).orElseThrow().lengthSamples()
            + find(phases, Phase.TERMINAL_DOUBLE_SUPPORT).orElseThrow().lengthSamples()) / hz;
        double ss = find(phases, Phase.SINGLE_SUPPORT).orElseThrow().lengthSamples() / hz;
        v.put(Parameter.DOUBLE_SUPPORT_TIME, ds);
        v.put(Parameter.SINGLE_SUPPORT_TIME, ss);
        v.put(Parameter.DOUBLE_SUPPORT_PERCENT, 100 * ds / stride);
        v.put(Parameter.SINGLE_SUPPORT_PERCENT, 100 * ss / stride);
      }
      StrideSpatial s = bySideAndIc.get(key(c.side(), c.initialContact()));
      if (s != null) {
        s.strideLengthM().ifPresent(x -> {
          v.put(Parameter.STRIDE_LENGTH, x);
          v.put(Parameter.SPEED, x / stride);
        });
        s.stepLengthM().ifPresent(x -> v.put(Parameter.STEP_LENGTH, x));
        s.stepWidthM().ifPresent(x -> v.put(Parameter.STEP_WIDTH, x));
      }
      out.add(new CycleParameters(c, v));
    }
    return new GaitParameters(out);
  }

  /** Every cycle's parameters, ordered by initial contact (unmodifiable). */
  public List<CycleParameters> cycles() {
    return cycles;
  }

  /** The cycles of one side. */
  public List<CycleParameters> cycles(Side side) {
    return cycles.stream().filter(c -> c.side() == side).toList();
  }

  /** Mean and variability of {@code p} over the cycles of {@code side}, if any have it. */
  public Optional<Summary> summary(Parameter p, Side side) {
    return summarise(p, cycles(side));
  }

  /** Mean and variability of {@code p} over all cycles, if any have it. */
  public Optional<Summary> summary(Parameter p) {
    return summarise(p, cycles);
  }

  /** Left/right symmetry of {@code p}, if both sides have it. */
  public Optional<Symmetry> symmetry(Parameter p) {
    Optional<Summary> l = summary(p, Side.LEFT);
    Optional<Summary> r = summary(p, Side.RIGHT);
    if (l.isEmpty() || r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Symmetry(p, l.get().mean(), r.get().mean()));
  }

  /** Steps per minute over all cycles: 120 / mean stride time. */
  public OptionalDouble cadenceStepsPerMin() {
    return summary(Parameter.STRIDE_TIME).map(s -> OptionalDouble.of(120 / s.mean()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Mean step length over cadence, m/(steps/min); half the mean stride length stands in for the
   * step length when only strides were measured.
   */
  public OptionalDouble walkRatio() {
    OptionalDouble cad = cadenceStepsPerMin();
    if (cad.isEmpty()) {
      return OptionalDouble.empty();
    }
    Optional<Summary> step = summary(Parameter.STEP_LENGTH);
    if (step.isPresent()) {
      return OptionalDouble.of(step.get().mean() / cad.getAsDouble());
    }
    return summary(Parameter.STRIDE_LENGTH)
        .map(s -> OptionalDouble.of(0.5 * s.mean() / cad.getAsDouble()))
        .orElse(OptionalDouble.empty());
  }

  private static Optional<Summary> summarise(Parameter p, List<CycleParameters> cs) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (CycleParameters c : cs) {
      OptionalDouble v = c.get(p);
      if (v.isPresent()) {
        n++;
        double d = v.getAsDouble() - mean;
        mean += d / n;
        m2 += d * (v.getAsDouble() - mean);
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(new Summary(p, n, mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : 0));
  }

  private static Optional<PhaseInterval> find(List<PhaseInterval> phases, Phase phase) {
    for (PhaseInterval p : phases) {
      if (p.phase() == phase) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The last value below {@code at}, or -1: O(log n). {@code sorted} ascending. */
  private static int lastBefore(int[] sorted, int at) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 ? sorted[lo - 1] : -1;
  }

  private static long key(Side side, int ic) {
    return ((long) side.ordinal() << 32) | (ic & 0xffffffffL);
  }

  /** A table: one row per parameter, columns left, right, all (mean ± SD) and symmetry index. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "GaitParameters[%d cycles (L %d, R %d)]%n", cycles.size(), cycles(Side.LEFT).size(),
        cycles(Side.RIGHT).size()));
    s.append(String.format(Locale.ROOT, "  %-22s %-10s %18s %18s %18s %8s%n", "parameter",
        "unit", "left", "right", "all", "SI %"));
    for (Parameter p : Parameter.values()) {
      Optional<Summary> all = summary(p);
      if (all.isEmpty()) {
        continue;
      }
      s.append(String.format(Locale.ROOT, "  %-22s %-10s %18s %18s %18s %8s%n", p.key(),
          p.unit(), cell(summary(p, Side.LEFT)), cell(summary(p, Side.RIGHT)), cell(all),
          symmetry(p).map(x -> String.format(Locale.ROOT, "%+.1f", x.indexPercent()))
              .orElse("")));
    }
    cadenceStepsPerMin().ifPresent(c -> s.append(String.format(Locale.ROOT,
        "  cadence %.1f steps/min", c)));
    walkRatio().ifPresent(w -> s.append(String.format(Locale.ROOT,
        ", walk ratio %.5f m/(steps/min)", w)));
    return s.toString();
  }

  private static String cell(Optional<Summary> s) {
    return s.map(x -> String.format(Locale.ROOT, "%.3f ± %.3f", x.mean(), x.sd())).orElse("-");
  }
}

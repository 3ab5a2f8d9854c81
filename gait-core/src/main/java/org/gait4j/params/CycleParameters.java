package org.gait4j.params;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.gait4j.cycles.GaitCycle;
import org.gait4j.internal.Checks;
import org.gait4j.model.Side;

/**
 * The parameters of one gait cycle: those the cycle's events and the spatial estimate allow;
 * others are absent (never NaN). Immutable and thread-safe.
 */
public final class CycleParameters {
  private final GaitCycle cycle;
  private final Map<Parameter, Double> values;

  CycleParameters(GaitCycle cycle, Map<Parameter, Double> values) {
    this.cycle = Checks.notNull(cycle, "cycle");
    EnumMap<Parameter, Double> copy = new EnumMap<>(Parameter.class);
    copy.putAll(values);
    this.values = Collections.unmodifiableMap(copy);
  }

  public GaitCycle cycle() {
    return cycle;
  }

  public Side side() {
    return cycle.side();
  }

  /** The value of {@code p} in {@link Parameter#unit()}, if this cycle has it. */
  public OptionalDouble get(Parameter p) {
    Double v = values.get(p);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The parameters present for this cycle. */
  public Set<Parameter> present() {
    return values.keySet();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CycleParameters[").append(cycle.side().code())
        .append(" @").append(cycle.initialContact());
    values.forEach((p, v) -> s.append(String.format(java.util.Locale.ROOT, ", %s %.3f",
        p.key(), v)));
    return s.append(']').toString();
  }
}

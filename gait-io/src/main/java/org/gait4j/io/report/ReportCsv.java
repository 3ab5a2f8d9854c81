package org.gait4j.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gait4j.cycles.GaitCycle;
import org.gait4j.model.GaitEvents;
import org.gait4j.params.CycleParameters;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.Parameter;

/**
 * Per-event and per-cycle CSV tables (comma-separated, one header line, {@code .} decimal point,
 * empty cell for a value not measured).
 *
 * <ul>
 *   <li>events: {@code side,type,sample_index,time_s} ({@link GaitEvents#toTable()});
 *   <li>cycles: {@code side,initial_contact,next_initial_contact,toe_off,start_s} then one column
 *       per {@link Parameter} named {@code key_unit}, e.g. {@code stride_time_s}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportCsv {
  private ReportCsv() {}

  /** Writes the events table. {@code out} stays open. */
  public static void writeEvents(GaitEvents events, Writer out) throws IOException {
    out.write(events.toTable());
    out.flush();
  }

  /** Writes the cycles table. {@code out} stays open. */
  public static void writeCycles(GaitParameters parameters, Writer out) throws IOException {
    StringBuilder s = new StringBuilder("side,initial_contact,next_initial_contact,toe_off,start_s");
    for (Parameter p : Parameter.values()) {
      s.append(',').append(columnName(p));
    }
    s.append('\n');
    for (CycleParameters c : parameters.cycles()) {
      GaitCycle cy = c.cycle();
      s.append(cy.side()).append(',').append(cy.initialContact()).append(',')
          .append(cy.nextInitialContact()).append(',')
          .append(cy.toeOff().isPresent() ? String.valueOf(cy.toeOff().getAsInt()) : "")
          .append(',').append(String.format(Locale.ROOT, "%.4f", cy.startS()));
      for (Parameter p : Parameter.values()) {
        OptionalDouble v = c.get(p);
        s.append(',');
        if (v.isPresent()) {
          s.append(String.format(Locale.ROOT, "%.6g", v.getAsDouble()));
        }
      }
      s.append('\n');
    }
    out.write(s.toString());
    out.flush();
  }

  /** The column name of a parameter: its key and unit, e.g. {@code stance_pct_cycle}. */
  static String columnName(Parameter p) {
    String unit = p.unit().replace("% cycle", "pct_cycle").replace("steps/min", "steps_per_min")
        .replace("m/s", "m_per_s");
    return p.key() + "_" + unit;
  }
}

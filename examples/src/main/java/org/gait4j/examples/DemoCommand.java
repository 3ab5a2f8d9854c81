package org.gait4j.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.Side;
import org.gait4j.params.Parameter;
import org.gait4j.params.Summary;
import org.gait4j.sim.CycleTruth;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import org.gait4j.validation.EventMatch;

/**
 * Simulates a walk with known truth (every sensor the simulator has), analyses it with {@link
 * GaitAnalysis} and prints, per modality, how the detected events and parameters compare with
 * the truth.
 */
final class DemoCommand implements Subcommand {
  static final String DESCRIPTION = "Simulate a walk with known truth, analyse every sensor and "
      + "print how the results compare with the truth.";

  long seed = 1;
  double speedMps = 1.3;
  double cadence = 110;
  double durationS = 30;
  boolean full;

  @Override
  public String help() {
    return Args.help("gait demo [--full] [--seed=N] [--speed=M_PER_S] [--cadence=STEPS_PER_MIN] "
        + "[--duration=S]", DESCRIPTION,
        "--seed=N", "Random seed (default " + seed + ").",
        "--speed=M_PER_S", "Walking speed, m/s (default " + speedMps + ").",
        "--cadence=STEPS_PER_MIN", "Cadence, steps/min (default " + cadence + ").",
        "--duration=S", "Duration, s (default " + durationS + ").",
        "--full", "Also print every analysis' parameter table.");
  }

  @Override
  public void parse(Args args) throws Args.UsageException {
    while (args.hasNext()) {
      String a = args.next();
      switch (a) {
        case "--seed":
          seed = args.longValue(a);
          break;
        case "--speed":
          speedMps = args.doubleValue(a);
          break;
        case "--cadence":
          cadence = args.doubleValue(a);
          break;
        case "--duration":
          durationS = args.doubleValue(a);
          break;
        case "--full":
          args.flag();
          full = true;
          break;
        default:
          throw Args.unexpected(a);
      }
    }
  }

  @Override
  public boolean verbose() {
    return false;
  }

  @Override
  public int call() {
    WalkParameters walk = WalkParameters.defaults().withSeed(seed).withSpeedMps(speedMps)
        .withCadenceStepsPerMin(cadence).withDurationS(durationS);
    SimulatedWalk sim = GaitSimulator.withDefaults().withWalk(walk).simulate();
    GaitReport report = GaitAnalysis.withDefaults().analyze(sim.trial());
    report(sim, report, full, System.out);
    return 0;
  }

  static void report(SimulatedWalk sim, GaitReport report, boolean full, PrintStream out) {
    WalkParameters w = sim.walkParameters();
    out.printf(Locale.ROOT, "gait4j demo: simulated %s, %.2f m/s, %.0f steps/min, %.0f s, seed %d%n",
        w.mode(), w.speedMps(), w.cadenceStepsPerMin(), w.durationS(), w.seed());
    double strideT = sim.cycles().stream().mapToDouble(CycleTruth::strideTimeS).average()
        .orElse(Double.NaN);
    double strideL = sim.cycles().stream().mapToDouble(CycleTruth::strideLengthM).average()
        .orElse(Double.NaN);
    double stance = sim.cycles().stream().mapToDouble(c -> 100 * c.stanceFraction()).average()
        .orElse(Double.NaN);
    out.printf(Locale.ROOT, "truth: %d cycles, stride %.3f s, %.3f m, stance %.1f %%%n%n",
        sim.cycles().size(), strideT, strideL, stance);
    out.println("modality          IC found/true  IC MAE ms  TO found/true  TO MAE ms"
        + "  stride_s  stride_m  stance_%");
    for (SourceAnalysis a : report.analyses()) {
      EventMatch ic = match(sim, a, GaitEventType.INITIAL_CONTACT);
      EventMatch to = match(sim, a, GaitEventType.TOE_OFF);
      out.printf(Locale.ROOT, "%-17s %6d/%-6d  %9s  %6d/%-6d  %9s  %8s  %8s  %8s%n",
          a.modality(), ic.detectedCount(), ic.referenceCount(), ms(ic),
          to.detectedCount(), to.referenceCount(), ms(to),
          mean(a, Parameter.STRIDE_TIME), mean(a, Parameter.STRIDE_LENGTH),
          mean(a, Parameter.STANCE_PERCENT));
    }
    for (String n : report.notes()) {
      out.println("note: " + n);
    }
    if (full) {
      out.println();
      out.println(report);
    }
  }

  /** Matches detected and true events of one type, both sides, within 0.15 s. */
  private static EventMatch match(SimulatedWalk sim, SourceAnalysis a, GaitEventType type) {
    java.util.List<EventMatch> parts = new java.util.ArrayList<>();
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      parts.add(EventMatch.ofTimes(a.events().timesS(side, type),
          times(sim.events(side, type), sim.truthRate().hz()), 0.15));
    }
    return EventMatch.pooled(parts);
  }

  private static double[] times(int[] samples, double hz) {
    double[] t = new double[samples.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = samples[i] / hz;
    }
    return t;
  }

  private static String ms(EventMatch m) {
    return m.matched() == 0 ? "-" : String.format(Locale.ROOT, "%.1f",
        1000 * m.meanAbsoluteErrorS());
  }

  private static String mean(SourceAnalysis a, Parameter p) {
    return a.parameters().summary(p).map(Summary::mean)
        .map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse("-");
  }
}

package org.gait4j.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gait4j.dsp.Butterworth;
import org.gait4j.dsp.PeakFinder;
import org.gait4j.dsp.Peaks;
import org.gait4j.dsp.SosFilter;
import org.gait4j.model.Axis;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.sim.CycleTruth;
import org.gait4j.sim.GaitSimulator;
import org.gait4j.sim.SimulatedWalk;
import org.gait4j.sim.WalkParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Simulates a walk with known truth, analyses it with what gait4j has and prints a summary: the
 * simulated walk, then for each foot IMU the mid-swing events found in the sagittal gyroscope
 * (zero-phase Butterworth, then peak finding) compared with the simulator's truth.
 */
@Command(name = "demo", description = "Simulate a walk, analyse it and print a summary.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--speed", description = "Walking speed, m/s (default ${DEFAULT-VALUE}).")
  double speedMps = 1.3;

  @Option(names = "--cadence", description = "Cadence, steps/min (default ${DEFAULT-VALUE}).")
  double cadence = 110;

  @Option(names = "--duration", description = "Duration, s (default ${DEFAULT-VALUE}).")
  double durationS = 30;

  @Override
  public Integer call() {
    WalkParameters walk = WalkParameters.defaults().withSeed(seed).withSpeedMps(speedMps)
        .withCadenceStepsPerMin(cadence).withDurationS(durationS);
    SimulatedWalk sim = GaitSimulator.withDefaults().withWalk(walk).simulate();
    report(sim, System.out);
    return 0;
  }

  static void report(SimulatedWalk sim, PrintStream out) {
    WalkParameters w = sim.walkParameters();
    out.printf(Locale.ROOT, "gait4j demo: simulated %s, %.2f m/s, %.0f steps/min, %.0f s, seed %d%n",
        w.mode(), w.speedMps(), w.cadenceStepsPerMin(), w.durationS(), w.seed());
    out.printf(Locale.ROOT, "recording: %d IMUs, %d point sets, %d force plates, %d insoles%n",
        sim.trial().imus().size(), sim.trial().pointSets().size(),
        sim.trial().forcePlates().size(), sim.trial().insoles().size());
    out.println();
    out.println("truth per side      cycles  stride_s  stride_m  stance_%  double_support_s");
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      double st = 0;
      double sl = 0;
      double sf = 0;
      double ds = 0;
      int n = sim.cycles(side).size();
      for (CycleTruth c : sim.cycles(side)) {
        st += c.strideTimeS() / n;
        sl += c.strideLengthM() / n;
        sf += 100 * c.stanceFraction() / n;
        ds += c.doubleSupportS() / n;
      }
      out.printf(Locale.ROOT, "  %-17s %6d  %8.3f  %8.3f  %8.1f  %16.3f%n", side, n, st, sl, sf,
          ds);
    }
    out.println();
    out.println("mid-swing from each shank's sagittal gyroscope "
        + "(Butterworth 4th order 6 Hz zero-phase, find_peaks):");
    for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
      ImuStream shank = sim.trial().imu(BodyLocation.shank(side)).orElseThrow();
      int[] truth = sim.events(side, GaitEventType.MID_SWING);
      int[] found = midSwings(shank);
      Match m = match(found, truth, shank.rate().samples(0.1));
      out.printf(Locale.ROOT, "  %-5s found %d, truth %d, matched %d, mean |error| %.1f ms%n",
          side, found.length, truth.length, m.matched, 1000 * m.meanAbsSamples / shank.rate().hz());
    }
  }

  /**
   * Mid-swing is the largest angular velocity of the foot about its medio-lateral axis: in the
   * gaitmap sensor frame (y to the left) the foot rotates toe-down through swing, a deep minimum.
   */
  static int[] midSwings(ImuStream foot) {
    double[] gy = foot.gyroscope().orElseThrow().inUnit(Unit.DEGREE_PER_SECOND).component(Axis.Y);
    SosFilter lp = Butterworth.lowPass(4, 6.0, foot.rate());
    double[] smooth = lp.filterZeroPhase(gy);
    Peaks p = PeakFinder.withDefaults().withHeight(100).withProminence(150).withDistanceS(0.6)
        .findValleys(smooth, foot.rate());
    return p.indices();
  }

  private record Match(int matched, double meanAbsSamples) {}

  private static Match match(int[] found, int[] truth, int tolerance) {
    int matched = 0;
    double sum = 0;
    int j = 0;
    for (int t : truth) {
      while (j < found.length && found[j] < t - tolerance) {
        j++;
      }
      if (j < found.length && Math.abs(found[j] - t) <= tolerance) {
        matched++;
        sum += Math.abs(found[j] - t);
        j++;
      }
    }
    return new Match(matched, matched == 0 ? Double.NaN : sum / matched);
  }
}

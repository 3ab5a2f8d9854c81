package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@link InsoleContactStream} gives exactly the events of the batch {@link InsoleContactDetector}
 * (same BODY_WEIGHT thresholds), on simulated insoles (the contract), on noisy and gappy force
 * signals built to exercise the clean-up rules, and on the recorded Moticon OpenGo walks (total
 * force columns parsed directly from the text export).
 */
class InsoleContactStreamTest extends EventStreamContract<InsoleRecording, InsoleContactStream> {

  /** The simulated subject's weight (WalkParameters default mass 70 kg x g, rounded). */
  static final double BODY_WEIGHT_N = 700.0;

  static final InsoleContactDetector DETECTOR = InsoleContactDetector.of(
      InsoleContactConfig.defaults().withBodyWeightN(BODY_WEIGHT_N));

  @Override
  protected InsoleRecording walkingInput() {
    return InsoleContactDetectorTest.walk().trial().insole(Side.LEFT).orElseThrow();
  }

  @Override
  protected int size(InsoleRecording input) {
    return input.size();
  }

  @Override
  protected GaitEvents batch(InsoleRecording input) {
    return DETECTOR.detect(input);
  }

  @Override
  protected InsoleContactStream open(InsoleRecording input, EventSink sink) {
    return DETECTOR.newStream(input.rate(), input.side(), sink);
  }

  @Override
  protected void pushBlock(InsoleContactStream s, InsoleRecording input, int from, int to) {
    s.push(force(input), from, to);
  }

  @Override
  protected void pushOne(InsoleContactStream s, InsoleRecording input, int i) {
    s.push(force(input)[i]);
  }

  @Override
  protected int toleranceSamples() {
    return 0;
  }

  private static final java.util.Map<InsoleRecording, double[]> FORCE =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  static double[] force(InsoleRecording r) {
    return FORCE.computeIfAbsent(r, k -> k.totalForce().orElseThrow().inUnit(Unit.NEWTON)
        .toArray());
  }

  static InsoleRecording recording(Side side, SamplingRate rate, double[] forceN) {
    return InsoleRecording.of(side, List.of(new InsoleCell("1", 0, 0, 0)),
        MultiChannelSeries.of(rate, List.of("p"), List.of(Unit.KILOPASCAL),
            new double[][] {new double[forceN.length]}),
        Optional.of(ScalarSeries.of("force", rate, Unit.NEWTON, forceN)), Optional.empty(),
        Optional.empty());
  }

  /** Streams {@code force} sample by sample with {@code detector}, then checks it against batch. */
  static EventAgreement check(InsoleContactDetector detector, Side side, SamplingRate rate,
      double[] forceN, boolean checkLatency) {
    GaitEvents batch = detector.detect(recording(side, rate, forceN));
    EventRecorder r = new EventRecorder();
    InsoleContactStream s = detector.newStream(rate, side, r);
    r.attach(s);
    for (double f : forceN) {
      s.push(f);
    }
    s.flush();
    assertEquals(batch.list(), r.events, "stream differs from batch");
    if (checkLatency) {
      assertTrue(r.maxDelay() <= s.latencySamples(), r.maxDelay() + " > " + s.latencySamples());
    }
    return EventAgreement.of(batch.list(), r.events, 0);
  }

  @Test
  void noisyGappyForcesGiveTheBatchEvents() {
    // steps with blips, short swings, hovering between thresholds and missing data
    SamplingRate rate = SamplingRate.ofHz(100);
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      double[] f = new double[3000];
      int i = 0;
      while (i < f.length) {
        int stance = r.nextInt(1, 80);
        int swing = r.nextInt(1, 60);
        double peak = r.nextDouble(20, 900);
        for (int k = 0; k < stance && i < f.length; k++, i++) {
          f[i] = peak * Math.sin(Math.PI * (k + 0.5) / stance) + r.nextDouble(-15, 15);
        }
        for (int k = 0; k < swing && i < f.length; k++, i++) {
          f[i] = r.nextDouble(-5, 40);
        }
        if (r.nextInt(10) == 0) {
          for (int k = r.nextInt(1, 20); k > 0 && i < f.length; k--, i++) {
            f[i] = Double.NaN;
          }
        }
      }
      InsoleContactDetector d = InsoleContactDetector.of(InsoleContactConfig.defaults()
          .withBodyWeightN(700).withOnFraction(r.nextDouble(0.02, 0.1))
          .withOffFraction(r.nextDouble(0.02, 0.1)).withMinStanceS(r.nextInt(0, 20) / 100.0)
          .withMinSwingS(r.nextInt(0, 20) / 100.0));
      // no latency check: these forces may hover between the two thresholds for a while, the
      // documented exception to the latency bound
      check(d, Side.RIGHT, rate, f, false);
    }
  }

  @Test
  void recordedMoticonWalksGiveTheBatchEvents() {
    Path dir = SharedData.require("moticon_opengo_insoles");
    int events = 0;
    for (String file : new String[] {"230927_102114.txt", "230927_102137.txt",
        "230927_102231.txt"}) {
      double[][] lr = moticonTotalForce(dir.resolve(file));
      for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
        double[] f = lr[side == Side.LEFT ? 0 : 1];
        // the subject's weight is not in the files; 700 N puts the thresholds at 35 and 70 N
        EventAgreement a = check(DETECTOR, side, SamplingRate.ofHz(100), f, true);
        System.out.println("moticon " + file + " " + side + ": " + a);
        assertTrue(a.batch() >= 8, file + " " + side + " " + a);
        events += a.matched();
      }
    }
    assertTrue(events >= 80, events + " events");
  }

  @Test
  void forceRangeCannotStream() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InsoleContactDetector.withDefaults().newStream(SamplingRate.ofHz(100), Side.LEFT,
            x -> { }));
    assertTrue(e.getMessage().contains("BODY_WEIGHT"), e.getMessage());
  }

  @Test
  void latencyIsTheMinimumDurations() {
    InsoleContactStream s = DETECTOR.newStream(SamplingRate.ofHz(100), Side.LEFT, x -> { });
    assertEquals(15 + 15 - 2, s.latencySamples());
  }

  /**
   * Left and right total force (N) of a Moticon OpenGo text export: tab separated, {@code #}
   * header lines, the last naming the columns; empty cells are missing data (NaN).
   */
  static double[][] moticonTotalForce(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = null;
      List<String[]> rows = new ArrayList<>();
      for (String line : lines) {
        if (line.startsWith("# time")) {
          header = line.substring(2).split("\t", -1);
        } else if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
      assertFalse(header == null, "no column header in " + file);
      int left = column(header, "left total force[N]");
      int right = column(header, "right total force[N]");
      double[][] out = new double[2][rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        out[0][i] = cell(rows.get(i), left);
        out[1][i] = cell(rows.get(i), right);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int column(String[] header, String name) {
    for (int c = 0; c < header.length; c++) {
      if (header[c].trim().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }

  private static double cell(String[] row, int c) {
    return c < row.length && !row[c].isBlank() ? Double.parseDouble(row[c]) : Double.NaN;
  }
}

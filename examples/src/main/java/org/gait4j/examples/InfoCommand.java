package org.gait4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.ImuStream;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Trial;
import org.gait4j.model.Vector3Series;

/** Prints what a recording holds, as read by {@link GaitIO}. */
final class InfoCommand implements Subcommand {
  static final String DESCRIPTION = "Print what a recording holds: format, duration, rates, "
      + "sensors, markers or landmarks, units, gaps and stored events.";

  Path file;
  boolean verbose;

  @Override
  public String help() {
    return Args.help("gait info [--verbose] FILE", DESCRIPTION,
        "FILE", "The recording (file, or folder for OpenPose JSON).",
        "--verbose", "Show a stack trace on errors.");
  }

  @Override
  public void parse(Args args) throws Args.UsageException {
    while (args.hasNext()) {
      String a = args.next();
      if (a.equals("--verbose")) {
        args.flag();
        verbose = true;
      } else if (file == null && !Args.isOption(a)) {
        file = Args.path("FILE", a);
      } else {
        throw Args.unexpected(a);
      }
    }
    if (file == null) {
      throw new Args.UsageException("missing the recording: FILE");
    }
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public int call() throws Exception {
    TrialReader reader = GaitIO.readerFor(file).orElseThrow(() ->
        new IllegalArgumentException(file + ": no reader recognises this file"));
    Trial t = reader.read(file);
    print(reader.formatName(), t, System.out);
    return 0;
  }

  static void print(String format, Trial t, PrintStream out) {
    out.printf(Locale.ROOT, "file: %s%n", t.name());
    out.printf(Locale.ROOT, "format: %s%n", format);
    out.printf(Locale.ROOT, "duration_s: %.3f%n", t.durationS());
    if (t.startTimeS() != 0) {
      out.printf(Locale.ROOT, "start_time_s: %.4f%n", t.startTimeS());
    }
    out.printf(Locale.ROOT, "subject: %s%n", t.subject());
    for (ImuStream imu : t.imus()) {
      out.printf(Locale.ROOT, "imu: %s location=%s rate_hz=%s samples=%d%s%s%s%n",
          imu.sensorId(), imu.location(), fmt(imu.rate().hz()), imu.size(),
          imu.accelerometer().map(a -> " acc=" + a.unit() + gaps(a)).orElse(""),
          imu.gyroscope().map(g -> " gyro=" + g.unit() + gaps(g)).orElse(""),
          imu.magnetometer().map(m -> " mag=" + m.unit()).orElse(""));
    }
    for (PointSet p : t.pointSets()) {
      out.printf(Locale.ROOT, "points: %s skeleton=%s rate_hz=%s frames=%d count=%d%n", p.kind(),
          p.skeleton(), fmt(p.rate().hz()), p.size(), p.tracks().size());
      for (PointTrack tr : p.tracks()) {
        Vector3Series pos = tr.position();
        out.printf(Locale.ROOT, "  %s%s unit=%s missing=%d%n", tr.label(),
            tr.landmark().map(l -> " = " + l).orElse(""), pos.unit(), missing(pos));
      }
    }
    t.analog().ifPresent(a -> printAnalog(a, out));
    for (ForcePlate f : t.forcePlates()) {
      out.printf(Locale.ROOT, "force_plate: %d type=%d rate_hz=%s samples=%d%n", f.number(),
          f.type(), fmt(f.rate().hz()), f.size());
    }
    for (InsoleRecording i : t.insoles()) {
      out.printf(Locale.ROOT, "insole: %s cells=%d rate_hz=%s samples=%d%s%s%s%n", i.side(),
          i.cells().size(), fmt(i.rate().hz()), i.size(),
          i.totalForce().isPresent() ? " force" : "", i.centreOfPressure().isPresent() ? " cop" : "",
          i.imu().isPresent() ? " imu" : "");
    }
    t.walkway().ifPresent(w -> out.printf(Locale.ROOT, "walkway: %s%n", w));
    if (!t.footfalls().isEmpty()) {
      out.printf(Locale.ROOT, "footfalls: %d%n", t.footfalls().size());
    }
    int stored = t.storedEvents().map(e -> e.size()).orElse(0);
    out.printf(Locale.ROOT, "annotations: %d%n", t.annotations().size());
    out.printf(Locale.ROOT, "stored_events: %d%n", stored);
  }

  private static void printAnalog(MultiChannelSeries a, PrintStream out) {
    out.printf(Locale.ROOT, "analog: channels=%d rate_hz=%s samples=%d%n", a.channelCount(),
        fmt(a.rate().hz()), a.size());
    for (int c = 0; c < a.channelCount(); c++) {
      out.printf(Locale.ROOT, "  %s unit=%s%n", a.names().get(c), a.units().get(c));
    }
  }

  private static String gaps(Vector3Series s) {
    int n = s.gaps().size();
    return n == 0 ? "" : "(" + n + " gaps)";
  }

  private static int missing(Vector3Series s) {
    int m = 0;
    for (var g : s.gaps()) {
      m += g.length();
    }
    return m;
  }

  private static String fmt(double hz) {
    return hz == Math.rint(hz) ? String.valueOf((long) hz) : String.valueOf(hz);
  }
}

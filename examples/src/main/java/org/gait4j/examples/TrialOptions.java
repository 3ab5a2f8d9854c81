package org.gait4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gait4j.io.GaitIO;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;

/**
 * The recording to read and what to tell about it when the file cannot; shared by the subcommands
 * that read one.
 */
final class TrialOptions {

  /** Help rows of the recording and these options (see {@link Args#help}). */
  static String[] helpRows() {
    return new String[] {
      "FILE", "The recording (file, or folder for OpenPose JSON).",
      "--location=LOCATION", "Body location of the IMU when the file does not state it (one "
          + "IMU), e.g. LOWER_BACK, LEFT_FOOT. Valid: " + Args.candidates(BodyLocation.class) + ".",
      "--sensor=ID=LOCATION", "Body location of the IMU with this sensor id, e.g. "
          + "--sensor 00B421AF=LEFT_SHANK. Repeatable.",
      "--verbose", "Show a stack trace on errors.",
    };
  }

  Path file;
  BodyLocation location;
  Map<String, BodyLocation> sensors = new LinkedHashMap<>();
  boolean verbose;

  /**
   * Takes {@code a} (from {@link Args#next}) if it is the recording or one of these options.
   *
   * @return false if {@code a} is something else
   */
  boolean accept(String a, Args args) throws Args.UsageException {
    switch (a) {
      case "--location":
        location = args.enumValue(a, BodyLocation.class);
        return true;
      case "--sensor": {
        String v = args.value(a);
        int eq = v.indexOf('=');
        if (eq <= 0) {
          throw new Args.UsageException("--sensor needs ID=LOCATION, got " + v);
        }
        sensors.put(v.substring(0, eq), Args.enumValue(a, v.substring(eq + 1),
            BodyLocation.class));
        return true;
      }
      case "--verbose":
        args.flag();
        verbose = true;
        return true;
      default:
        if (file == null && !Args.isOption(a)) {
          file = Args.path("FILE", a);
          return true;
        }
        return false;
    }
  }

  /** Fails if the recording was not given. */
  void requireFile() throws Args.UsageException {
    if (file == null) {
      throw new Args.UsageException("missing the recording: FILE");
    }
  }

  Trial read() throws IOException {
    Trial t = GaitIO.read(file);
    if (location == null && sensors.isEmpty()) {
      return t;
    }
    List<ImuStream> imus = new ArrayList<>();
    for (ImuStream i : t.imus()) {
      BodyLocation l = sensors.get(i.sensorId());
      if (l == null && location != null) {
        if (t.imus().size() != 1) {
          throw new IllegalArgumentException("--location needs exactly one IMU, the file has "
              + t.imus().size() + "; name each with --sensor ID=LOCATION");
        }
        l = location;
      }
      imus.add(l == null ? i : i.withLocation(l));
    }
    for (String id : sensors.keySet()) {
      if (t.imus().stream().noneMatch(i -> i.sensorId().equals(id))) {
        throw new IllegalArgumentException("--sensor " + id + ": no IMU with that id (ids: "
            + t.imus().stream().map(ImuStream::sensorId).toList() + ")");
      }
    }
    Trial.Builder b = t.toBuilder();
    b.clearImus();
    imus.forEach(b::addImu);
    return b.build();
  }
}

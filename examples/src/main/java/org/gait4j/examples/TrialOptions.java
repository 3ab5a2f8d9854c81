package org.gait4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gait4j.io.GaitIO;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The recording to read and what to tell about it when the file cannot (a picocli mixin). */
final class TrialOptions {

  @Parameters(index = "0", description = "The recording (file, or folder for OpenPose JSON).")
  Path file;

  @Option(names = "--location", paramLabel = "LOCATION",
      description = "Body location of the IMU when the file does not state it (one IMU), "
          + "e.g. LOWER_BACK, LEFT_FOOT. Valid: ${COMPLETION-CANDIDATES}.")
  BodyLocation location;

  @Option(names = "--sensor", paramLabel = "ID=LOCATION",
      description = "Body location of the IMU with this sensor id, e.g. --sensor 00B421AF=LEFT_SHANK.")
  Map<String, BodyLocation> sensors = Map.of();

  @Option(names = "--verbose", description = "Show a stack trace on errors.")
  boolean verbose;

  /** Reads the recording and applies the location options. */
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

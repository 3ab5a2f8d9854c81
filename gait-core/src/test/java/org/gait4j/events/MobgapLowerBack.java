package org.gait4j.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.testing.SharedData;

/**
 * The 9 Mobilise-D lab recordings of {@code shared/data/mobgap_lowerback_indip} (lower-back IMU at
 * 100 Hz, INDIP reference) as the streaming tests need them: the six channels (acceleration
 * converted from g with 9.81 m/s², as mobgap does; gyroscope in deg/s) and the reference MicroWBs
 * with their initial contacts. Read with a few regular expressions (gait-core has no JSON reader);
 * a missing data folder skips the calling test.
 */
record MobgapLowerBack(String name, double[][] channels, List<Bout> bouts) {
  static final SamplingRate RATE = SamplingRate.ofHz(100);
  static final String[] SUBJECTS = {"HA_001", "HA_002", "MS_001"};
  static final String[] TRIALS = {"Test5_Trial1", "Test5_Trial2", "Test11_Trial1"};

  /** A reference bout {@code [from, to)} (as the harness: round(start), round(end) + 1). */
  record Bout(int from, int to, double[] icS, Side[] icSide) { }

  int size() {
    return channels[0].length;
  }

  ImuStream imu() {
    return ImuStream.of(name, BodyLocation.LOWER_BACK,
        Vector3Series.of("acc", RATE, Unit.METRE_PER_SECOND_SQUARED, Frame.SENSOR, channels[0],
            channels[1], channels[2]),
        Vector3Series.of("gyr", RATE, Unit.DEGREE_PER_SECOND, Frame.SENSOR, channels[3],
            channels[4], channels[5]));
  }

  static List<MobgapLowerBack> all() throws IOException {
    Path dir = SharedData.require("mobgap_lowerback_indip");
    List<MobgapLowerBack> out = new ArrayList<>();
    for (String s : SUBJECTS) {
      for (String t : TRIALS) {
        out.add(read(dir.resolve(s), s + " " + t, t));
      }
    }
    return out;
  }

  private static MobgapLowerBack read(Path dir, String name, String trial) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(trial + "_lowerback_imu.csv"),
        StandardCharsets.UTF_8);
    int n = lines.size() - 1;
    double[][] c = new double[6][n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",");
      for (int k = 0; k < 6; k++) {
        double v = Double.parseDouble(f[2 + k]);
        c[k][i] = k < 3 ? v * 9.81 : v;
      }
    }
    String json = Files.readString(dir.resolve(trial + "_reference_INDIP.json"),
        StandardCharsets.UTF_8);
    int at = json.indexOf("\"MicroWB\"");
    String micro = at >= 0 ? json.substring(at) : "";
    int end = micro.indexOf("\"Fs\"");
    if (end > 0) {
      micro = micro.substring(0, end);
    }
    Matcher start = Pattern.compile("\"Start\":\\s*([-0-9.eE]+)").matcher(micro);
    Matcher stop = Pattern.compile("\"End\":\\s*([-0-9.eE]+)").matcher(micro);
    Matcher ic = Pattern.compile("\"InitialContact_Event\":\\s*\\[([^\\]]*)\\]").matcher(micro);
    Matcher lr = Pattern.compile("\"InitialContact_LeftRight\":\\s*\\[([^\\]]*)\\]")
        .matcher(micro);
    List<Bout> bouts = new ArrayList<>();
    while (start.find() && stop.find() && ic.find() && lr.find()) {
      int from = Math.max(0, (int) Math.round(Double.parseDouble(start.group(1)) * 100));
      int to = Math.min(n, (int) Math.round(Double.parseDouble(stop.group(1)) * 100) + 1);
      String[] ts = ic.group(1).split(",");
      String[] ss = lr.group(1).split(",");
      List<double[]> keep = new ArrayList<>();
      for (int i = 0; i < ts.length; i++) {
        String tv = ts[i].trim();
        if (tv.isEmpty() || tv.equals("null")) {
          continue;
        }
        String sv = i < ss.length ? ss[i] : "";
        double side = sv.contains("Left") ? 0 : sv.contains("Right") ? 1 : 2;
        keep.add(new double[] {Double.parseDouble(tv), side});
      }
      double[] icS = new double[keep.size()];
      Side[] side = new Side[keep.size()];
      for (int i = 0; i < icS.length; i++) {
        icS[i] = keep.get(i)[0];
        int sd = (int) keep.get(i)[1];
        side[i] = sd == 0 ? Side.LEFT : sd == 1 ? Side.RIGHT : Side.UNKNOWN;
      }
      bouts.add(new Bout(from, to, icS, side));
    }
    return new MobgapLowerBack(name, c, bouts);
  }
}

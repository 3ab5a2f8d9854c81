package org.gait4j.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.gait4j.io.c3d.C3dWriter;
import org.gait4j.model.Frame;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/** Inputs of the read benchmarks: the shared data folder and generated recordings. */
final class ReadInputs {
  private ReadInputs() {}

  /** {@code relative} under the shared data folder ({@code -Dgait4j.data} or the defaults). */
  static Path sharedData(String relative) throws IOException {
    List<String> roots = new ArrayList<>();
    String prop = System.getProperty("gait4j.data");
    if (prop != null) {
      roots.add(prop);
    }
    roots.add("../shared/data");
    roots.add("/work/shared/data");
    for (String r : roots) {
      Path p = Path.of(r).resolve(relative);
      if (Files.exists(p)) {
        return p;
      }
    }
    throw new NoSuchFileException(relative + " under " + roots);
  }

  /** Size of a file, or of all files in a folder, bytes. */
  static long bytes(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return Files.size(p);
    }
    long n = 0;
    try (Stream<Path> s = Files.list(p)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        n += Files.size(f);
      }
    }
    return n;
  }

  /** Frames of the trial's main series: the first IMU's samples, else the first point set's. */
  static int frames(Trial t) {
    if (!t.imus().isEmpty()) {
      return t.imus().get(0).size();
    }
    if (!t.pointSets().isEmpty()) {
      return t.pointSets().get(0).size();
    }
    return t.insoles().isEmpty() ? 0 : t.insoles().get(0).size();
  }

  /**
   * A C3D of {@code seconds} of {@code markers} moving markers at {@code rateHz} and
   * {@code analogChannels} channels at {@code analogPerFrame} samples per frame, written with
   * {@code C3dWriter.defaults()} (Intel, float).
   */
  static Path writeSyntheticC3d(Path file, int seconds, int markers, double rateHz,
      int analogChannels, int analogPerFrame) throws IOException {
    int n = (int) Math.round(seconds * rateHz);
    SamplingRate rate = SamplingRate.ofHz(rateHz);
    List<PointTrack> tracks = new ArrayList<>(markers);
    for (int m = 0; m < markers; m++) {
      double[] x = new double[n];
      double[] y = new double[n];
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        double t = i / rateHz;
        x[i] = 1000 * t + 10 * m;
        y[i] = 300 * Math.sin(0.5 * t + m);
        z[i] = 50 + 5 * m + 20 * Math.sin(2 * Math.PI * t + 0.1 * m);
      }
      String label = String.format(Locale.ROOT, "M%03d", m);
      tracks.add(PointTrack.of(label, Optional.empty(),
          Vector3Series.of(label, rate, Unit.MILLIMETRE, Frame.LAB, x, y, z)));
    }
    int na = n * analogPerFrame;
    SamplingRate analogRate = SamplingRate.ofHz(rateHz * analogPerFrame);
    List<String> names = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    double[][] ch = new double[analogChannels][na];
    for (int c = 0; c < analogChannels; c++) {
      names.add("A" + c);
      units.add(Unit.VOLT);
      for (int i = 0; i < na; i++) {
        ch[c][i] = Math.sin(0.01 * i + c) * (c + 1);
      }
    }
    Trial t = Trial.builder("synthetic")
        .addPointSet(PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, rate, tracks))
        .analog(MultiChannelSeries.of(analogRate, names, units, ch)).build();
    C3dWriter.defaults().write(t, file);
    return file;
  }

  /**
   * {@code rows} samples at 100 Hz in the mobgap lower-back CSV layout (header {@code sample,
   * timestamp_unix_s,acc_x_g,...,bar}, values with 6 decimals as mobgap's files have), streamed
   * to {@code file} so that a day of data is never in memory.
   */
  static Path writeMobgapCsv(Path file, long rows) throws IOException {
    try (Writer w = mobgapWriter(file)) {
      StringBuilder sb = new StringBuilder(256);
      for (long i = 0; i < rows; i++) {
        double ph = 2 * Math.PI * i / 105.0; // one stride about every 1.05 s
        appendMobgapRow(sb, i, 0.95 + 0.2 * Math.sin(ph), -0.15 + 0.1 * Math.sin(2 * ph),
            -0.09 + 0.05 * Math.cos(ph), 40 * Math.sin(ph + 1), 10 * Math.cos(ph),
            -5 * Math.sin(2 * ph), 6);
        w.append(sb);
      }
    }
    return file;
  }

  /**
   * {@code segment} (rows acc x, y, z in m/s², gyro x, y, z in deg/s, at 100 Hz) written {@code
   * tiles} times in a row in the mobgap lower-back layout: acc in g with 7 decimals (about 1e-6
   * m/s²), gyro in deg/s with 5.
   */
  static Path writeMobgapCsv(Path file, double[][] segment, int tiles) throws IOException {
    try (Writer w = mobgapWriter(file)) {
      StringBuilder sb = new StringBuilder(256);
      int n = segment[0].length;
      long i = 0;
      for (int t = 0; t < tiles; t++) {
        for (int k = 0; k < n; k++, i++) {
          appendMobgapRow(sb, i, segment[0][k] / G, segment[1][k] / G, segment[2][k] / G,
              segment[3][k], segment[4][k], segment[5][k], 7);
          w.append(sb);
        }
      }
    }
    return file;
  }

  private static final double G = 9.80665;

  private static Writer mobgapWriter(Path file) throws IOException {
    Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII),
        1 << 20);
    w.write("sample,timestamp_unix_s,acc_x_g,acc_y_g,acc_z_g,gyr_x_dps,gyr_y_dps,gyr_z_dps,"
        + "mag_x_uT,mag_y_uT,mag_z_uT,bar\n");
    return w;
  }

  /** One 100 Hz row {@code i} of the mobgap layout into {@code sb} (cleared first). */
  private static void appendMobgapRow(StringBuilder sb, long i, double axG, double ayG,
      double azG, double gxDps, double gyDps, double gzDps, int accDecimals) {
    sb.setLength(0);
    long startTicks = 16_076_050_647_330L; // 1607605064.7330 s in 0.1 ms ticks
    long ticks = startTicks + 100 * i;
    sb.append(i).append(',').append(ticks / 10_000).append('.');
    appendPadded(sb, ticks % 10_000, 4);
    sb.append(',');
    appendFixed(sb, axG, accDecimals);
    sb.append(',');
    appendFixed(sb, ayG, accDecimals);
    sb.append(',');
    appendFixed(sb, azG, accDecimals);
    sb.append(',');
    appendFixed(sb, gxDps, 5);
    sb.append(',');
    appendFixed(sb, gyDps, 5);
    sb.append(',');
    appendFixed(sb, gzDps, 5);
    sb.append(",-9.626,-13.742,-13.184,1008.02\n");
  }

  /** Appends {@code v} with {@code decimals} fixed decimals (half away from zero). */
  static void appendFixed(StringBuilder sb, double v, int decimals) {
    long scale = 1;
    for (int d = 0; d < decimals; d++) {
      scale *= 10;
    }
    long q = Math.round(Math.abs(v) * scale);
    if (v < 0 && q != 0) {
      sb.append('-');
    }
    sb.append(q / scale).append('.');
    appendPadded(sb, q % scale, decimals);
  }

  private static void appendPadded(StringBuilder sb, long v, int digits) {
    String s = Long.toString(v);
    for (int k = s.length(); k < digits; k++) {
      sb.append('0');
    }
    sb.append(s);
  }

  /**
   * {@code frames} OpenPose {@code --write_json} files of BODY_25 with two people: the walker
   * crossing the image left to right, and a bystander standing still.
   */
  static Path writeOpenPoseFolder(Path dir, int frames) throws IOException {
    Files.createDirectories(dir);
    StringBuilder sb = new StringBuilder(8192);
    for (int f = 0; f < frames; f++) {
      sb.setLength(0);
      sb.append("{\"version\":1.3,\"people\":[");
      person(sb, 100 + 1.5 * f, 300, f, 0.9);
      sb.append(',');
      person(sb, 1500, 320, 0, 0.8);
      sb.append("]}");
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "walk_%012d_keypoints.json", f)),
          sb, StandardCharsets.US_ASCII);
    }
    return dir;
  }

  private static void person(StringBuilder sb, double cx, double top, int f, double c) {
    sb.append("{\"person_id\":[-1],\"pose_keypoints_2d\":[");
    for (int k = 0; k < 25; k++) {
      double x = cx + 20 * Math.sin(k + 0.1 * f);
      double y = top + 16 * k;
      if (k > 0) {
        sb.append(',');
      }
      appendFixed(sb, x, 3);
      sb.append(',');
      appendFixed(sb, y, 3);
      sb.append(',');
      appendFixed(sb, c, 6);
    }
    sb.append("],\"face_keypoints_2d\":[],\"hand_left_keypoints_2d\":[],"
        + "\"hand_right_keypoints_2d\":[],\"pose_keypoints_3d\":[],\"face_keypoints_3d\":[],"
        + "\"hand_left_keypoints_3d\":[],\"hand_right_keypoints_3d\":[]}");
  }
}

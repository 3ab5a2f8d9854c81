package org.gait4j.io.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.Frame;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads OpenSim / Motion Analysis TRC marker files into one {@link PointSet}.
 *
 * <h2>Layout (tab separated)</h2>
 *
 * <pre>
 * 1  PathFileType  4  (X/Y/Z)  walk.trc
 * 2  DataRate  CameraRate  NumFrames  NumMarkers  Units  OrigDataRate  OrigDataStartFrame  OrigNumFrames
 * 3  60.0      60.0        222        63          m      60.0          1                   222
 * 4  Frame#  Time  Neck  (2 empty)  RShoulder  (2 empty) ...
 * 5  (2 empty)     X1  Y1  Z1  X2  Y2  Z2 ...
 * 6  (optional empty line)
 * 7  1  0.0000000  -4.1298500  1.6742138  0.3357800 ...
 * </pre>
 *
 * Line 2 names the values of line 3; {@code DataRate}, {@code NumMarkers} and {@code Units} are
 * required, the others are kept as metadata {@code trc.<name>}. Every data row has
 * {@code 2 + 3 * NumMarkers} fields (trailing empty fields beyond are ignored); an empty field is a
 * missing coordinate (NaN), so a marker that is not seen has three empty fields.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>Positions stay in the file's unit ({@code Units}: m, mm, cm), {@link Frame#LAB}, at
 *       {@code DataRate}. The first row's time is {@link Trial#startTimeS()}; the time column must
 *       increase, and its intervals are checked against {@code DataRate} (reported in
 *       {@code timing.*} metadata).
 *   <li>Each label is mapped to a canonical landmark with {@link Skeleton#landmark(String)}
 *       ({@code RHeel}, {@code r_calc_study}, {@code LHEE}, ...). The skeleton is the layout whose
 *       point names contain every label (e.g. Plug-in Gait), else {@link Skeleton#CUSTOM}.
 *   <li>Kind: {@link PointSet.Kind#KEYPOINTS_3D} when the labels show a video-pose origin (an
 *       OpenPose/MediaPipe foot keypoint name such as {@code BigToe}/{@code SmallToe}/
 *       {@code foot_index}, OpenCap's {@code midHip}, or OpenCap's augmented {@code *_study}
 *       markers); {@link PointSet.Kind#MARKERS} otherwise.
 *   <li>{@code NumFrames} must equal the number of data rows: a shorter file is reported as
 *       truncated.
 * </ul>
 *
 * <p>{@link TrcWriter} writes files this reader reads back exactly. Stateless and thread-safe.
 */
public final class TrcReader implements TrialReader {
  private static final int MAX_MARKERS = 100_000;

  /** A TRC reader. */
  public TrcReader() {}

  @Override
  public String formatName() {
    return "TRC";
  }

  @Override
  public List<String> extensions() {
    return List.of("trc");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] l = Readers.headLines(head, 1);
    return l.length > 0 && l[0].startsWith("PathFileType") ? Match.YES : Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      return read(in);
    }
  }

  private static String need(TextLines in) throws IOException {
    String l = in.next();
    if (l == null) {
      throw GaitFormatException.atLine(in.file(), in.lineNumber() + 1,
          "file ends inside the TRC header");
    }
    return l;
  }

  private static Trial read(TextLines in) throws IOException {
    Path path = in.file();
    String l1 = need(in);
    if (!l1.startsWith("PathFileType")) {
      throw in.error("a TRC file starts with 'PathFileType'");
    }
    List<String> names = Fields.split(need(in), '\t');
    List<String> values = Fields.split(need(in), '\t');
    Map<String, String> header = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String k = names.get(i).trim();
      if (!k.isEmpty()) {
        header.put(k, i < values.size() ? values.get(i).trim() : "");
      }
    }
    long hl = in.lineNumber();
    if (!header.containsKey("DataRate") || !header.containsKey("NumMarkers")
        || !header.containsKey("Units")) {
      throw GaitFormatException.atLine(path, hl,
          "header needs DataRate, NumMarkers and Units, found " + header.keySet());
    }
    double rate = Fields.parseRequired(header.get("DataRate"), path, hl, "DataRate");
    if (!(rate > 0) || rate > 1e7) {
      throw GaitFormatException.atLine(path, hl, "DataRate (" + rate + ") must be > 0");
    }
    int markers = Fields.parseCount(header.get("NumMarkers"), path, hl, "NumMarkers",
        MAX_MARKERS);
    int numFrames = -1;
    if (header.containsKey("NumFrames") && !header.get("NumFrames").isEmpty()) {
      numFrames = Fields.parseCount(header.get("NumFrames"), path, hl, "NumFrames",
          Integer.MAX_VALUE - 16);
    }
    Unit unit;
    try {
      unit = Unit.parse(header.get("Units"));
    } catch (IllegalArgumentException e) {
      throw GaitFormatException.atLine(path, hl, "unknown Units '" + header.get("Units") + "'");
    }
    if (unit.quantity() != Unit.Quantity.LENGTH) {
      throw GaitFormatException.atLine(path, hl, "Units '" + header.get("Units")
          + "' is not a length");
    }
    List<String> labelFields = Fields.split(need(in), '\t');
    List<String> labels = new ArrayList<>();
    for (int i = 2; i < labelFields.size(); i++) {
      String s = labelFields.get(i).trim();
      if (!s.isEmpty()) {
        labels.add(s);
      }
    }
    if (labels.size() != markers) {
      throw in.error("NumMarkers is " + markers + " but " + labels.size() + " labels are given");
    }
    need(in); // X1 Y1 Z1 ...
    int expected = 2 + 3 * markers;
    DoubleBuffer[] cols = new DoubleBuffer[3 * markers];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = new DoubleBuffer(numFrames < 0 ? 256 : numFrames);
    }
    Timestamps times = new Timestamps(path, "Time", 1.0);
    List<String> f = new ArrayList<>(expected);
    String line;
    String firstFrame = null;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      int n = Fields.split(line, '\t', f);
      while (n > expected && f.get(n - 1).isBlank()) {
        n--;
      }
      if (n != expected) {
        throw in.error("expected " + expected + " fields (frame, time, " + markers
            + " x 3 coordinates), found " + n);
      }
      if (firstFrame == null) {
        firstFrame = f.get(0).trim();
      }
      times.add(Fields.parse(f.get(1), path, ln, "Time"), ln);
      for (int i = 0; i < cols.length; i++) {
        cols[i].add(Fields.parse(f.get(2 + i), path, ln, labels.get(i / 3) + "."
            + "XYZ".charAt(i % 3)));
      }
    }
    int frames = times.size();
    if (numFrames >= 0 && frames != numFrames) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()), "NumFrames is "
          + numFrames + " but " + frames + " data rows were read (truncated file?)");
    }
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "TRC");
    t.putMetadata("trc.PathFileType", l1.substring("PathFileType".length()).trim());
    header.forEach((k, v) -> t.putMetadata("trc." + k, v));
    if (firstFrame != null) {
      t.putMetadata("trc.firstFrame", firstFrame);
    }
    Timestamps.Report rep = times.finish(rate, 0.1);
    rep.putMetadata(t);
    t.startTimeS(rep.firstS());
    SamplingRate sr = SamplingRate.ofHz(rate);
    Skeleton skeleton = skeletonOf(labels);
    List<PointTrack> tracks = new ArrayList<>();
    for (int m = 0; m < markers; m++) {
      String label = labels.get(m);
      tracks.add(PointTrack.of(label, skeleton.landmark(label), Vector3Series.of(label, sr, unit,
          Frame.LAB, cols[3 * m].toArray(), cols[3 * m + 1].toArray(),
          cols[3 * m + 2].toArray())));
    }
    t.addPointSet(PointSet.of(kindOf(labels), skeleton, sr, tracks));
    return t.build();
  }

  /** The layout whose names contain every label, else CUSTOM. */
  static Skeleton skeletonOf(List<String> labels) {
    for (Skeleton s : Skeleton.values()) {
      if (s != Skeleton.CUSTOM && !labels.isEmpty()) {
        boolean all = true;
        for (String l : labels) {
          String bare = l.substring(l.lastIndexOf(':') + 1);
          if (!s.pointNames().contains(bare)) {
            all = false;
            break;
          }
        }
        if (all) {
          return s;
        }
      }
    }
    return Skeleton.CUSTOM;
  }

  /** KEYPOINTS_3D for video-pose labels, MARKERS otherwise (see the class doc). */
  static PointSet.Kind kindOf(List<String> labels) {
    for (String l : labels) {
      String s = l.toLowerCase(Locale.ROOT);
      if (s.endsWith("_study") || s.contains("bigtoe") || s.contains("big_toe")
          || s.contains("smalltoe") || s.contains("small_toe") || s.contains("foot_index")
          || s.equals("midhip")) {
        return PointSet.Kind.KEYPOINTS_3D;
      }
    }
    return PointSet.Kind.MARKERS;
  }
}

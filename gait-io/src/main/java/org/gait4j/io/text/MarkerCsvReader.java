package org.gait4j.io.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.gait4j.model.Vector3Series;

/**
 * Reads marker trajectories saved from a pandas data frame with two-level columns (marker, axis)
 * by {@code DataFrame.to_csv}, as gaitmap's {@code mocap_sample.csv} is: one {@link PointSet} of
 * {@link PointSet.Kind#MARKERS}.
 *
 * <h2>Layout (comma separated)</h2>
 *
 * <pre>
 * ,L_TOE,L_TOE,L_TOE,R_TOE,R_TOE,R_TOE,...     marker names, each on three columns
 * ,x,y,z,x,y,z,...                             the axes of those columns
 * 0,33006.84,10512.24,55.70,32987.90,...       column 0, then the coordinates
 * </pre>
 *
 * <ul>
 *   <li>Column 0 is the frame number (0-based or not; consecutive, increasing by 1) unless its
 *       header cell in row 1 or 2 says {@code time}, {@code time_s} or {@code t}: then it is the
 *       time in seconds. pandas writes a third header row when the index is named (the name, then
 *       empty cells); it is recognised and its name decides the same way.
 *   <li>Each marker has exactly one {@code x}, {@code y} and {@code z} column (any order, case
 *       ignored). Empty cells and {@code NaN} are missing samples (an occluded marker).
 * </ul>
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>Positions in {@link MarkerCsvConfig#unit()} (default millimetres), {@link Frame#LAB},
 *       unchanged (gaitmap's lab origin puts x and y near 33 000 and 10 500 mm).
 *   <li>Rate: with frame numbers, {@link MarkerCsvConfig#frameRateHz()} (default 100 Hz, the rate
 *       of gaitmap's motion capture; CSV frame numbers carry none), and the start time is the
 *       first frame number over that rate; with times, the inverse of the median interval
 *       (irregular intervals reported in {@code timing.*} metadata) and the first time.
 *   <li>Landmarks: labels go through {@link Skeleton#landmark(String)} ({@code LHEE}, {@code
 *       RTOE}, ...), which also knows the gaitmap/FAU foot set with an {@code L}/{@code R}
 *       prefix: {@code FCC} (calcaneus) → {@code HEEL}, {@code TOE} → {@code TOE}, {@code FM5}
 *       (fifth metatarsal head) → {@code SMALL_TOE}; {@code FM1} and {@code FM2} (first and
 *       second metatarsal heads) have no landmark. The skeleton is {@link Skeleton#CUSTOM}.
 * </ul>
 *
 * <h2>Sniffing and errors</h2>
 *
 * {@link #sniff} says {@code YES} when the first two lines have that shape (names in threes, axes
 * x/y/z) and {@code NO} otherwise, so other two-row CSVs (gaitmap's IMU file, whose second row
 * holds {@code acc_x}...) are left to their readers. Rows with a different field count,
 * non-numbers, frame numbers that do not increase by one, times that do not increase, a marker
 * named twice, or no data rows: {@link GaitFormatException#atLine}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkerCsvReader implements TrialReader {
  /** The most markers one file may hold. */
  public static final int MAX_MARKERS = 10_000;

  private final MarkerCsvConfig config;

  /** A reader with {@link MarkerCsvConfig#defaults()} (100 Hz, mm). */
  public MarkerCsvReader() {
    this(MarkerCsvConfig.defaults());
  }

  /** A reader with {@code config}. */
  public MarkerCsvReader(MarkerCsvConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.config = config;
  }

  @Override
  public String formatName() {
    return "Marker CSV (pandas two-level columns)";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] lines = Readers.headLines(head, 3);
    if (lines.length < 2 || lines.length == 2 && head.length >= 8192) {
      return Match.NO; // the second line must be complete
    }
    List<String> names = Fields.split(lines[0], ',');
    List<String> axes = Fields.split(lines[1], ',');
    return layout(names, axes) == null ? Match.NO : Match.YES;
  }

  /**
   * For each marker, the columns of x, y and z; null if the two header rows do not have the
   * marker/axis shape.
   */
  private static int[][] layout(List<String> names, List<String> axes) {
    int n = names.size();
    if (n < 4 || n != axes.size() || (n - 1) % 3 != 0 || (n - 1) / 3 > MAX_MARKERS) {
      return null;
    }
    int[][] out = new int[(n - 1) / 3][3];
    for (int m = 0; m < out.length; m++) {
      String name = names.get(1 + 3 * m).trim();
      if (name.isEmpty()) {
        return null;
      }
      int[] seen = {-1, -1, -1};
      for (int k = 0; k < 3; k++) {
        int c = 1 + 3 * m + k;
        if (!names.get(c).trim().equals(name)) {
          return null;
        }
        String a = axes.get(c).trim().toLowerCase(Locale.ROOT);
        int axis = a.equals("x") ? 0 : a.equals("y") ? 1 : a.equals("z") ? 2 : -1;
        if (axis < 0 || seen[axis] >= 0) {
          return null;
        }
        seen[axis] = c;
      }
      out[m] = seen;
    }
    return out;
  }

  private static boolean isTimeName(String cell) {
    String s = cell.trim().toLowerCase(Locale.ROOT);
    return s.equals("time") || s.equals("time_s") || s.equals("t") || s.equals("time (s)")
        || s.equals("time[s]");
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      return read(in);
    }
  }

  private Trial read(TextLines in) throws IOException {
    Path path = in.file();
    String l1 = in.next();
    String l2 = l1 == null ? null : in.next();
    if (l2 == null) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()),
          "a marker CSV needs two header rows (marker names, then axes)");
    }
    List<String> names = Fields.split(l1, ',');
    List<String> axes = Fields.split(l2, ',');
    int[][] cols = layout(names, axes);
    if (cols == null) {
      throw GaitFormatException.atLine(path, 2, "header rows are not marker names in threes "
          + "over axes x, y, z (found " + names.size() + " and " + axes.size() + " fields)");
    }
    Map<String, Integer> markerIndex = new HashMap<>();
    String[] labels = new String[cols.length];
    for (int m = 0; m < cols.length; m++) {
      labels[m] = names.get(cols[m][0]).trim();
      if (markerIndex.putIfAbsent(labels[m], m) != null) {
        throw GaitFormatException.atLine(path, 1, "marker '" + labels[m] + "' appears twice");
      }
    }
    String[][] cellNames = new String[cols.length][3];
    for (int m = 0; m < cols.length; m++) {
      for (int a = 0; a < 3; a++) {
        cellNames[m][a] = labels[m] + "." + "xyz".charAt(a);
      }
    }
    boolean timeColumn = isTimeName(names.get(0)) || isTimeName(axes.get(0));
    int nCol = names.size();
    DoubleBuffer[][] buf = new DoubleBuffer[cols.length][3];
    for (DoubleBuffer[] b : buf) {
      for (int a = 0; a < 3; a++) {
        b[a] = new DoubleBuffer(1024);
      }
    }
    Timestamps times = timeColumn ? new Timestamps(path, names.get(0).trim(), 1.0) : null;
    List<String> f = new ArrayList<>(nCol);
    long firstFrame = 0;
    long previousFrame = 0;
    int rows = 0;
    String line;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      if (Fields.split(line, ',', f) != nCol) {
        throw in.error("expected " + nCol + " comma-separated fields, found " + f.size());
      }
      if (rows == 0 && times == null && indexNameRow(f)) {
        // pandas' index-name row: "time" or a frame index name, then empty cells.
        if (isTimeName(f.get(0))) {
          times = new Timestamps(path, f.get(0).trim(), 1.0);
        }
        continue;
      }
      double c0 = Fields.parseRequired(f.get(0), path, ln, times != null ? "time" : "frame");
      if (times != null) {
        times.add(c0, ln);
      } else {
        if (c0 != Math.rint(c0) || Math.abs(c0) > 1e15) {
          throw in.error("frame number '" + f.get(0).trim() + "' is not a whole number");
        }
        long frame = (long) c0;
        if (rows == 0) {
          firstFrame = frame;
        } else if (frame != previousFrame + 1) {
          throw in.error("frame " + frame + " does not follow frame " + previousFrame);
        }
        previousFrame = frame;
      }
      for (int m = 0; m < cols.length; m++) {
        for (int a = 0; a < 3; a++) {
          int c = cols[m][a];
          buf[m][a].add(Fields.parse(f.get(c), path, ln, cellNames[m][a]));
        }
      }
      rows++;
    }
    if (rows == 0) {
      throw GaitFormatException.atLine(path, Math.max(2, in.lineNumber()), "no data rows");
    }
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "Marker CSV");
    double hz;
    if (times != null) {
      Timestamps.Report rep = times.finish(Double.NaN, 0.1);
      rep.putMetadata(t);
      hz = rep.rateHz();
      t.startTimeS(rep.firstS());
    } else {
      hz = config.frameRateHz();
      t.putMetadata("timing.rateHz", Double.toString(hz));
      t.putMetadata("timing.rateSource", "configured");
      t.putMetadata("markercsv.firstFrame", Long.toString(firstFrame));
      t.startTimeS(firstFrame / hz);
    }
    SamplingRate rate = SamplingRate.ofHz(hz);
    List<PointTrack> tracks = new ArrayList<>(cols.length);
    for (int m = 0; m < cols.length; m++) {
      tracks.add(PointTrack.of(labels[m], Skeleton.CUSTOM.landmark(labels[m]), Vector3Series.of(labels[m], rate,
          config.unit(), Frame.LAB, buf[m][0].take(), buf[m][1].take(), buf[m][2].take())));
    }
    t.addPointSet(PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, rate, tracks));
    return t.build();
  }

  private static boolean indexNameRow(List<String> f) {
    String first = f.get(0).trim();
    if (first.isEmpty() || Character.isDigit(first.charAt(0)) || first.charAt(0) == '-'
        || first.charAt(0) == '.' || first.charAt(0) == '+') {
      return false;
    }
    for (int i = 1; i < f.size(); i++) {
      if (!f.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }
}

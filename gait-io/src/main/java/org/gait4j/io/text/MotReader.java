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
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;

/**
 * Reads OpenSim motion ({@code .mot}) and storage ({@code .sto}) tables: inverse-kinematics
 * joint angles, ground reaction forces, any time-indexed table.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * Coordinates                 optional first line: the table's name
 * version=1                   key=value lines (kept as metadata "opensim.key")
 * nRows=222
 * nColumns=42
 * inDegrees=yes
 * (free text lines)
 * endheader
 * time  pelvis_tilt  ...      column labels (tab separated, or blanks when no tab)
 * 0.00  -14.47  ...           one row per time, tab or blank separated, leading blanks allowed
 * </pre>
 *
 * <h2>Model</h2>
 *
 * The columns after {@code time} become {@link Trial#analog()}, a {@link MultiChannelSeries} in
 * file order (the model has no dedicated joint-angle slot; the table's name is in metadata
 * {@code opensim.name}). Units: when the header has {@code inDegrees}, the file is a coordinate
 * table and each column is an angle ({@link Unit#DEGREE} for {@code yes}, {@link Unit#RADIAN} for
 * {@code no}) except translations ending {@code _tx/_ty/_tz}, optionally followed by {@code _r}/{@code _l}
 * ({@link Unit#METRE}). Force-plate
 * columns are recognised by OpenSim's names: {@code *_force_v?} in N, {@code *_force_p?} (centre
 * of pressure) in m, {@code *_torque_?} in N·m. Everything else is {@link Unit#UNSPECIFIED}.
 * Values are kept as written (no conversion to radians).
 *
 * <p>The rate is the inverse of the median time interval; the first time is
 * {@link Trial#startTimeS()}; irregular intervals (beyond 10 % of the period) are reported in
 * {@code timing.*} metadata. {@code nRows} and {@code nColumns}, when given, must match the data
 * (a shorter file is reported as truncated); a row with the wrong field count, a non-number, or a
 * missing or non-increasing time is a {@link GaitFormatException} at its line. {@code NaN} cells
 * are NaN samples.
 *
 * <p>Stateless and thread-safe.
 */
public final class MotReader implements TrialReader {
  private static final int MAX_COLUMNS = 100_000;

  /** A MOT/STO reader. */
  public MotReader() {}

  @Override
  public String formatName() {
    return "OpenSim MOT/STO";
  }

  @Override
  public List<String> extensions() {
    return List.of("mot", "sto");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] lines = Readers.headLines(head, 60);
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].trim().equalsIgnoreCase("endheader")) {
        return lines[i + 1].trim().toLowerCase(Locale.ROOT).startsWith("time") ? Match.YES
            : Match.MAYBE;
      }
    }
    return Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      return read(in);
    }
  }

  private static List<String> split(String line) {
    if (line.indexOf('\t') >= 0) {
      List<String> f = Fields.split(line.strip(), '\t');
      f.replaceAll(String::trim);
      return f;
    }
    return Fields.splitWhitespace(line);
  }

  private static Trial read(TextLines in) throws IOException {
    Path path = in.file();
    Map<String, String> header = new LinkedHashMap<>();
    String name = null;
    String line;
    boolean ended = false;
    while ((line = in.next()) != null) {
      String s = line.trim();
      if (s.equalsIgnoreCase("endheader")) {
        ended = true;
        break;
      }
      int eq = s.indexOf('=');
      if (eq > 0 && s.indexOf(' ') < 0) {
        header.put(s.substring(0, eq), s.substring(eq + 1));
      } else if (in.lineNumber() == 1) {
        name = s;
      }
    }
    if (!ended) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()),
          "no 'endheader' line");
    }
    do {
      line = in.next();
    } while (line != null && line.isBlank());
    if (line == null) {
      throw GaitFormatException.atLine(path, in.lineNumber() + 1,
          "file ends before the column labels");
    }
    long labelLine = in.lineNumber();
    List<String> labels = split(line);
    if (labels.isEmpty() || !labels.get(0).equalsIgnoreCase("time")) {
      throw in.error("the first column must be 'time', found '"
          + (labels.isEmpty() ? "" : labels.get(0)) + "'");
    }
    if (labels.size() > MAX_COLUMNS) {
      throw in.error(labels.size() + " columns is more than " + MAX_COLUMNS);
    }
    int cols = labels.size();
    if (header.containsKey("nColumns")) {
      int nc = Fields.parseCount(header.get("nColumns"), path, labelLine, "nColumns",
          MAX_COLUMNS);
      if (nc != cols) {
        throw GaitFormatException.atLine(path, labelLine,
            "nColumns is " + nc + " but " + cols + " column labels are given");
      }
    }
    int nRows = -1;
    if (header.containsKey("nRows")) {
      nRows = Fields.parseCount(header.get("nRows"), path, labelLine, "nRows",
          Integer.MAX_VALUE - 16);
    }
    DoubleBuffer[] buf = new DoubleBuffer[cols - 1];
    for (int c = 0; c < buf.length; c++) {
      buf[c] = new DoubleBuffer(nRows < 0 ? 256 : nRows);
    }
    Timestamps times = new Timestamps(path, "time", 1.0);
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      List<String> f = split(line);
      if (f.size() != cols) {
        throw in.error("expected " + cols + " fields, found " + f.size());
      }
      times.add(Fields.parse(f.get(0), path, ln, "time"), ln);
      for (int c = 1; c < cols; c++) {
        buf[c - 1].add(Fields.parse(f.get(c), path, ln, labels.get(c)));
      }
    }
    int n = times.size();
    if (n == 0) {
      throw GaitFormatException.atLine(path, labelLine, "no data rows");
    }
    if (nRows >= 0 && n != nRows) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()),
          "nRows is " + nRows + " but " + n + " data rows were read (truncated file?)");
    }
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "OpenSim MOT/STO");
    if (name != null && !name.isEmpty()) {
      t.putMetadata("opensim.name", name);
    }
    header.forEach((k, v) -> t.putMetadata("opensim." + k, v));
    double nominal = n == 1 ? 1.0 : Double.NaN;
    Timestamps.Report rep = times.finish(nominal, 0.1);
    rep.putMetadata(t);
    t.startTimeS(rep.firstS());
    String deg = header.get("inDegrees");
    List<String> names = new ArrayList<>(labels.subList(1, cols));
    List<Unit> units = new ArrayList<>();
    for (String c : names) {
      units.add(unitOf(c, deg));
    }
    double[][] ch = new double[buf.length][];
    for (int c = 0; c < ch.length; c++) {
      ch[c] = buf[c].toArray();
    }
    if (ch.length > 0) {
      t.analog(MultiChannelSeries.of(SamplingRate.ofHz(rep.rateHz()), names, units, ch));
    }
    return t.build();
  }

  /** The unit of column {@code c} under the class doc's rules. */
  static Unit unitOf(String c, String inDegrees) {
    String s = c.toLowerCase(Locale.ROOT);
    if (s.matches(".*_force_v[xyz]$")) {
      return Unit.NEWTON;
    }
    if (s.matches(".*_force_p[xyz]$")) {
      return Unit.METRE;
    }
    if (s.matches(".*_torque_[xyz]$")) {
      return Unit.NEWTON_METRE;
    }
    if (inDegrees == null) {
      return Unit.UNSPECIFIED;
    }
    if (s.matches(".*_t[xyz](_[lr])?$")) {
      return Unit.METRE;
    }
    return inDegrees.trim().equalsIgnoreCase("yes") ? Unit.DEGREE : Unit.RADIAN;
  }
}

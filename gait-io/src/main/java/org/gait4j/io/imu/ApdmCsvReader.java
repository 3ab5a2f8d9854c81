package org.gait4j.io.imu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.BodyLocations;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.ImuAssembly;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.Frame;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;

/**
 * Reads APDM Opal CSV exports (Motion Studio / Mobility Lab), several sensors per file, in both
 * known layouts.
 *
 * <h2>Path-style header (older exports)</h2>
 *
 * <pre>
 * Test Name:,Pendulum Test 01
 * Sample Rate:,128,Hz
 * Time,Static/Acceleration/X,...,Static/Orientation/Scalar,...,Static/Temperature/Scalar,...
 * s,m/s^2,...,rad/s,...,uT,...,(blank),...,deg C,kPa                              (units row)
 * 0.007457625,0.102542184,...                                                   (data, Time in s)
 * </pre>
 *
 * Columns are {@code <label>/<quantity>/<axis>}; quantities {@code Acceleration} (m/s²),
 * {@code Angular Velocity} (rad/s), {@code Magnetic Field} (µT), {@code Orientation}
 * ({@code Scalar, X, Y, Z} quaternion), {@code Temperature} (°C), {@code Pressure} (kPa); the rate is
 * the {@code Sample Rate} row and the {@code Time} column is checked against it.
 *
 * <h2>Format=7 header</h2>
 *
 * <pre>
 * Format=7,5718,,,Lumbar,,,...,5778,,,Right Ankle,...        sensor id then label per block
 * Time,Accelerometer,,,Gyroscope,,,Magnetometer,,,Barometer,Orientation,,,,...   quantities
 * ,X,Y,Z,X,Y,Z,X,Y,Z,,S,X,Y,Z,...                              axes (S = quaternion scalar)
 * 1550879504438281,-9.982604,...                              data, Time in µs since 1970
 * </pre>
 *
 * A quantity name applies to the following empty cells of its row. The rate is estimated from the
 * median time interval; the first time (s since 1970) is {@link Trial#startTimeS()}.
 *
 * <h2>Model</h2>
 *
 * One {@link org.gait4j.model.ImuStream} per sensor in file order, in the sensor frame, with
 * acceleration in m/s², angular rate in rad/s and magnetic field in µT. Extra channels: the
 * orientation quaternion {@code orientation.w/x/y/z} (scalar first), temperature, pressure or
 * barometer (the Format=7 barometer is a raw number, unit unspecified). The sensor id is the label
 * (path style) or the serial (Format=7, label in metadata {@code apdm.sensor.<id>}); the location
 * comes from the label ({@code Lumbar} lower back, {@code Right Ankle} right shank, {@code Left
 * Foot}, {@code Chest} trunk, ...), {@link org.gait4j.model.BodyLocation#UNKNOWN} when it names
 * none (the pendulum's {@code Static/Upper/Middle/Lower}). Rows with a different field count, non
 * numbers and non-increasing times are {@link GaitFormatException}s at their line; empty cells are
 * NaN.
 *
 * <p>Stateless and thread-safe.
 */
public final class ApdmCsvReader implements TrialReader {

  /** An APDM CSV reader. */
  public ApdmCsvReader() {}

  @Override
  public String formatName() {
    return "APDM Opal CSV";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] l = Readers.headLines(head, 3);
    if (l.length == 0) {
      return Match.NO;
    }
    if (l[0].startsWith("Format=7,")) {
      return Match.YES;
    }
    if (l[0].startsWith("Test Name:,") && l.length > 1 && l[1].startsWith("Sample Rate:,")) {
      return Match.YES;
    }
    return Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      String first = in.next();
      if (first == null) {
        throw GaitFormatException.atLine(path, 1, "empty file");
      }
      Trial.Builder t = Trial.builder(Readers.fileName(path));
      t.putMetadata("format", "APDM Opal CSV");
      if (first.startsWith("Format=7")) {
        return format7(in, first, t);
      }
      if (first.startsWith("Test Name:")) {
        return pathStyle(in, first, t);
      }
      throw in.error("neither 'Format=7' nor 'Test Name:' on the first line");
    }
  }

  private static String need(TextLines in) throws IOException {
    String l = in.next();
    if (l == null) {
      throw GaitFormatException.atLine(in.file(), in.lineNumber() + 1, "file ends in the header");
    }
    return l;
  }

  private static Trial pathStyle(TextLines in, String first, Trial.Builder t) throws IOException {
    Path path = in.file();
    List<String> l1 = Fields.split(first, ',');
    if (l1.size() > 1) {
      t.putMetadata("apdm.testName", l1.get(1).trim());
    }
    List<String> l2 = Fields.split(need(in), ',');
    if (l2.size() < 2 || !l2.get(0).startsWith("Sample Rate")) {
      throw in.error("expected 'Sample Rate:,<Hz>,Hz' on line 2");
    }
    double rate = Fields.parseRequired(l2.get(1), path, in.lineNumber(), "Sample Rate");
    if (!(rate > 0) || rate > 1e6) {
      throw in.error("Sample Rate (" + rate + ") must be > 0");
    }
    List<String> names = Fields.split(need(in), ',');
    long nameLine = in.lineNumber();
    List<String> units = Fields.split(need(in), ',');
    int n = names.size();
    if (units.size() != n) {
      throw in.error("units row has " + units.size() + " fields, names row " + n);
    }
    if (!names.get(0).trim().equalsIgnoreCase("Time")) {
      throw GaitFormatException.atLine(path, nameLine, "first column must be 'Time'");
    }
    Map<String, ImuAssembly> sensors = new LinkedHashMap<>();
    DoubleBuffer[] buf = new DoubleBuffer[n];
    for (int c = 1; c < n; c++) {
      String[] p = names.get(c).trim().split("/");
      if (p.length != 3) {
        throw GaitFormatException.atLine(path, nameLine,
            "column '" + names.get(c) + "' is not <label>/<quantity>/<axis>");
      }
      ImuAssembly s = sensors.computeIfAbsent(p[0],
          k -> new ImuAssembly(k, BodyLocations.fromLabel(k)));
      buf[c] = route(s, p[1], p[2], unitOf(units.get(c)));
    }
    return data(in, t, n, buf, sensors, new Timestamps(path, "Time", 1.0), rate);
  }

  private static Trial format7(TextLines in, String first, Trial.Builder t) throws IOException {
    Path path = in.file();
    List<String> ids = Fields.split(first, ',');
    List<String> quantities = Fields.split(need(in), ',');
    List<String> axes = Fields.split(need(in), ',');
    long axisLine = in.lineNumber();
    int n = quantities.size();
    if (ids.size() != n || axes.size() != n) {
      throw in.error("header rows have " + ids.size() + ", " + n + " and " + axes.size()
          + " fields");
    }
    if (!quantities.get(0).trim().equalsIgnoreCase("Time")) {
      throw GaitFormatException.atLine(path, axisLine - 1, "first column must be 'Time'");
    }
    Map<String, ImuAssembly> sensors = new LinkedHashMap<>();
    DoubleBuffer[] buf = new DoubleBuffer[n];
    String[] owner = new String[n];
    Map<String, String> labels = new LinkedHashMap<>();
    String id = null;
    boolean expectLabel = false;
    for (int c = 1; c < n; c++) {
      String h = ids.get(c).trim();
      if (!h.isEmpty()) {
        if (expectLabel) {
          labels.put(id, h);
          expectLabel = false;
        } else {
          id = h;
          if (labels.containsKey(id)) {
            throw GaitFormatException.atLine(path, 1, "sensor " + id + " appears twice");
          }
          labels.put(id, "");
          expectLabel = true;
        }
      }
      if (id == null) {
        throw GaitFormatException.atLine(path, 1,
            "column " + (c + 1) + " belongs to no sensor (expected '<id>,,,<label>')");
      }
      owner[c] = id;
    }
    for (Map.Entry<String, String> e : labels.entrySet()) {
      sensors.put(e.getKey(), new ImuAssembly(e.getKey(), BodyLocations.fromLabel(e.getValue())));
      t.putMetadata("apdm.sensor." + e.getKey(), e.getValue());
    }
    String quantity = "";
    for (int c = 1; c < n; c++) {
      if (!quantities.get(c).trim().isEmpty()) {
        quantity = quantities.get(c).trim();
      }
      buf[c] = route(sensors.get(owner[c]), quantity, axes.get(c).trim(), null);
    }
    return data(in, t, n, buf, sensors, new Timestamps(path, "Time", 1e-6), Double.NaN);
  }

  private static Unit unitOf(String text) {
    String s = text.trim();
    if (s.equalsIgnoreCase("deg C")) {
      return Unit.DEGREE_CELSIUS;
    }
    try {
      return Unit.parse(s);
    } catch (IllegalArgumentException e) {
      return Unit.UNSPECIFIED;
    }
  }

  /** The buffer for one column; {@code unit} null means the quantity's default. */
  private static DoubleBuffer route(ImuAssembly s, String quantity, String axis, Unit unit) {
    String q = quantity.toLowerCase(Locale.ROOT);
    String a = axis.toLowerCase(Locale.ROOT);
    int ax = a.equals("x") ? 0 : a.equals("y") ? 1 : a.equals("z") ? 2 : -1;
    if (q.startsWith("acceleration") || q.startsWith("accelerometer")) {
      if (ax >= 0) {
        return s.axis(ImuAssembly.Quantity.ACC, ax, pick(unit, Unit.METRE_PER_SECOND_SQUARED));
      }
    } else if (q.startsWith("angular velocity") || q.startsWith("gyroscope")) {
      if (ax >= 0) {
        return s.axis(ImuAssembly.Quantity.GYR, ax, pick(unit, Unit.RADIAN_PER_SECOND));
      }
    } else if (q.startsWith("magnetic field") || q.startsWith("magnetometer")) {
      if (ax >= 0) {
        return s.axis(ImuAssembly.Quantity.MAG, ax, pick(unit, Unit.MICROTESLA));
      }
    } else if (q.startsWith("orientation")) {
      String c = a.equals("scalar") || a.equals("s") ? "w" : a;
      return s.extra("orientation." + c, Unit.DIMENSIONLESS);
    } else if (q.startsWith("temperature")) {
      return s.extra("temperature", pick(unit, Unit.DEGREE_CELSIUS));
    } else if (q.startsWith("pressure")) {
      return s.extra("pressure", pick(unit, Unit.KILOPASCAL));
    }
    String name = q.replace(' ', '_') + (a.isEmpty() || a.equals("scalar") ? "" : "." + a);
    return s.extra(name, unit == null ? Unit.UNSPECIFIED : unit);
  }

  private static Unit pick(Unit given, Unit dflt) {
    return given == null || given == Unit.UNSPECIFIED ? dflt : given;
  }

  private static Trial data(TextLines in, Trial.Builder t, int n, DoubleBuffer[] buf,
      Map<String, ImuAssembly> sensors, Timestamps times, double rate) throws IOException {
    Path path = in.file();
    long headerEnd = in.lineNumber();
    List<String> f = new ArrayList<>(n);
    String line;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      if (Fields.split(line, ',', f) != n) {
        throw in.error("expected " + n + " fields, found " + f.size());
      }
      times.add(Fields.parse(f.get(0), path, ln, "Time"), ln);
      for (int c = 1; c < n; c++) {
        buf[c].add(Fields.parse(f.get(c), path, ln, "column " + (c + 1)));
      }
    }
    if (times.size() == 0) {
      throw GaitFormatException.atLine(path, headerEnd, "no data rows");
    }
    Timestamps.Report rep = times.finish(rate,
        0.1);
    rep.putMetadata(t);
    t.startTimeS(rep.firstS());
    SamplingRate sr = SamplingRate.ofHz(rep.rateHz());
    List<org.gait4j.model.MultiChannelSeries> orphans = new ArrayList<>();
    for (ImuAssembly s : sensors.values()) {
      if (s.hasMotion()) {
        t.addImu(s.build(sr, Frame.SENSOR));
      } else {
        orphans.add(s.extrasOnly(sr));
      }
    }
    if (!orphans.isEmpty()) {
      List<org.gait4j.model.ScalarSeries> all = new ArrayList<>();
      for (var m : orphans) {
        for (int c = 0; c < m.channelCount(); c++) {
          all.add(m.channel(c));
        }
      }
      if (!all.isEmpty()) {
        t.analog(org.gait4j.model.MultiChannelSeries.of(all));
      }
    }
    return t.build();
  }
}

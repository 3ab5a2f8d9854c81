package org.gait4j.io.pressure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Header;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.Annotation;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.InsoleCell;
import org.gait4j.model.InsoleRecording;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads the text export of the Moticon OpenGo software (sensor insoles): per foot the pressure
 * cells, the insole IMU, the total force and the centre of pressure, plus the step-event channels.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * # Start time: 27.09.2023 10:21:14.922      header lines "# key: value" (kept as metadata
 * # Sensor insoles: Left SN5968, Right SN9171  under "moticon.key")
 * # Size: 7
 * # time  left pressure 1[N/cm²] ... right steps[]  left steps[]     column line (tab separated)
 * 0.00    ...                                                      data rows, tab separated
 * </pre>
 *
 * Columns are found by name, case-insensitively, so exports with more or fewer channels read:
 * {@code left|right pressure k} (any number of cells), {@code acceleration X/Y/Z} [g],
 * {@code angular X/Y/Z} [dps], {@code total force} [N], {@code center of pressure X/Y}
 * [-0.5...+0.5]; event channels {@code left|right steps} and, in live recordings,
 * {@code Left|Right Events label} with {@code Left|Right Events}. Any other column (for example
 * {@code left COP velocity}) becomes a channel of {@link Trial#analog()}.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>One {@link InsoleRecording} per side that has pressure columns: cells labelled
 *       {@code "1".."16"} with unknown positions (NaN: the export does not carry the insole map)
 *       and area 0; pressure in N/cm²; total force in N; centre of pressure as a
 *       {@link Unit#DIMENSIONLESS} vector (x across, y along the insole, normalised to insole
 *       width and length, z = 0, {@link Frame#SENSOR}); the IMU at
 *       {@link BodyLocation#LEFT_FOOT}/{@code RIGHT_FOOT} with acceleration converted from g to
 *       m/s² (9.80665) and angular rate in deg/s. The sensor id is the insole's serial from the
 *       header when given.
 *   <li>Empty cells are NaN (the insole had no data, e.g. the left insole before it connected).
 *       The software writes a centre of pressure of exactly (0, 0) when the load is too low to
 *       compute one; such samples become NaN too.
 *   <li>Step channels hold a code on the event sample only: 11 left heel strike, 15 left toe off,
 *       21 right heel strike, 25 right toe off. Each becomes an {@link Annotation} (label the code,
 *       context the column name, time from the time column) and a stored {@link GaitEvent}
 *       ({@code INITIAL_CONTACT} / {@code TOE_OFF}) at its row index. Manual event channels
 *       ({@code Events label} + {@code Events}) become annotations labelled {@code "<label>
 *       <value>"}; value 1 (heel strike) maps to {@code INITIAL_CONTACT} and 2 (total-force
 *       minimum at mid-stance) to {@code MID_STANCE}. Stored events are the vendor software's
 *       output: data to compare with, not a detection.
 *   <li>The rate is estimated from the time column (100 Hz in OpenGo exports); the first time is
 *       {@link Trial#startTimeS()}; irregular intervals are reported in {@code timing.*} metadata.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * A missing {@code # time} column line, a data row with a different number of fields than the
 * column line, a non-number, a missing or non-increasing time, an unknown step code text, or no
 * data rows: {@link GaitFormatException} at the line.
 *
 * <p>Stateless and thread-safe.
 */
public final class MoticonTextReader implements TrialReader {

  /** A reader of Moticon OpenGo text exports. */
  public MoticonTextReader() {}

  @Override
  public String formatName() {
    return "Moticon OpenGo text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    for (String l : Readers.headLines(head, 40)) {
      if (l.startsWith("# time\t") && l.toLowerCase(Locale.ROOT).contains("pressure 1[")) {
        return Match.YES;
      }
      if (!l.startsWith("#")) {
        return Match.NO;
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

  private static final String[] SIDES = {"left", "right"};

  private Trial read(TextLines in) throws IOException {
    Path path = in.file();
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "Moticon OpenGo text");
    Map<String, String> serials = new HashMap<>();
    String line;
    List<String> columns = null;
    while ((line = in.next()) != null) {
      if (!line.startsWith("#")) {
        throw in.error("expected a '# time' column line before the data");
      }
      String h = line.substring(1).trim();
      if (h.startsWith("time\t") || h.equals("time")) {
        columns = Fields.split(h, '\t');
        break;
      }
      int colon = h.indexOf(':');
      if (colon > 0) {
        String key = h.substring(0, colon).trim();
        String value = h.substring(colon + 1).trim();
        t.putMetadata("moticon." + key, value);
        if (key.equalsIgnoreCase("Sensor insoles")) {
          for (String part : value.split(",")) {
            String[] kv = part.trim().split("\\s+", 2);
            if (kv.length == 2) {
              serials.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
            }
          }
        }
      }
    }
    if (columns == null) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()),
          "no '# time' column line");
    }
    long columnLine = in.lineNumber();
    int nCol = columns.size();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < nCol; c++) {
      String name = Header.name(columns.get(c)).toLowerCase(Locale.ROOT);
      if (index.putIfAbsent(name, c) != null) {
        throw GaitFormatException.atLine(path, columnLine, "column '" + name + "' appears twice");
      }
    }
    // Roles of the columns.
    int[] role = new int[nCol]; // 0 other numeric, 1 used by an insole, 2 event, 3 label
    role[0] = 1;
    SideColumns[] sides = new SideColumns[2];
    for (int s = 0; s < 2; s++) {
      sides[s] = SideColumns.find(SIDES[s], index, role);
    }
    int[] stepCol = new int[2];
    int[] eventCol = new int[2];
    int[] labelCol = new int[2];
    for (int s = 0; s < 2; s++) {
      stepCol[s] = mark(index, SIDES[s] + " steps", role, 2);
      eventCol[s] = mark(index, SIDES[s] + " events", role, 2);
      labelCol[s] = mark(index, SIDES[s] + " events label", role, 3);
    }
    List<Integer> others = new ArrayList<>();
    DoubleBuffer[] otherBuf = new DoubleBuffer[nCol];
    for (int c = 1; c < nCol; c++) {
      if (role[c] == 0) {
        others.add(c);
        otherBuf[c] = new DoubleBuffer(1024);
      }
    }
    DoubleBuffer[] buf = new DoubleBuffer[nCol];
    for (int c = 1; c < nCol; c++) {
      if (role[c] == 1) {
        buf[c] = new DoubleBuffer(1024);
      }
    }
    Timestamps times = new Timestamps(path, "time", 1.0);
    List<String> f = new ArrayList<>(nCol);
    List<GaitEvent> events = new ArrayList<>();
    List<Annotation> annotations = new ArrayList<>();
    int row = 0;
    while ((line = in.next()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      long ln = in.lineNumber();
      if (Fields.split(line, '\t', f) != nCol) {
        throw in.error("expected " + nCol + " tab-separated fields, found " + f.size());
      }
      double time = Fields.parse(f.get(0), path, ln, "time");
      times.add(time, ln);
      for (int c = 1; c < nCol; c++) {
        if (buf[c] != null) {
          buf[c].add(Fields.parse(f.get(c), path, ln, columns.get(c)));
        } else if (otherBuf[c] != null) {
          otherBuf[c].add(Fields.parse(f.get(c), path, ln, columns.get(c)));
        }
      }
      for (int s = 0; s < 2; s++) {
        Side side = s == 0 ? Side.LEFT : Side.RIGHT;
        if (stepCol[s] >= 0 && !f.get(stepCol[s]).isBlank()) {
          int code = code(f.get(stepCol[s]), path, ln, columns.get(stepCol[s]));
          annotations.add(new Annotation(Integer.toString(code),
              Header.name(columns.get(stepCol[s])), time));
          GaitEventType type = code % 10 == 1 ? GaitEventType.INITIAL_CONTACT
              : code % 10 == 5 ? GaitEventType.TOE_OFF : null;
          Side codeSide = code / 10 == 1 ? Side.LEFT : code / 10 == 2 ? Side.RIGHT : null;
          if (type != null && codeSide != null) {
            events.add(new GaitEvent(type, codeSide, row));
          }
        }
        if (eventCol[s] >= 0 && !f.get(eventCol[s]).isBlank()) {
          int code = code(f.get(eventCol[s]), path, ln, columns.get(eventCol[s]));
          String label = labelCol[s] >= 0 ? f.get(labelCol[s]).trim() : "Event";
          annotations.add(new Annotation(label + " " + code,
              Header.name(columns.get(eventCol[s])), time));
          if (code == 1) {
            events.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, row));
          } else if (code == 2) {
            events.add(new GaitEvent(GaitEventType.MID_STANCE, side, row));
          }
        }
      }
      row++;
    }
    if (row == 0) {
      throw GaitFormatException.atLine(path, columnLine, "no data rows");
    }
    Timestamps.Report rep = times.finish(Double.NaN, 0.1);
    rep.putMetadata(t);
    t.startTimeS(rep.firstS());
    SamplingRate rate = SamplingRate.ofHz(rep.rateHz());
    for (int s = 0; s < 2; s++) {
      if (sides[s] != null) {
        t.addInsole(sides[s].build(s == 0 ? Side.LEFT : Side.RIGHT, rate, buf,
            Optional.ofNullable(serials.get(SIDES[s]))));
      }
    }
    if (!others.isEmpty()) {
      List<String> names = new ArrayList<>();
      List<Unit> units = new ArrayList<>();
      double[][] ch = new double[others.size()][];
      for (int i = 0; i < ch.length; i++) {
        int c = others.get(i);
        names.add(Header.name(columns.get(c)));
        units.add(Header.unit(columns.get(c)));
        ch[i] = otherBuf[c].toArray();
      }
      t.analog(MultiChannelSeries.of(rate, names, units, ch));
    }
    annotations.forEach(t::addAnnotation);
    if (stepCol[0] >= 0 || stepCol[1] >= 0 || eventCol[0] >= 0 || eventCol[1] >= 0) {
      t.storedEvents(GaitEvents.of(rate, events));
    }
    return t.build();
  }

  private static int mark(Map<String, Integer> index, String name, int[] role, int r) {
    Integer c = index.get(name);
    if (c == null) {
      return -1;
    }
    role[c] = r;
    return c;
  }

  private static int code(String cell, Path path, long line, String column)
      throws GaitFormatException {
    double v = Fields.parseRequired(cell, path, line, column);
    if (v != Math.rint(v) || Math.abs(v) > 1000) {
      throw GaitFormatException.atLine(path, line,
          "column '" + column + "': event code '" + cell.trim() + "' is not a whole number");
    }
    return (int) v;
  }

  /** Column indices of one side; -1 where absent. */
  private static final class SideColumns {
    final String side;
    final int[] pressure;
    final int[] acc = new int[3];
    final int[] gyr = new int[3];
    int force;
    int copX;
    int copY;

    private SideColumns(String side, int[] pressure) {
      this.side = side;
      this.pressure = pressure;
    }

    static SideColumns find(String side, Map<String, Integer> index, int[] role) {
      List<Integer> p = new ArrayList<>();
      for (int k = 1; index.containsKey(side + " pressure " + k); k++) {
        p.add(index.get(side + " pressure " + k));
      }
      if (p.isEmpty()) {
        return null;
      }
      int[] pa = p.stream().mapToInt(Integer::intValue).toArray();
      SideColumns s = new SideColumns(side, pa);
      for (int c : pa) {
        role[c] = 1;
      }
      String[] ax = {"x", "y", "z"};
      for (int a = 0; a < 3; a++) {
        s.acc[a] = mark(index, side + " acceleration " + ax[a], role, 1);
        s.gyr[a] = mark(index, side + " angular " + ax[a], role, 1);
      }
      s.force = mark(index, side + " total force", role, 1);
      s.copX = mark(index, side + " center of pressure x", role, 1);
      s.copY = mark(index, side + " center of pressure y", role, 1);
      return s;
    }

    InsoleRecording build(Side sd, SamplingRate rate, DoubleBuffer[] buf,
        Optional<String> serial) {
      List<InsoleCell> cells = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Unit> units = new ArrayList<>();
      double[][] ch = new double[pressure.length][];
      for (int k = 0; k < pressure.length; k++) {
        cells.add(new InsoleCell(Integer.toString(k + 1), Double.NaN, Double.NaN, 0));
        names.add(side + " pressure " + (k + 1));
        units.add(Unit.NEWTON_PER_SQUARE_CENTIMETRE);
        ch[k] = buf[pressure[k]].toArray();
      }
      MultiChannelSeries p = MultiChannelSeries.of(rate, names, units, ch);
      Optional<ScalarSeries> total = force >= 0
          ? Optional.of(ScalarSeries.of(side + " total force", rate, Unit.NEWTON,
              buf[force].toArray()))
          : Optional.empty();
      Optional<Vector3Series> cop = Optional.empty();
      if (copX >= 0 && copY >= 0) {
        double[] x = buf[copX].toArray();
        double[] y = buf[copY].toArray();
        for (int i = 0; i < x.length; i++) {
          if (x[i] == 0 && y[i] == 0) {
            x[i] = Double.NaN;
            y[i] = Double.NaN;
          }
        }
        cop = Optional.of(Vector3Series.of(side + " center of pressure", rate,
            Unit.DIMENSIONLESS, Frame.SENSOR, x, y, new double[x.length]));
      }
      Optional<ImuStream> imu = Optional.empty();
      boolean hasAcc = acc[0] >= 0 && acc[1] >= 0 && acc[2] >= 0;
      boolean hasGyr = gyr[0] >= 0 && gyr[1] >= 0 && gyr[2] >= 0;
      if (hasAcc || hasGyr) {
        ImuStream.Builder b = ImuStream.builder(side + " insole" + serial.map(v -> " " + v)
            .orElse(""), BodyLocation.foot(sd));
        if (hasAcc) {
          b.accelerometer(Vector3Series.of(side + " acceleration", rate, Unit.STANDARD_GRAVITY,
              Frame.SENSOR, buf[acc[0]].toArray(), buf[acc[1]].toArray(),
              buf[acc[2]].toArray()).inUnit(Unit.METRE_PER_SECOND_SQUARED));
        }
        if (hasGyr) {
          b.gyroscope(Vector3Series.of(side + " angular", rate, Unit.DEGREE_PER_SECOND,
              Frame.SENSOR, buf[gyr[0]].toArray(), buf[gyr[1]].toArray(),
              buf[gyr[2]].toArray()));
        }
        imu = Optional.of(b.build());
      }
      return InsoleRecording.of(sd, cells, p, total, cop, imu);
    }
  }
}

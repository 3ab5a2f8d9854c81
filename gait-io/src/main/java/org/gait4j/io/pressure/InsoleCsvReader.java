package org.gait4j.io.pressure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.Frame;
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
 * Reads the generic insole CSV: any pressure insole with N cells at known positions, for devices
 * whose vendor format has no reader of its own (convert once to this layout, then every gait4j
 * tool reads it).
 *
 * <h2>Layout (version 1)</h2>
 *
 * <pre>
 * # gait4j insole CSV v1                     signature, the first line exactly (case ignored)
 * # side=left                                left, right or both
 * # rateHz=100                               optional when a time column is present
 * # unit=kPa                                 pressure unit: kPa, Pa, N/cm2 (N/cm²) or N
 * # cell,heel_m,25.0,20.0,150                cell, label, x mm, y mm[, area mm²]
 * # cell,heel_l,45.0,22.0,150                  (one line per cell, in any order)
 * # any other comment                        lines "# text" without '=' are ignored
 * time,heel_m,heel_l,force,cop_x,cop_y       the column line
 * 0.00,12.5,3.0,310.2,34.1,51.0              one row per sample, comma separated
 * </pre>
 *
 * <ul>
 *   <li>Header lines are {@code # key=value} (keys {@code side}, {@code rateHz}, {@code unit},
 *       case-insensitive; each at most once; any other key is kept as metadata under
 *       {@code insole.<key>}) and {@code # cell,...} lines. Cell positions are in the insole's
 *       own frame (x medio-lateral, y posterior to anterior, millimetres; the origin is the
 *       maker's) and are stored in metres in {@link InsoleCell}; the area (mm², stored in m²) is
 *       optional, 0 when unknown.
 *   <li>The column line names {@code time} (seconds, optional, first or anywhere), one column per
 *       declared cell by its label, and optionally {@code force} (total normal force, N) and
 *       {@code cop_x}, {@code cop_y} (centre of pressure, mm, insole frame). Column order is
 *       free; every declared cell must have exactly one column and every column must be known.
 *   <li><b>Both feet in one file</b> ({@code side=both}): every cell label and every force/COP
 *       column carries an {@code L_} or {@code R_} prefix ({@code # cell,L_heel,...},
 *       {@code L_force}, {@code R_cop_x}); the prefix picks the insole and is removed from the
 *       cell label. One file per foot ({@code side=left|right}) uses labels without prefix.
 *   <li>Empty cells and {@code NaN} are missing samples (NaN).
 * </ul>
 *
 * <h2>Model</h2>
 *
 * One {@link InsoleRecording} per side, cells in declaration order, pressure in the stated unit
 * ({@code N} means a per-cell force), total force in N, the centre of pressure as a
 * {@link Unit#MILLIMETRE} vector in {@link Frame#SENSOR} with z = 0. With {@code rateHz} the
 * series use it and a time column is checked against it (irregular intervals beyond 10 % are
 * reported in {@code timing.*} metadata); with a time column only, the rate is the inverse of the
 * median interval. The first time is {@link Trial#startTimeS()}.
 *
 * <h2>Errors</h2>
 *
 * {@link GaitFormatException#atLine} naming the line and the problem for: a missing signature, an
 * unknown side or unit, a rate that is not a positive finite number, a key given twice, a
 * malformed cell line (field count, non-number, negative area, label repeated or without the
 * {@code L_}/{@code R_} prefix in a two-sided file), more than {@value #MAX_CELLS} cells, no
 * cells, a missing column line, a declared cell without a column, an unknown or repeated column,
 * a data row with another field count, a non-number, a missing or non-increasing time, no time
 * column and no rate, or no data rows.
 *
 * <p>Stateless and thread-safe.
 */
public final class InsoleCsvReader implements TrialReader {
  /** The signature: the first line, compared ignoring case and surrounding blanks. */
  public static final String SIGNATURE = "# gait4j insole CSV v1";

  /** The most cells one file may declare. */
  public static final int MAX_CELLS = 4096;

  /** A reader of the generic insole CSV. */
  public InsoleCsvReader() {}

  @Override
  public String formatName() {
    return "Insole CSV";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] lines = Readers.headLines(head, 1);
    return lines.length == 1 && isSignature(lines[0]) ? Match.YES : Match.NO;
  }

  private static boolean isSignature(String line) {
    return line.trim().equalsIgnoreCase(SIGNATURE);
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      return read(in);
    }
  }

  /** What the header says about one declared cell. */
  private record CellSpec(int side, String label, InsoleCell cell, long line) {}

  private Trial read(TextLines in) throws IOException {
    Path path = in.file();
    String line = in.next();
    if (line == null || !isSignature(line)) {
      throw GaitFormatException.atLine(path, 1,
          "the first line must be the signature '" + SIGNATURE + "'");
    }
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "Insole CSV");
    Map<String, String> keys = new LinkedHashMap<>();
    Map<String, Long> keyLines = new HashMap<>();
    List<CellSpec> cells = new ArrayList<>();
    Map<String, Long> declared = new HashMap<>();
    List<String> columns = null;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith("#")) {
        columns = Fields.split(line, ',');
        break;
      }
      String h = line.substring(1).trim();
      if (h.toLowerCase(Locale.ROOT).startsWith("cell,")) {
        if (cells.size() == MAX_CELLS) {
          throw in.error("more than " + MAX_CELLS + " cells");
        }
        cells.add(cell(in, h, declared));
        continue;
      }
      int eq = h.indexOf('=');
      if (eq <= 0) {
        continue; // free comment
      }
      String key = h.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(eq + 1).trim();
      if (keys.putIfAbsent(key, value) != null) {
        throw in.error("key '" + key + "' given twice (first on line " + keyLines.get(key)
            + ")");
      }
      keyLines.put(key, in.lineNumber());
      if (!key.equals("side") && !key.equals("ratehz") && !key.equals("unit")) {
        t.putMetadata("insole." + h.substring(0, eq).trim(), value);
      }
    }
    if (columns == null) {
      throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()),
          "no column line after the header");
    }
    long columnLine = in.lineNumber();
    boolean both = parseSide(keys.get("side"), path,
        keyLines.getOrDefault("side", columnLine), cells);
    Unit unit = parseUnit(keys.get("unit"), path, keyLines.getOrDefault("unit", columnLine));
    double statedHz = parseRate(keys.get("ratehz"), path,
        keyLines.getOrDefault("ratehz", columnLine));
    if (cells.isEmpty()) {
      throw GaitFormatException.atLine(path, columnLine, "no '# cell,label,x_mm,y_mm' lines");
    }
    // Column roles: cell index, or TIME / FORCE / COP_X / COP_Y per side.
    int nCol = columns.size();
    int[] cellOfColumn = new int[nCol];
    java.util.Arrays.fill(cellOfColumn, -1);
    int timeCol = -1;
    int[][] extraCol = {{-1, -1, -1}, {-1, -1, -1}}; // [side][force, cop_x, cop_y]
    Map<String, Integer> cellIndex = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      cellIndex.put(columnName(cells.get(i), both), i);
    }
    Map<String, Integer> seen = new HashMap<>();
    String[] extras = {"force", "cop_x", "cop_y"};
    for (int c = 0; c < nCol; c++) {
      String name = columns.get(c).trim();
      if (seen.putIfAbsent(name, c) != null) {
        throw GaitFormatException.atLine(path, columnLine, "column '" + name + "' appears twice");
      }
      Integer ci = cellIndex.get(name);
      if (ci != null) {
        cellOfColumn[c] = ci;
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("time")) {
        timeCol = c;
        continue;
      }
      int side = 0;
      String rest = lower;
      if (both && (lower.startsWith("l_") || lower.startsWith("r_"))) {
        side = lower.charAt(0) == 'l' ? 0 : 1;
        rest = lower.substring(2);
      }
      int e = List.of(extras).indexOf(rest);
      if (e < 0 || both == rest.equals(lower)) {
        throw GaitFormatException.atLine(path, columnLine, "unknown column '" + name
            + "' (expected time, the declared cells, "
            + (both ? "L_/R_force, L_/R_cop_x, L_/R_cop_y" : "force, cop_x, cop_y") + ")");
      }
      extraCol[side][e] = c;
    }
    int[] columnOfCell = new int[cells.size()];
    java.util.Arrays.fill(columnOfCell, -1);
    for (int c = 0; c < nCol; c++) {
      if (cellOfColumn[c] >= 0) {
        columnOfCell[cellOfColumn[c]] = c;
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      if (columnOfCell[i] < 0) {
        throw GaitFormatException.atLine(path, columnLine, "cell '"
            + columnName(cells.get(i), both) + "' (declared on line " + cells.get(i).line()
            + ") has no column");
      }
    }
    for (int s = 0; s < 2; s++) {
      if ((extraCol[s][1] >= 0) != (extraCol[s][2] >= 0)) {
        throw GaitFormatException.atLine(path, columnLine,
            "cop_x and cop_y must be given together");
      }
    }
    if (timeCol < 0 && Double.isNaN(statedHz)) {
      throw GaitFormatException.atLine(path, columnLine,
          "no time column and no '# rateHz=' line: the sampling rate is unknown");
    }
    // Stream the rows.
    DoubleBuffer[] buf = new DoubleBuffer[nCol];
    for (int c = 0; c < nCol; c++) {
      if (c != timeCol) {
        buf[c] = new DoubleBuffer(1024);
      }
    }
    Timestamps times = timeCol >= 0 ? new Timestamps(path, "time", 1.0) : null;
    List<String> f = new ArrayList<>(nCol);
    int rows = 0;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      if (Fields.split(line, ',', f) != nCol) {
        throw in.error("expected " + nCol + " comma-separated fields, found " + f.size());
      }
      for (int c = 0; c < nCol; c++) {
        double v = Fields.parse(f.get(c), path, ln, columns.get(c).trim());
        if (c == timeCol) {
          times.add(v, ln);
        } else {
          buf[c].add(v);
        }
      }
      rows++;
    }
    if (rows == 0) {
      throw GaitFormatException.atLine(path, columnLine, "no data rows");
    }
    double hz = statedHz;
    if (times != null) {
      Timestamps.Report rep = times.finish(statedHz, 0.1);
      rep.putMetadata(t);
      t.startTimeS(rep.firstS());
      hz = rep.rateHz();
    } else {
      t.putMetadata("timing.rateHz", Double.toString(hz));
      t.putMetadata("timing.rateSource", "stated");
    }
    SamplingRate rate = SamplingRate.ofHz(hz);
    for (int s = 0; s < 2; s++) {
      List<Integer> mine = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).side() == s) {
          mine.add(i);
        }
      }
      if (mine.isEmpty()) {
        continue;
      }
      Side side = s == 0 ? Side.LEFT : Side.RIGHT;
      String prefix = side.name().toLowerCase(Locale.ROOT);
      List<InsoleCell> ic = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Unit> units = new ArrayList<>();
      double[][] ch = new double[mine.size()][];
      for (int k = 0; k < ch.length; k++) {
        CellSpec cs = cells.get(mine.get(k));
        ic.add(cs.cell());
        names.add(prefix + " " + cs.label());
        units.add(unit);
        ch[k] = buf[columnOfCell[mine.get(k)]].take();
      }
      Optional<ScalarSeries> force = extraCol[s][0] < 0 ? Optional.empty()
          : Optional.of(ScalarSeries.of(prefix + " total force", rate, Unit.NEWTON,
              buf[extraCol[s][0]].take()));
      Optional<Vector3Series> cop = Optional.empty();
      if (extraCol[s][1] >= 0) {
        double[] x = buf[extraCol[s][1]].take();
        cop = Optional.of(Vector3Series.of(prefix + " centre of pressure", rate,
            Unit.MILLIMETRE, Frame.SENSOR, x, buf[extraCol[s][2]].take(),
            new double[x.length]));
      }
      t.addInsole(InsoleRecording.of(side, ic, MultiChannelSeries.of(rate, names, units, ch),
          force, cop, Optional.empty()));
    }
    return t.build();
  }

  private static String columnName(CellSpec c, boolean both) {
    return both ? (c.side() == 0 ? "L_" : "R_") + c.label() : c.label();
  }

  /** Parses {@code cell,label,x_mm,y_mm[,area_mm2]}; the side is settled later. */
  private static CellSpec cell(TextLines in, String h, Map<String, Long> declared)
      throws GaitFormatException {
    Path path = in.file();
    long ln = in.lineNumber();
    List<String> p = Fields.split(h, ',');
    if (p.size() != 4 && p.size() != 5) {
      throw in.error("a cell line is '# cell,label,x_mm,y_mm[,area_mm2]', found "
          + p.size() + " fields");
    }
    String label = p.get(1).trim();
    if (label.isEmpty()) {
      throw in.error("empty cell label");
    }
    Long before = declared.putIfAbsent(label, ln);
    if (before != null) {
      throw in.error("cell '" + label + "' already declared on line " + before);
    }
    double x = Fields.parseRequired(p.get(2), path, ln, "x_mm of cell " + label);
    double y = Fields.parseRequired(p.get(3), path, ln, "y_mm of cell " + label);
    double area = p.size() == 5 ? Fields.parseRequired(p.get(4), path, ln,
        "area_mm2 of cell " + label) : 0;
    if (area < 0) {
      throw in.error("area_mm2 of cell " + label + " (" + p.get(4).trim()
          + ") must not be negative");
    }
    // Side -1: not yet known (set by parseSide).
    return new CellSpec(-1, label, new InsoleCell(label, x / 1e3, y / 1e3, area / 1e6), ln);
  }

  /**
   * Settles the side of every cell (replacing the specs in {@code cells}); true for a two-sided
   * file.
   */
  private static boolean parseSide(String v, Path path, long line, List<CellSpec> cells)
      throws GaitFormatException {
    if (v == null) {
      throw GaitFormatException.atLine(path, line, "no '# side=left|right|both' line");
    }
    String s = v.toLowerCase(Locale.ROOT);
    boolean both = s.equals("both");
    if (!both && !s.equals("left") && !s.equals("right")) {
      throw GaitFormatException.atLine(path, line,
          "side '" + v + "' is not left, right or both");
    }
    for (int i = 0; i < cells.size(); i++) {
      CellSpec c = cells.get(i);
      int side = s.equals("left") ? 0 : 1;
      String label = c.label();
      if (both) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (label.length() < 3 || !(lower.startsWith("l_") || lower.startsWith("r_"))) {
          throw GaitFormatException.atLine(path, c.line(), "cell '" + label
              + "': in a file with side=both every cell label starts with L_ or R_");
        }
        side = lower.charAt(0) == 'l' ? 0 : 1;
        label = label.substring(2);
      }
      InsoleCell ic = c.cell();
      cells.set(i, new CellSpec(side, label,
          new InsoleCell(label, ic.xM(), ic.yM(), ic.areaM2()), c.line()));
    }
    return both;
  }

  private static Unit parseUnit(String v, Path path, long line) throws GaitFormatException {
    if (v == null) {
      throw GaitFormatException.atLine(path, line, "no '# unit=' line (kPa, Pa, N/cm2 or N)");
    }
    String k = v.trim();
    switch (k.toLowerCase(Locale.ROOT)) {
      case "kpa":
        return Unit.KILOPASCAL;
      case "pa":
        return Unit.PASCAL;
      case "n/cm2":
      case "n/cm²":
        return Unit.NEWTON_PER_SQUARE_CENTIMETRE;
      case "n":
        return Unit.NEWTON;
      default:
        throw GaitFormatException.atLine(path, line,
            "unit '" + k + "' is not kPa, Pa, N/cm2 or N");
    }
  }

  private static double parseRate(String v, Path path, long line) throws GaitFormatException {
    if (v == null) {
      return Double.NaN;
    }
    double hz;
    try {
      hz = Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw GaitFormatException.atLine(path, line, "rateHz '" + v + "' is not a number", e);
    }
    if (!(hz > 0) || !Double.isFinite(hz) || hz > 1e6) {
      throw GaitFormatException.atLine(path, line,
          "rateHz (" + v + ") must be a positive number up to 1e6");
    }
    return hz;
  }
}

package org.gait4j.io.pressure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.WalkwayRecording;

/**
 * Reads pressure walkway or mat frame sequences in gait4j's simple CSV layout, one frame per
 * line.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * # gait4j walkway frames
 * # rows=4                 cells across the walkway (y)
 * # columns=6              cells along the walkway (x)
 * # cellWidthMm=12.7       cell size along the walkway
 * # cellLengthMm=12.7      cell size across the walkway
 * # rateHz=100
 * # unit=kPa               any unit Unit.parse knows (kPa, N/cm², N, ...); optional
 * 0,0,0,1.5,2.0,...        frame index, then rows x columns values, row-major
 * 1,...
 * </pre>
 *
 * The first line must be {@code # gait4j walkway frames}. Frame indices start at 0 and increase
 * by one (a skipped or repeated index is an error: frames at mixed rates cannot be one
 * recording). Empty cells are NaN. The grid is stored as floats, so a 3 m × 0.6 m walkway at
 * 1.27 cm and 100 Hz costs about 45 KB per frame; the header's grid size is checked before any
 * allocation ({@code rows * columns <= 10^7}) and frames are appended as they stream.
 *
 * <p>Errors: missing or invalid header keys, wrong field count, non-numbers, bad frame indices, no
 * frames: {@link GaitFormatException} at the line. Stateless and thread-safe.
 */
public final class WalkwayFramesReader implements TrialReader {
  /** The first line of every file. */
  public static final String SIGNATURE = "# gait4j walkway frames";

  /** A walkway frame reader. */
  public WalkwayFramesReader() {}

  @Override
  public String formatName() {
    return "Walkway frames CSV";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] l = Readers.headLines(head, 1);
    return l.length > 0 && l[0].trim().equals(SIGNATURE) ? Match.YES : Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      String line = in.next();
      if (line == null || !line.trim().equals(SIGNATURE)) {
        throw GaitFormatException.atLine(path, 1, "first line must be '" + SIGNATURE + "'");
      }
      Map<String, String> h = new HashMap<>();
      while ((line = in.next()) != null && line.startsWith("#")) {
        String s = line.substring(1).trim();
        int eq = s.indexOf('=');
        if (eq > 0) {
          h.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
      }
      long hl = in.lineNumber();
      for (String k : List.of("rows", "columns", "cellWidthMm", "cellLengthMm", "rateHz")) {
        if (!h.containsKey(k)) {
          throw GaitFormatException.atLine(path, hl, "header key '" + k + "' is missing");
        }
      }
      int rows = Fields.parseCount(h.get("rows"), path, hl, "rows", 100_000);
      int cols = Fields.parseCount(h.get("columns"), path, hl, "columns", 100_000);
      if (rows == 0 || cols == 0 || (long) rows * cols > 10_000_000L) {
        throw GaitFormatException.atLine(path, hl, "grid " + rows + " x " + cols
            + " must be non-empty and at most 10^7 cells");
      }
      double w = positive(h.get("cellWidthMm"), path, hl, "cellWidthMm");
      double l = positive(h.get("cellLengthMm"), path, hl, "cellLengthMm");
      double rate = positive(h.get("rateHz"), path, hl, "rateHz");
      Unit unit = Unit.UNSPECIFIED;
      if (h.containsKey("unit")) {
        try {
          unit = Unit.parse(h.get("unit"));
        } catch (IllegalArgumentException e) {
          throw GaitFormatException.atLine(path, hl, "unknown unit '" + h.get("unit") + "'");
        }
      }
      int cells = rows * cols;
      DoubleBuffer values = new DoubleBuffer(cells);
      List<String> f = new ArrayList<>(cells + 1);
      int frame = 0;
      for (; line != null; line = in.next()) {
        if (line.isBlank()) {
          continue;
        }
        long ln = in.lineNumber();
        if (Fields.split(line, ',', f) != cells + 1) {
          throw in.error("expected frame index and " + cells + " values, found " + f.size()
              + " fields");
        }
        double idx = Fields.parseRequired(f.get(0), path, ln, "frame");
        if (idx != frame) {
          throw in.error("frame index " + f.get(0).trim() + " where " + frame + " was expected");
        }
        for (int c = 1; c <= cells; c++) {
          values.add(Fields.parse(f.get(c), path, ln, "cell " + (c - 1)));
        }
        frame++;
      }
      if (frame == 0) {
        throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()), "no frames");
      }
      float[] v = new float[values.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) values.get(i);
      }
      Trial.Builder t = Trial.builder(Readers.fileName(path));
      t.putMetadata("format", "Walkway frames CSV");
      t.walkway(WalkwayRecording.of(SamplingRate.ofHz(rate), rows, cols, w / 1000, l / 1000,
          unit, v));
      return t.build();
    }
  }

  private static double positive(String s, Path path, long line, String what)
      throws GaitFormatException {
    double v = Fields.parseRequired(s, path, line, what);
    if (!(v > 0) || v > 1e9) {
      throw GaitFormatException.atLine(path, line, what + " (" + s + ") must be > 0");
    }
    return v;
  }
}

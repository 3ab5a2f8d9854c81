package org.gait4j.io.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gait4j.io.internal.Readers;
import org.gait4j.model.Axis;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Unit;

/**
 * Writes a {@link PointSet} as an OpenSim TRC file (layout in {@link TrcReader}) that
 * {@link TrcReader} reads back without loss: labels, unit, rate and every coordinate are
 * preserved exactly.
 *
 * <p>Numbers are printed with {@link Double#toString(double)}, the shortest decimal that parses
 * back to the same double, so {@code read(write(p))} reproduces each value bit for bit; missing
 * coordinates (NaN) are written as empty fields. Times are {@code startTimeS + i / rate}. Frame
 * numbers start at 1. Per-sample quality (residuals, confidences) has no place in TRC and is not
 * written. The files are larger than those of tools that print 5 to 7 decimals; that is the price
 * of an exact round trip.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrcWriter {
  private TrcWriter() {}

  /**
   * Writes {@code points} to {@code file} (created or replaced).
   *
   * @param startTimeS time of frame 1, seconds
   * @throws IllegalArgumentException if the tracks use different units, a non-length unit, a
   *     label containing a tab or line break, or an infinite coordinate
   * @throws IOException if writing fails
   */
  public static void write(PointSet points, double startTimeS, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(points, startTimeS, Readers.fileName(file), w);
    }
  }

  /**
   * Writes {@code points} to {@code out}, which is flushed but not closed.
   *
   * @param fileName the name put on the {@code PathFileType} line
   */
  public static void write(PointSet points, double startTimeS, String fileName, Writer out)
      throws IOException {
    if (!Double.isFinite(startTimeS)) {
      throw new IllegalArgumentException("startTimeS (" + startTimeS + ") must be finite");
    }
    Unit unit = Unit.METRE;
    for (int i = 0; i < points.tracks().size(); i++) {
      PointTrack t = points.tracks().get(i);
      Unit u = t.position().unit();
      if (i == 0) {
        unit = u;
      } else if (u != unit) {
        throw new IllegalArgumentException("track '" + t.label() + "' is in " + u
            + ", the first track in " + unit + "; convert before writing");
      }
      if (t.label().isBlank() || t.label().matches(".*[\\t\\r\\n].*")) {
        throw new IllegalArgumentException("label '" + t.label()
            + "' is blank or holds a tab or line break");
      }
    }
    if (unit.quantity() != Unit.Quantity.LENGTH) {
      throw new IllegalArgumentException("TRC needs a length unit, not " + unit);
    }
    BufferedWriter w = out instanceof BufferedWriter ? (BufferedWriter) out
        : new BufferedWriter(out);
    String rate = Double.toString(points.rate().hz());
    int n = points.size();
    int m = points.tracks().size();
    w.write("PathFileType\t4\t(X/Y/Z)\t" + fileName + "\n");
    w.write("DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\t"
        + "OrigDataStartFrame\tOrigNumFrames\n");
    w.write(rate + "\t" + rate + "\t" + n + "\t" + m + "\t" + unit.symbol() + "\t" + rate
        + "\t1\t" + n + "\n");
    StringBuilder s = new StringBuilder("Frame#\tTime");
    for (PointTrack t : points.tracks()) {
      s.append('\t').append(t.label()).append("\t\t");
    }
    w.write(s.append('\n').toString());
    s.setLength(0);
    s.append('\t');
    for (int i = 1; i <= m; i++) {
      s.append("\tX").append(i).append("\tY").append(i).append("\tZ").append(i);
    }
    w.write(s.append("\n\n").toString());
    double[][] c = new double[3 * m][];
    for (int i = 0; i < m; i++) {
      var p = points.tracks().get(i).position();
      c[3 * i] = p.component(Axis.X);
      c[3 * i + 1] = p.component(Axis.Y);
      c[3 * i + 2] = p.component(Axis.Z);
    }
    for (int f = 0; f < n; f++) {
      s.setLength(0);
      s.append(f + 1).append('\t').append(startTimeS + f / points.rate().hz());
      for (double[] col : c) {
        s.append('\t');
        if (Double.isInfinite(col[f])) {
          throw new IllegalArgumentException("frame " + (f + 1) + " holds an infinite "
              + "coordinate; TRC has no spelling for it");
        }
        if (!Double.isNaN(col[f])) {
          s.append(col[f]);
        }
      }
      w.write(s.append('\n').toString());
    }
    w.flush();
  }
}

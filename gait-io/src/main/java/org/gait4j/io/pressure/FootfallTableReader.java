package org.gait4j.io.pressure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.model.Footfall;
import org.gait4j.model.Point3;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;

/**
 * Reads footfall tables as walkway software (GAITRite, Zeno/PKMAS, Strideway) exports them: one
 * row per foot contact.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * # comment lines start with '#'
 * Foot,First Contact (s),Last Contact (s),Heel X (cm),Heel Y (cm),Toe X (cm),Toe Y (cm)
 * Left,0.52,1.18,12.3,45.0,37.1,46.2
 * Right,1.05,1.71,66.0,28.4,91.2,27.0
 * </pre>
 *
 * The delimiter is the first of tab, semicolon, comma found in the column line. Columns are found
 * by name, ignoring case, spaces and underscores: {@code Foot} or {@code Side} (values
 * {@code Left/L/Right/R}); {@code First Contact} and {@code Last Contact} (aliases
 * {@code Contact Start}/{@code Contact End}, {@code On}/{@code Off}); optional {@code Heel X},
 * {@code Heel Y}, {@code Toe X}, {@code Toe Y}. A unit in parentheses or brackets after the name
 * scales the column: times in {@code s} (default) or {@code ms}; positions in {@code cm} (default,
 * as GAITRite), {@code mm} or {@code m}. Other columns are ignored. Positions become
 * {@link Point3}s in metres (z = 0) in the walkway frame; a heel or toe with an empty coordinate
 * is absent.
 *
 * <p>Errors ({@link GaitFormatException} at the line): no column line, missing foot/contact
 * columns, an unknown foot, a non-number, a contact that ends before it starts, a row with the
 * wrong field count, no rows. Footfalls keep file order.
 *
 * <p>This reader is not registered for sniffing by content with certainty (footfall tables have
 * no signature): it answers {@code MAYBE} for CSV files whose first non-comment line names a foot
 * and a first-contact column. Stateless and thread-safe.
 */
public final class FootfallTableReader implements TrialReader {

  /** A footfall table reader. */
  public FootfallTableReader() {}

  @Override
  public String formatName() {
    return "Footfall table";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv", "tsv", "txt");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    for (String l : Readers.headLines(head, 20)) {
      if (l.startsWith("#") || l.isBlank()) {
        continue;
      }
      String s = norm(l);
      return (s.contains("foot") || s.contains("side")) && s.contains("firstcontact")
          ? Match.MAYBE : Match.NO;
    }
    return Match.NO;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      String line;
      do {
        line = in.next();
      } while (line != null && (line.startsWith("#") || line.isBlank()));
      if (line == null) {
        throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()), "no column line");
      }
      char d = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
      List<String> cols = Fields.split(line, d);
      int n = cols.size();
      int foot = -1;
      int on = -1;
      int off = -1;
      int[] pos = {-1, -1, -1, -1};
      double[] scale = new double[n];
      for (int c = 0; c < n; c++) {
        String raw = cols.get(c);
        String name = norm(raw.replaceAll("[(\\[].*$", ""));
        String unit = raw.contains("(") || raw.contains("[")
            ? raw.replaceAll("^[^(\\[]*[(\\[]", "").replaceAll("[)\\]].*$", "").trim()
                .toLowerCase(Locale.ROOT) : "";
        switch (name) {
          case "foot": case "side":
            foot = c;
            break;
          case "firstcontact": case "contactstart": case "on": case "footon":
            on = c;
            scale[c] = unit.equals("ms") ? 1e-3 : 1.0;
            break;
          case "lastcontact": case "contactend": case "off": case "footoff":
            off = c;
            scale[c] = unit.equals("ms") ? 1e-3 : 1.0;
            break;
          case "heelx": case "heely": case "toex": case "toey":
            pos[(name.startsWith("toe") ? 2 : 0) + (name.endsWith("y") ? 1 : 0)] = c;
            scale[c] = unit.equals("mm") ? 1e-3 : unit.equals("m") ? 1.0 : 0.01;
            break;
          default:
            break;
        }
      }
      if (foot < 0 || on < 0 || off < 0) {
        throw in.error("a footfall table needs Foot, First Contact and Last Contact columns");
      }
      Trial.Builder t = Trial.builder(Readers.fileName(path));
      t.putMetadata("format", "Footfall table");
      List<String> f = new ArrayList<>(n);
      int rows = 0;
      while ((line = in.next()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        long ln = in.lineNumber();
        if (Fields.split(line, d, f) != n) {
          throw in.error("expected " + n + " fields, found " + f.size());
        }
        String ft = f.get(foot).trim().toLowerCase(Locale.ROOT);
        Side side = ft.equals("left") || ft.equals("l") ? Side.LEFT
            : ft.equals("right") || ft.equals("r") ? Side.RIGHT : null;
        if (side == null) {
          throw in.error("foot '" + f.get(foot).trim() + "' is neither Left nor Right");
        }
        double a = Fields.parseRequired(f.get(on), path, ln, cols.get(on)) * scale[on];
        double b = Fields.parseRequired(f.get(off), path, ln, cols.get(off)) * scale[off];
        if (b < a) {
          throw in.error("last contact (" + b + " s) is before first contact (" + a + " s)");
        }
        t.addFootfall(new Footfall(side, a, b, point(f, pos[0], pos[1], scale, path, ln, cols),
            point(f, pos[2], pos[3], scale, path, ln, cols)));
        rows++;
      }
      if (rows == 0) {
        throw GaitFormatException.atLine(path, Math.max(1, in.lineNumber()), "no footfall rows");
      }
      return t.build();
    }
  }

  private static Optional<Point3> point(List<String> f, int cx, int cy, double[] scale,
      Path path, long ln, List<String> cols) throws GaitFormatException {
    if (cx < 0 || cy < 0) {
      return Optional.empty();
    }
    double x = Fields.parse(f.get(cx), path, ln, cols.get(cx));
    double y = Fields.parse(f.get(cy), path, ln, cols.get(cy));
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Optional.empty();
    }
    return Optional.of(new Point3(x * scale[cx], y * scale[cy], 0));
  }
}

package org.gait4j.bench.accuracy.moticon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gait4j.model.Side;

/**
 * Reader of the per-step tables converted from the Moticon OpenGo gait reports
 * ({@code gait_report_*_left_steps.csv}, {@code *_right_steps.csv}): one row per step with initial
 * contact and toe-off times (s, on the text export's time axis), stance, swing and double support
 * (s; NaN = not computed). Reference labels for the accuracy harness only.
 */
final class GaitReportSteps {
  private GaitReportSteps() {}

  /** One step row. Double support is the opposite foot's toe off minus this initial contact. */
  record Step(Side side, double icS, double toS, double stanceS, double swingS,
      double doubleSupportS) {}

  /** The rows of one table; {@code side} is the table's foot. */
  static List<Step> read(Path csv, Side side) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(csv + ": empty");
    }
    List<String> head = Arrays.asList(lines.get(0).split(",", -1));
    int ic = column(head, "Initial contact (s)", csv);
    int to = column(head, "Toe off (s)", csv);
    int stance = column(head, "Stance (s)", csv);
    int swing = column(head, "Swing (s)", csv);
    int ds = column(head, "Double support (s)", csv);
    List<Step> out = new ArrayList<>();
    for (int l = 1; l < lines.size(); l++) {
      if (lines.get(l).isBlank()) {
        continue;
      }
      String[] f = lines.get(l).split(",", -1);
      if (f.length != head.size()) {
        throw new IOException(csv + ":" + (l + 1) + ": " + f.length + " fields, header has "
            + head.size());
      }
      try {
        out.add(new Step(side, Double.parseDouble(f[ic]), Double.parseDouble(f[to]),
            Double.parseDouble(f[stance]), Double.parseDouble(f[swing]),
            Double.parseDouble(f[ds])));
      } catch (NumberFormatException e) {
        throw new IOException(csv + ":" + (l + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static int column(List<String> head, String name, Path csv) throws IOException {
    int i = head.indexOf(name);
    if (i < 0) {
      throw new IOException(csv + ": no column '" + name + "'");
    }
    return i;
  }
}

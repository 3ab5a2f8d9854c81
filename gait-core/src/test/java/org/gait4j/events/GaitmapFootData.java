package org.gait4j.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;
import org.gait4j.testing.SharedData;

/**
 * The gaitmap example recording ({@code shared/data/gaitmap_foot_imu/imu_sample.csv}), parsed
 * directly because gait-core cannot use gait-io: two header rows, column 0 the sample index,
 * then left/right alternating acc_x, acc_y, acc_z (m/s²), gyr_x, gyr_y, gyr_z (deg/s), gaitmap
 * foot sensor frame, 204.8 Hz. Tests calling {@link #foot(Side)} are skipped when the data is
 * absent.
 */
final class GaitmapFootData {
  static final SamplingRate RATE = SamplingRate.ofHz(204.8);

  private GaitmapFootData() {}

  static ImuStream foot(Side side) {
    Path p = SharedData.require("gaitmap_foot_imu/imu_sample.csv");
    List<double[]> rows = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(p);
      for (String line : lines.subList(2, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        double[] r = new double[12];
        for (int c = 0; c < 12; c++) {
          r[c] = Double.parseDouble(f[c + 1]);
        }
        rows.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int off = side == Side.LEFT ? 0 : 1;
    double[][] ch = new double[6][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int a = 0; a < 6; a++) {
        ch[a][i] = rows.get(i)[2 * a + off];
      }
    }
    Vector3Series acc = Vector3Series.of("acc", RATE, Unit.METRE_PER_SECOND_SQUARED, Frame.SENSOR,
        ch[0], ch[1], ch[2]);
    Vector3Series gyr = Vector3Series.of("gyr", RATE, Unit.DEGREE_PER_SECOND, Frame.SENSOR, ch[3],
        ch[4], ch[5]);
    return ImuStream.of(side.name().toLowerCase(java.util.Locale.ROOT) + "_sensor",
        BodyLocation.foot(side), acc, gyr);
  }
}

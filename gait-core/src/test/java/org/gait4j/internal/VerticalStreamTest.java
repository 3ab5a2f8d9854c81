package org.gait4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link VerticalStream#project} (whole arrays) against pushing the same samples one by one. */
class VerticalStreamTest {

  @Property(tries = 60)
  void projectGivesThePushedValuesToTheBit(@ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 0, max = 500) int from, @ForAll @IntRange(min = 1, max = 400)
      int windowSamples, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] c = new double[6][from + n + 7];
    for (double[] ch : c) {
      for (int i = 0; i < ch.length; i++) {
        ch[i] = r.nextGaussian() * 3 + (ch == c[0] ? 9.81 : 0);
      }
    }
    double[] upPushed = new double[n];
    double[] yawPushed = new double[n];
    double windowS = windowSamples / 100.0;
    VerticalStream s = new VerticalStream(windowS, 100, (i, up, yaw) -> {
      upPushed[i] = up;
      yawPushed[i] = yaw;
    });
    for (int i = from; i < from + n; i++) {
      s.push(c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i]);
    }
    s.finish();
    double[] up = new double[n];
    double[] yaw = new double[n];
    VerticalStream.project(windowS, 100, c[0], c[1], c[2], c[3], c[4], c[5], from, n, up, yaw);
    for (int i = 0; i < n; i++) {
      assertEquals(Double.doubleToLongBits(upPushed[i]), Double.doubleToLongBits(up[i]),
          "up " + i);
      assertEquals(Double.doubleToLongBits(yawPushed[i]), Double.doubleToLongBits(yaw[i]),
          "yaw " + i);
    }
  }
}

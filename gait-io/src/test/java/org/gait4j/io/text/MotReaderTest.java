package org.gait4j.io.text;

import org.gait4j.io.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotReaderTest extends TrialReaderContract {
  @TempDir Path tmp;

  @Override
  protected TrialReader reader() {
    return new MotReader();
  }

  @Override
  protected List<Path> validSamples() {
    List<Path> out = new ArrayList<>();
    Path p = TestData.optional("opencap_video_walk_trc/walk_ik.mot");
    if (p != null) {
      out.add(p);
    }
    out.add(Path.of("src/test/resources/text/grf_small.sto"));
    return out;
  }

  @Override
  protected String fuzzExtension() {
    return "mot";
  }

  @Test
  void openCapInverseKinematicsInDegrees() throws IOException {
    // README: nRows=222, nColumns=42 (time + 41 coordinates), inDegrees=yes, 60 Hz.
    Trial t = GaitIO.read(TestData.require("opencap_video_walk_trc/walk_ik.mot"));
    MultiChannelSeries a = t.analog().orElseThrow();
    assertEquals(41, a.channelCount());
    assertEquals(222, a.size());
    assertEquals(60.0, a.rate().hz(), 0); // 0.0166667 s steps, rounded to 0.001 Hz
    assertEquals("Coordinates", t.metadata().get("opensim.name"));
    assertEquals("yes", t.metadata().get("opensim.inDegrees"));
    int tilt = a.indexOf("pelvis_tilt").getAsInt();
    assertEquals(Unit.DEGREE, a.units().get(tilt));
    assertEquals(-14.47661079, a.get(tilt, 0), 0);
    assertEquals(2.84203810, a.get(tilt, 221), 0);
    assertEquals(Unit.METRE, a.units().get(a.indexOf("pelvis_tx").getAsInt()));
    assertEquals(Unit.METRE, a.units().get(a.indexOf("sh_tx_l").getAsInt()));
    assertEquals(Unit.DEGREE, a.units().get(a.indexOf("knee_angle_r").getAsInt()));
    assertEquals(14.29688765,
        a.get(a.indexOf("hip_flexion_r").getAsInt(), 221), 0);
  }

  @Test
  void forceColumnsGetForceUnits() throws IOException {
    Trial t = new MotReader().read(Path.of("src/test/resources/text/grf_small.sto"));
    MultiChannelSeries a = t.analog().orElseThrow();
    assertEquals(Unit.NEWTON, a.units().get(0));
    assertEquals(Unit.METRE, a.units().get(3));
    assertEquals(Unit.NEWTON_METRE, a.units().get(6));
    assertEquals(1000.0, a.rate().hz(), 0);
    assertTrue(Double.isNaN(a.get(1, 1)));
  }

  @Test
  void brokenFilesAreFormatErrors() throws IOException {
    String head = "x\nnRows=2\nnColumns=2\ninDegrees=no\nendheader\ntime\tq\n";
    assertError(head + "0\t1\n", "truncated");
    assertError(head + "0\t1\n0.01\t1\t3\n", "fields");
    assertError(head + "0\t1\n0.01\tq\n", "not a number");
    assertError(head + "0.01\t1\n0\t2\n", "not increasing");
    assertError("nRows=1\n0\t1\n", "endheader");
    assertError("endheader\nq\ttime\n", "time");
  }

  private void assertError(String content, String fragment) throws IOException {
    Path f = tmp.resolve("bad" + Math.abs(content.hashCode()) + ".mot");
    Files.writeString(f, content);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new MotReader().read(f));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}

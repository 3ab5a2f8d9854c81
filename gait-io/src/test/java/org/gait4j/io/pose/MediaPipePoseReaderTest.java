package org.gait4j.io.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;
import org.gait4j.model.Axis;
import org.gait4j.model.Frame;
import org.gait4j.model.Landmark;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three MediaPipe fixtures hold the same 4 frames (frame 2 without a pose) in the JSON, wide
 * CSV and long CSV layouts; values are formulas of frame f and landmark i (see
 * {@code make_pose_fixtures.py}) rounded to 6 decimals and printed with Python {@code repr}, so
 * they are compared with 1e-12 (the parse of the same decimal text gives the same double; the
 * margin only covers the recomputation of the formula here).
 */
class MediaPipePoseReaderTest extends TrialReaderContract {

  @Override
  protected TrialReader reader() {
    return new MediaPipePoseReader();
  }

  @Override
  protected List<Path> validSamples() {
    return List.of(PoseFixtures.get("mediapipe_frames.json"),
        PoseFixtures.get("mediapipe_wide.csv"), PoseFixtures.get("mediapipe_long.csv"));
  }

  @Override
  protected String fuzzExtension() {
    return "csv";
  }

  @Test
  void allThreeLayoutsGiveTheSameLandmarks() throws IOException {
    for (Path p : validSamples()) {
      Trial t = GaitIO.read(p);
      PointSet img = t.pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
      PointSet world = t.pointSet(PointSet.Kind.KEYPOINTS_3D).orElseThrow();
      assertEquals(Skeleton.MEDIAPIPE_POSE_33, img.skeleton(), p.toString());
      assertEquals(4, img.size(), p.toString());
      assertEquals(33, img.tracks().size());
      PointTrack heel = img.landmark(Landmark.LEFT_HEEL).orElseThrow();
      assertEquals("left_heel", heel.label());
      assertEquals(Unit.IMAGE_FRACTION, heel.position().unit());
      assertEquals(Frame.IMAGE, heel.position().frame());
      PointTrack wHeel = world.landmark(Landmark.LEFT_HEEL).orElseThrow();
      assertEquals(Unit.METRE, wHeel.position().unit());
      int i = 29;
      for (int f = 0; f < 4; f++) {
        if (f == 2) {
          assertTrue(Double.isNaN(heel.position().get(f, Axis.X)), p + " frame 2");
          assertTrue(Double.isNaN(wHeel.position().get(f, Axis.Z)), p + " frame 2");
          continue;
        }
        assertEquals(0.3 + 0.01 * f + 0.001 * i, heel.position().get(f, Axis.X), 1e-12, p + "");
        assertEquals(0.2 + 0.02 * i, heel.position().get(f, Axis.Y), 1e-12);
        assertEquals(-0.1 + 0.001 * i, heel.position().get(f, Axis.Z), 1e-12);
        assertEquals(0.9, heel.quality().orElseThrow().get(f), 0.0);
        assertEquals(0.01 * i, wHeel.position().get(f, Axis.X), 1e-12);
        assertEquals(0.002 * f, wHeel.position().get(f, Axis.Z), 1e-12);
      }
      // Landmark 31 (left_foot_index) has visibility 0.3 < 0.5: missing, visibility kept.
      PointTrack toe = img.track("left_foot_index").orElseThrow();
      assertTrue(Double.isNaN(toe.position().get(0, Axis.X)));
      assertEquals(0.3, toe.quality().orElseThrow().get(0), 0.0);
      assertEquals("1", t.metadata().get("mediapipe.frames_without_pose"), p.toString());
    }
  }

  @Test
  void pixelsWhenTheImageSizeIsGiven() throws IOException {
    MediaPipePoseReader r = new MediaPipePoseReader(
        MediaPipeConfig.defaults().withImageSizePx(1920, 1080).withMinVisibility(0.2));
    PointSet img = r.read(PoseFixtures.get("mediapipe_frames.json"))
        .pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    assertEquals(Unit.PIXEL, img.tracks().get(0).position().unit());
    assertEquals(0.3 * 1920, img.tracks().get(0).position().get(0, Axis.X), 1e-9);
    assertEquals(0.2 * 1080, img.tracks().get(0).position().get(0, Axis.Y), 1e-9);
    assertEquals(30.0, img.rate().hz());
    PointTrack toe = img.track("left_foot_index").orElseThrow();
    assertEquals((0.3 + 0.031) * 1920, toe.position().get(0, Axis.X), 1e-9);
  }

  @Test
  void badCellsNameTheirLine(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(PoseFixtures.get("mediapipe_wide.csv"));
    lines.set(2, lines.get(2).replaceFirst(",0\\.31,", ",NaN,"));
    Path nan = Files.write(dir.resolve("nan.csv"), lines);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new MediaPipePoseReader().read(nan));
    assertEquals(3L, e.position().orElseThrow(), e.getMessage());
    Path json = Files.writeString(dir.resolve("short.json"),
        "[{\"landmarks\":[{\"x\":0.1,\"y\":0.2,\"z\":0}]}]");
    assertTrue(assertThrows(GaitFormatException.class,
        () -> new MediaPipePoseReader().read(json)).getMessage().contains("1 landmarks"));
    Path far = Files.writeString(dir.resolve("far.json"),
        "[{\"frame\":0,\"landmarks\":[]},{\"frame\":1000000000,\"landmarks\":[]}]");
    assertTrue(assertThrows(GaitFormatException.class,
        () -> new MediaPipePoseReader().read(far)).getMessage().contains("too far"));
  }

  @Test
  void aLyingFrameNumberInTheLongLayoutFailsAtItsLineWithoutAllocating(@TempDir Path dir)
      throws IOException {
    // 33 valid rows of frame 0, then one row claiming a huge frame number: the span check runs
    // on every row before any per-frame array exists, so the error names line 35 at once.
    List<String> lines = Files.readAllLines(PoseFixtures.get("mediapipe_long.csv"))
        .subList(0, 34);
    for (String frame : List.of("2000000000", "1000000000")) {
      List<String> out = new java.util.ArrayList<>(lines);
      out.add(frame + ",0,nose,0.3,0.2,-0.1,0.9,0.95,0.0,-0.5,0.0");
      out.addAll(lines.subList(1, 34)); // more rows after it are never reached
      Path lying = Files.write(dir.resolve("lying" + frame + ".csv"), out);
      long t0 = System.nanoTime();
      GaitFormatException e = assertThrows(GaitFormatException.class,
          () -> new MediaPipePoseReader().read(lying));
      assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "took too long");
      assertEquals(35L, e.position().orElseThrow(), e.getMessage());
      assertTrue(e.problem().contains("frame " + frame), e.getMessage());
      assertTrue(e.problem().contains(frame.startsWith("2") ? "out of range" : "too far"),
          e.getMessage());
    }
  }

  @Test
  void manyOneRowFramesInTheLongLayoutAreRefusedByTheSpanRule(@TempDir Path dir)
      throws IOException {
    // Each row a new frame number 20 apart: the old reader built two 165-double arrays per row
    // (~2.6 KB for ~50 bytes of text). Frames may span at most 16 x rows / 33 + 1024, so the
    // row at frame 1060 (row 54, line 55) is the first refused.
    StringBuilder b = new StringBuilder("frame,landmark,x,y,z\n");
    for (int f = 0; f < 100_000; f++) {
      b.append(f * 20).append(",nose,0.3,0.2,-0.1\n");
    }
    Path sparse = Files.writeString(dir.resolve("sparse.csv"), b);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new MediaPipePoseReader().read(sparse));
    assertEquals(55L, e.position().orElseThrow(), e.getMessage());
  }
}

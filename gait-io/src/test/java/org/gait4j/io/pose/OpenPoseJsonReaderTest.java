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
 * The crossing fixture (see {@code make_pose_fixtures.py}): the walker (size 400 px) starts at
 * x = 200 and moves +30 px per frame, a smaller bystander moves -30 px per frame from x = 470;
 * they cross between frames 4 and 5, their order in "people" alternates, frame 3's file is
 * absent, frame 6 is empty and frame 8 holds only the bystander. Coordinates are written with 3
 * decimals from exact sums, so positions compare exactly.
 */
class OpenPoseJsonReaderTest extends TrialReaderContract {

  @Override
  protected TrialReader reader() {
    return new OpenPoseJsonReader();
  }

  @Override
  protected List<Path> validSamples() {
    return List.of(PoseFixtures.get("openpose_crossing"), PoseFixtures.get("openpose_coco_3d"),
        PoseFixtures.get("openpose_crossing/walk_000000000005_keypoints.json"),
        PoseFixtures.get("openpose_coco_3d/coco_000000000001_keypoints.json"));
  }

  @Override
  protected String fuzzExtension() {
    return "json";
  }

  @Test
  void walkerIsFollowedThroughTheCrossing() throws IOException {
    Trial t = GaitIO.read(PoseFixtures.get("openpose_crossing"));
    PointSet set = t.pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    assertEquals(Skeleton.OPENPOSE_BODY_25, set.skeleton());
    assertEquals(10, set.size());
    assertEquals(30.0, set.rate().hz());
    PointTrack midHip = set.landmark(Landmark.MID_HIP).orElseThrow();
    assertEquals(Unit.PIXEL, midHip.position().unit());
    assertEquals(Frame.IMAGE, midHip.position().frame());
    for (int f = 0; f < 10; f++) {
      double x = midHip.position().get(f, Axis.X);
      if (f == 3 || f == 6 || f == 8) {
        assertTrue(Double.isNaN(x), "frame " + f + " should be missing, x = " + x);
        assertEquals(0.0, midHip.quality().orElseThrow().get(f));
      } else {
        assertEquals(200 + 30.0 * f, x, 0.0, "walker hip x in frame " + f);
        assertEquals(500.0, midHip.position().get(f, Axis.Y), 0.0);
        assertEquals(0.9, midHip.quality().orElseThrow().get(f), 0.0);
      }
    }
    assertEquals("3", t.metadata().get("openpose.walker_missing_frames"));
    assertEquals("2", t.metadata().get("openpose.max_people"));
  }

  @Test
  void lowConfidenceKeypointsAreMissingButKeepTheirConfidence() throws IOException {
    Trial t = new OpenPoseJsonReader().read(PoseFixtures.get("openpose_crossing"));
    PointTrack ankle = t.pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow()
        .landmark(Landmark.LEFT_ANKLE).orElseThrow();
    assertTrue(Double.isNaN(ankle.position().get(0, Axis.X)));
    assertEquals(0.05, ankle.quality().orElseThrow().get(0), 0.0);
    Trial loose = new OpenPoseJsonReader(OpenPoseConfig.defaults().withMinConfidence(0.01))
        .read(PoseFixtures.get("openpose_crossing"));
    PointTrack ankle2 = loose.pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow()
        .landmark(Landmark.LEFT_ANKLE).orElseThrow();
    assertEquals(228.0, ankle2.position().get(0, Axis.X), 0.0);
  }

  @Test
  void body25bAndFrameRateAreOptions() throws IOException {
    OpenPoseJsonReader r = new OpenPoseJsonReader(OpenPoseConfig.defaults()
        .withTwentyFivePointLayout(Skeleton.OPENPOSE_BODY_25B).withFrameRateHz(60));
    PointSet set = r.read(PoseFixtures.get("openpose_crossing"))
        .pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    assertEquals(Skeleton.OPENPOSE_BODY_25B, set.skeleton());
    assertEquals(60.0, set.rate().hz());
    assertThrows(IllegalArgumentException.class,
        () -> OpenPoseConfig.defaults().withTwentyFivePointLayout(Skeleton.OPENPOSE_COCO_18));
    assertThrows(IllegalArgumentException.class,
        () -> OpenPoseConfig.defaults().withMinConfidence(Double.NaN));
  }

  @Test
  void coco18With3dKeypoints() throws IOException {
    Trial t = new OpenPoseJsonReader().read(PoseFixtures.get("openpose_coco_3d"));
    PointSet two = t.pointSet(PointSet.Kind.KEYPOINTS_2D).orElseThrow();
    PointSet three = t.pointSet(PointSet.Kind.KEYPOINTS_3D).orElseThrow();
    assertEquals(Skeleton.OPENPOSE_COCO_18, two.skeleton());
    assertEquals(18, two.tracks().size());
    assertEquals(3, three.size());
    // Nose: 2-D (300 + 10 f, 400 - 0.45 * 350); 3-D (0, 0.45 * 1.7, 2 + 0.1 f).
    assertEquals(310.0, two.track("Nose").orElseThrow().position().get(1, Axis.X), 0.0);
    assertEquals(242.5, two.track("Nose").orElseThrow().position().get(1, Axis.Y), 0.0);
    assertEquals(0.765, three.track("Nose").orElseThrow().position().get(2, Axis.Y), 0.0);
    assertEquals(2.2, three.track("Nose").orElseThrow().position().get(2, Axis.Z), 0.0);
  }

  @Test
  void badFramesNameTheFileAndLine(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("run"));
    Files.writeString(folder.resolve("a_000000000000_keypoints.json"),
        "{\"version\":1.3,\"people\":[{\"pose_keypoints_2d\":[1,2,0.5]}]}");
    Path nan = Files.writeString(folder.resolve("a_000000000001_keypoints.json"),
        "{\"version\":1.3,\n\"people\":[{\"pose_keypoints_2d\":[NaN,2,0.5]}]}");
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new OpenPoseJsonReader().read(folder));
    assertEquals(GaitFormatException.PositionKind.LINE, e.positionKind());
    assertTrue(e.file().equals(nan) || e.file().getFileName().toString().startsWith("a_0"),
        e.getMessage());
    Files.delete(nan);
    GaitFormatException count = assertThrows(GaitFormatException.class,
        () -> new OpenPoseJsonReader().read(folder));
    assertTrue(count.getMessage().contains("1 keypoints per person"), count.getMessage());
  }

  @Test
  void lyingFrameNumbersAndMixedVideosAreFolderErrors(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("lie"));
    String frame = Files.readString(
        PoseFixtures.get("openpose_crossing/walk_000000000000_keypoints.json"));
    Files.writeString(folder.resolve("w_000000000000_keypoints.json"), frame);
    Files.writeString(folder.resolve("w_999999999999_keypoints.json"), frame);
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new OpenPoseJsonReader().read(folder));
    assertEquals(GaitFormatException.PositionKind.WHOLE_FILE, e.positionKind());
    assertEquals(folder, e.file());
    Files.delete(folder.resolve("w_999999999999_keypoints.json"));
    Files.writeString(folder.resolve("v_000000000001_keypoints.json"), frame);
    assertTrue(assertThrows(GaitFormatException.class,
        () -> new OpenPoseJsonReader().read(folder)).getMessage().contains("2 videos"));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(empty, assertThrows(GaitFormatException.class,
        () -> new OpenPoseJsonReader().read(empty)).file());
  }
}

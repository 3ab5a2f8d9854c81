package org.gait4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkeletonTest {

  @Test
  void layoutsHaveTheirPublishedSizes() {
    assertEquals(25, Skeleton.OPENPOSE_BODY_25.size());
    assertEquals(18, Skeleton.OPENPOSE_COCO_18.size());
    assertEquals(25, Skeleton.OPENPOSE_BODY_25B.size());
    assertEquals(33, Skeleton.MEDIAPIPE_POSE_33.size());
  }

  @Test
  void footLandmarksMapInEveryLayout() {
    assertEquals(Optional.of(Landmark.LEFT_HEEL), Skeleton.OPENPOSE_BODY_25.landmark(21));
    assertEquals(Optional.of(Landmark.RIGHT_BIG_TOE), Skeleton.OPENPOSE_BODY_25.landmark(22));
    assertEquals(Optional.of(Landmark.MID_HIP), Skeleton.OPENPOSE_BODY_25.landmark(8));
    assertEquals(Optional.of(Landmark.LEFT_HEEL), Skeleton.OPENPOSE_BODY_25B.landmark(21));
    assertEquals(Optional.of(Landmark.RIGHT_HEEL), Skeleton.MEDIAPIPE_POSE_33.landmark(30));
    assertEquals(Optional.of(Landmark.LEFT_TOE), Skeleton.MEDIAPIPE_POSE_33.landmark(31));
    assertEquals(Optional.of(Landmark.LEFT_ANKLE), Skeleton.OPENPOSE_COCO_18.landmark(13));
  }

  @Test
  void markerLabelsMapWithPrefixesAndSpellings() {
    assertEquals(Optional.of(Landmark.LEFT_HEEL), Skeleton.PLUG_IN_GAIT.landmark("LHEE"));
    assertEquals(Optional.of(Landmark.RIGHT_TOE), Skeleton.CUSTOM.landmark("Bob:RTOE"));
    assertEquals(Optional.of(Landmark.RIGHT_HEEL), Skeleton.CUSTOM.landmark("r_calc_study"));
    assertEquals(Optional.of(Landmark.LEFT_ASIS), Skeleton.CUSTOM.landmark("L.ASIS"));
    assertEquals(Optional.of(Landmark.SACRUM), Skeleton.CUSTOM.landmark("SACR"));
    // the gaitmap/FAU foot marker set
    assertEquals(Optional.of(Landmark.LEFT_HEEL), Skeleton.CUSTOM.landmark("l_fcc"));
    assertEquals(Optional.of(Landmark.RIGHT_TOE), Skeleton.CUSTOM.landmark("R_TOE"));
    assertEquals(Optional.of(Landmark.of(Side.RIGHT, "SMALL_TOE")),
        Skeleton.CUSTOM.landmark("r_fm5"));
    assertTrue(Skeleton.CUSTOM.landmark("l_fm1").isEmpty());
    assertTrue(Skeleton.CUSTOM.landmark("r_fm2").isEmpty());
    assertTrue(Skeleton.CUSTOM.landmark("LFHD").isEmpty());
    assertTrue(Skeleton.CUSTOM.landmark("Rocket").isEmpty());
  }

  @Test
  void landmarksMirror() {
    for (Landmark l : Landmark.values()) {
      assertEquals(l, l.mirrored().mirrored());
      assertEquals(l.side().opposite(), l.mirrored().side());
    }
  }
}

package org.gait4j.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A named set of points (a pose estimator's keypoint layout or a marker protocol) with the
 * mapping of its point names to canonical {@link Landmark}s.
 *
 * <p>Layouts follow the published definitions: OpenPose BODY_25 and COCO-18 (Cao et al. 2019,
 * DOI 10.1109/TPAMI.2019.2929257), OpenPose BODY_25B (experimental models), MediaPipe Pose's 33
 * BlazePose landmarks (Bazarevsky et al. 2020, arXiv:2006.10204), and the Vicon Plug-in Gait lower
 * body marker names (Davis et al. 1991, DOI 10.1016/0167-9457(91)90046-Z).
 */
public enum Skeleton {
  OPENPOSE_BODY_25(List.of("Nose", "Neck", "RShoulder", "RElbow", "RWrist", "LShoulder",
      "LElbow", "LWrist", "MidHip", "RHip", "RKnee", "RAnkle", "LHip", "LKnee", "LAnkle", "REye",
      "LEye", "REar", "LEar", "LBigToe", "LSmallToe", "LHeel", "RBigToe", "RSmallToe", "RHeel")),
  OPENPOSE_COCO_18(List.of("Nose", "Neck", "RShoulder", "RElbow", "RWrist", "LShoulder",
      "LElbow", "LWrist", "RHip", "RKnee", "RAnkle", "LHip", "LKnee", "LAnkle", "REye", "LEye",
      "REar", "LEar")),
  OPENPOSE_BODY_25B(List.of("Nose", "LEye", "REye", "LEar", "REar", "LShoulder", "RShoulder",
      "LElbow", "RElbow", "LWrist", "RWrist", "LHip", "RHip", "LKnee", "RKnee", "LAnkle", "RAnkle",
      "UpperNeck", "HeadTop", "LBigToe", "LSmallToe", "LHeel", "RBigToe", "RSmallToe", "RHeel")),
  MEDIAPIPE_POSE_33(List.of("nose", "left_eye_inner", "left_eye", "left_eye_outer",
      "right_eye_inner", "right_eye", "right_eye_outer", "left_ear", "right_ear", "mouth_left",
      "mouth_right", "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist",
      "right_wrist", "left_pinky", "right_pinky", "left_index", "right_index", "left_thumb",
      "right_thumb", "left_hip", "right_hip", "left_knee", "right_knee", "left_ankle",
      "right_ankle", "left_heel", "right_heel", "left_foot_index", "right_foot_index")),
  /** Plug-in Gait lower-body markers; labels may carry a {@code Subject:} prefix. */
  PLUG_IN_GAIT(List.of("LASI", "RASI", "LPSI", "RPSI", "SACR", "LTHI", "RTHI", "LKNE", "RKNE",
      "LTIB", "RTIB", "LANK", "RANK", "LHEE", "RHEE", "LTOE", "RTOE")),
  /** Any other labelling; landmarks are found by common label spellings. */
  CUSTOM(List.of());

  private final List<String> pointNames;
  private final Map<String, Landmark> byName = new HashMap<>();

  Skeleton(List<String> pointNames) {
    this.pointNames = pointNames;
  }

  static {
    for (Skeleton s : values()) {
      for (String n : s.pointNames) {
        Landmark l = guess(n);
        if (l != null) {
          s.byName.put(n, l);
        }
      }
    }
  }

  /** The layout's point names in index order (empty for {@link #CUSTOM}). */
  public List<String> pointNames() {
    return pointNames;
  }

  /** Number of points in the layout. */
  public int size() {
    return pointNames.size();
  }

  /** The canonical landmark of point {@code index} of this layout, if it has one. */
  public Optional<Landmark> landmark(int index) {
    return landmark(pointNames.get(index));
  }

  /**
   * The canonical landmark a point or marker label stands for, if any. Layout names map exactly;
   * other labels (and {@link #CUSTOM}) are matched by common spellings, ignoring case, a
   * {@code Subject:} prefix and separators: {@code LHEE}, {@code L_Heel}, {@code l_calc},
   * {@code left_heel}, {@code RBigToe}, {@code r_toe_study}, ...
   */
  public Optional<Landmark> landmark(String label) {
    Landmark l = byName.get(label);
    return Optional.ofNullable(l != null ? l : guess(label));
  }

  private static Landmark guess(String label) {
    String s = label;
    int colon = s.lastIndexOf(':');
    if (colon >= 0) {
      s = s.substring(colon + 1);
    }
    s = s.toLowerCase(Locale.ROOT).replace("_study", "").replace("-", "").replace("_", "")
        .replace(" ", "").replace(".", "");
    switch (s) {
      case "nose":
        return Landmark.NOSE;
      case "neck":
      case "c7":
      case "upperneck":
        return Landmark.NECK;
      case "midhip":
      case "pelvis":
        return Landmark.MID_HIP;
      case "sacr":
      case "sacrum":
        return Landmark.SACRUM;
      default:
        break;
    }
    Side side;
    String part;
    if (s.startsWith("left")) {
      side = Side.LEFT;
      part = s.substring(4);
    } else if (s.startsWith("right")) {
      side = Side.RIGHT;
      part = s.substring(5);
    } else if (s.startsWith("l")) {
      side = Side.LEFT;
      part = s.substring(1);
    } else if (s.startsWith("r")) {
      side = Side.RIGHT;
      part = s.substring(1);
    } else {
      return null;
    }
    String p = canonicalPart(part);
    return p == null ? null : Landmark.of(side, p);
  }

  private static String canonicalPart(String part) {
    switch (part) {
      case "eye":
        return "EYE";
      case "ear":
        return "EAR";
      case "shoulder":
      case "sho":
      case "shou":
        return "SHOULDER";
      case "elbow":
      case "elb":
        return "ELBOW";
      case "wrist":
      case "wri":
      case "wra":
        return "WRIST";
      case "asi":
      case "asis":
        return "ASIS";
      case "psi":
      case "psis":
        return "PSIS";
      case "hip":
      case "hjc":
      case "gtr":
        return "HIP";
      case "thi":
      case "thigh":
        return "THIGH";
      case "knee":
      case "kne":
      case "knelat":
      case "kjc":
        return "KNEE";
      case "tib":
      case "tibia":
        return "TIBIA";
      case "ankle":
      case "ank":
      case "ankel":
      case "ankelat":
      case "anklat":
      case "ajc":
        return "ANKLE";
      case "heel":
      case "hee":
      case "cal":
      case "calc":
      case "calcn":
      case "fcc": // foot calcaneus, gaitmap/FAU foot marker set
        return "HEEL";
      case "toe":
      case "toes":
      case "to":
      case "toelat":
      case "mt2":
      case "footindex":
        return "TOE";
      case "bigtoe":
      case "hallux":
        return "BIG_TOE";
      case "smalltoe":
      case "5meta":
      case "5thtoe":
      case "mt5":
      case "fm5": // fifth metatarsal head, gaitmap/FAU foot marker set
        return "SMALL_TOE";
      default:
        return null;
    }
  }
}

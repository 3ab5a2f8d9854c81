package org.gait4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gait4j.model.Frame;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/** Plug-in Gait markers, BODY_25 keypoints in 3-D and in two camera views, from the body model. */
final class PointSynth {
  private static final double IMAGE_W = 1920;
  private static final double IMAGE_H = 1080;

  private PointSynth() {}

  static void addAll(BodyModel m, SensorOptions o, Trial.Builder tb, long seed) {
    if (o.produces(SimOutput.MARKERS)) {
      tb.addPointSet(points(m, o, Skeleton.PLUG_IN_GAIT, PointSet.Kind.MARKERS, o.markerRateHz(),
          0, seed));
    }
    if (o.produces(SimOutput.KEYPOINTS_3D)) {
      tb.addPointSet(points(m, o, Skeleton.OPENPOSE_BODY_25, PointSet.Kind.KEYPOINTS_3D,
          o.markerRateHz(), 0, seed + 1));
    }
    if (o.produces(SimOutput.KEYPOINTS_2D_SAGITTAL)) {
      tb.addPointSet(points(m, o, Skeleton.OPENPOSE_BODY_25, PointSet.Kind.KEYPOINTS_2D,
          o.videoRateHz(), 1, seed + 2));
    }
    if (o.produces(SimOutput.KEYPOINTS_2D_FRONTAL)) {
      tb.addPointSet(points(m, o, Skeleton.OPENPOSE_BODY_25, PointSet.Kind.KEYPOINTS_2D,
          o.videoRateHz(), 2, seed + 3));
    }
  }

  /** view: 0 = lab 3-D (mm), 1 = sagittal camera, 2 = frontal camera. */
  private static PointSet points(BodyModel m, SensorOptions o, Skeleton sk, PointSet.Kind kind,
      double hz, int view, long seed) {
    SamplingRate rate = SamplingRate.ofHz(hz);
    int n = rate.samples(m.p.durationS());
    List<String> names = sk.pointNames();
    int np = names.size();
    double[][][] xyz = new double[np][3][n];
    double[][] conf = new double[np][n];
    SplittableRandom r = new SplittableRandom(seed);
    boolean keypoints = kind != PointSet.Kind.MARKERS;
    double noise = keypoints ? (view == 0 ? o.keypointNoisePx() * 1000 / o.pixelsPerM()
        : o.keypointNoisePx()) : 0;
    double pStart = keypoints ? o.keypointDropoutProbability() : 0;
    double pEnd = 1.0 / Math.max(1, o.keypointDropoutMeanS() * hz);
    boolean[] out = new boolean[np];
    double walkEnd = m.p.speedMps() * m.p.durationS();
    double f = o.pixelsPerM() * o.cameraDistanceM();
    for (int i = 0; i < n; i++) {
      double t = i / hz;
      BodyModel.Pose pose = m.pose(t);
      for (int k = 0; k < np; k++) {
        String name = names.get(k);
        double[] p = sk == Skeleton.PLUG_IN_GAIT ? marker(m, pose, name) : keypoint(m, pose, name);
        double c = keypoints ? Math.max(0.05, Math.min(1, o.keypointConfidence()
            + 0.05 * r.nextGaussian())) : 1;
        if (view == 1 && name.startsWith("L") && !name.equals("LEye") && !name.equals("LEar")) {
          c *= 0.75; // far side of the sagittal camera
        }
        double[] q;
        if (view == 0) {
          q = new double[] {1000 * p[0], 1000 * p[1], 1000 * p[2]};
        } else if (view == 1) {
          double xc = walkEnd / 2;
          double depth = p[1] + o.cameraDistanceM();
          q = new double[] {IMAGE_W / 2 + f * (p[0] - xc) / depth,
              IMAGE_H / 2 - f * (p[2] - o.cameraHeightM()) / depth, 0};
        } else {
          double depth = walkEnd + o.cameraDistanceM() - p[0];
          q = new double[] {IMAGE_W / 2 + f * p[1] / depth,
              IMAGE_H / 2 - f * (p[2] - o.cameraHeightM()) / depth, 0};
        }
        for (int a = 0; a < (view == 0 ? 3 : 2); a++) {
          q[a] += noise * r.nextGaussian();
        }
        out[k] = out[k] ? r.nextDouble() >= pEnd : r.nextDouble() < pStart;
        boolean outside = view > 0 && (q[0] < 0 || q[0] >= IMAGE_W || q[1] < 0 || q[1] >= IMAGE_H);
        boolean missing = out[k] || outside;
        for (int a = 0; a < 3; a++) {
          xyz[k][a][i] = missing ? Double.NaN : q[a];
        }
        conf[k][i] = missing ? 0 : c;
      }
    }
    Unit unit = view == 0 ? Unit.MILLIMETRE : Unit.PIXEL;
    Frame frame = view == 0 ? Frame.LAB : Frame.IMAGE;
    List<PointTrack> tracks = new ArrayList<>();
    for (int k = 0; k < np; k++) {
      String name = names.get(k);
      Vector3Series pos = Vector3Series.of(name, rate, unit, frame, xyz[k][0], xyz[k][1],
          xyz[k][2]);
      tracks.add(keypoints ? PointTrack.of(name, sk.landmark(name), pos,
          ScalarSeries.of(name + " confidence", rate, Unit.DIMENSIONLESS, conf[k]))
          : PointTrack.of(name, sk.landmark(name), pos));
    }
    return PointSet.of(kind, sk, rate, tracks);
  }

  private static double[] foot(BodyModel.Pose pose, int s, double x, double y, double z) {
    return Mat3.transform(pose.footOrigin[s], pose.footR[s], new double[] {x, y, z});
  }

  /** Plug-in Gait marker positions, metres, lab frame. */
  static double[] marker(BodyModel m, BodyModel.Pose pose, String name) {
    int s = name.charAt(0) == 'L' ? 0 : 1;
    double lat = s == 0 ? 1 : -1;
    double k = m.bodyScale;
    switch (name.substring(1)) {
      case "ASI":
        return Mat3.transform(pose.pelvisPos, pose.pelvisR, new double[] {0.06 * k, lat * 0.12 * k, 0.07 * k});
      case "PSI":
        return Mat3.transform(pose.pelvisPos, pose.pelvisR, new double[] {-0.11 * k, lat * 0.045 * k, 0.09 * k});
      case "ACR":
        return Mat3.transform(pose.pelvisPos, pose.pelvisR, new double[] {-0.12 * k, 0, 0.09 * k});
      case "THI":
        return Mat3.transform(pose.hip[s], pose.thighR[s], new double[] {0, lat * 0.08 * k, -0.5 * m.thigh});
      case "KNE":
        return Mat3.transform(pose.knee[s], pose.thighR[s], new double[] {0, lat * 0.05 * k, 0});
      case "TIB":
        return Mat3.transform(pose.ankle[s], pose.shankR[s], new double[] {0, lat * 0.05 * k, 0.5 * m.shank});
      case "ANK":
        return Mat3.transform(pose.ankle[s], pose.shankR[s], new double[] {0, lat * 0.035 * k, 0});
      case "HEE":
        return foot(pose, s, -0.01 * k, 0, 0.03 * k);
      case "TOE":
        return foot(pose, s, m.mtp, 0, 0.02 * k);
      default:
        throw new IllegalStateException("unknown marker " + name);
    }
  }

  /** OpenPose BODY_25 keypoint positions (joint centres, toes on the floor side), metres. */
  static double[] keypoint(BodyModel m, BodyModel.Pose pose, String name) {
    double h = m.height;
    double[] neck = Mat3.transform(pose.pelvisPos, pose.trunkR, new double[] {0, 0, 0.288 * h});
    double[] head = Mat3.transform(neck, pose.trunkR, new double[] {0.01 * h, 0, 0.07 * h});
    switch (name) {
      case "Nose":
        return Mat3.transform(head, pose.trunkR, new double[] {0.055 * h, 0, 0});
      case "Neck":
        return neck;
      case "MidHip":
        return pose.pelvisPos;
      default:
        break;
    }
    int s = name.charAt(0) == 'L' ? 0 : 1;
    double lat = s == 0 ? 1 : -1;
    String part = name.substring(1);
    double toeLen = m.footLength - m.mtp;
    switch (part) {
      case "Eye":
        return Mat3.transform(head, pose.trunkR, new double[] {0.045 * h, lat * 0.018 * h, 0.02 * h});
      case "Ear":
        return Mat3.transform(head, pose.trunkR, new double[] {-0.005 * h, lat * 0.042 * h, 0.01 * h});
      case "Hip":
        return pose.hip[s];
      case "Knee":
        return pose.knee[s];
      case "Ankle":
        return pose.ankle[s];
      case "Heel":
        return foot(pose, s, 0, 0, 0.02 * m.bodyScale);
      case "BigToe":
      case "SmallToe": {
        double[] mtp = foot(pose, s, m.mtp, 0, 0);
        double yaw = Math.atan2(pose.footR[s][3], pose.footR[s][0]);
        double tp = Math.toRadians(pose.toePitchDeg[s]);
        double len = part.equals("BigToe") ? toeLen : 0.5 * toeLen;
        double side = part.equals("BigToe") ? -lat * 0.02 * m.bodyScale : lat * 0.035 * m.bodyScale;
        return Mat3.transform(mtp, Mat3.mul(Mat3.rotZ(yaw), Mat3.rotY(-tp)),
            new double[] {len, side, 0});
      }
      default:
        break;
    }
    // arms: shoulder flexion in phase with the opposite thigh, elbow flexed more when forward
    double[] shoulder = Mat3.transform(neck, pose.trunkR, new double[] {0, lat * 0.11 * h, -0.02 * h});
    if (part.equals("Shoulder")) {
      return shoulder;
    }
    int o = 1 - s;
    double[] thighDir = {pose.thighR[o][2], pose.thighR[o][5], pose.thighR[o][8]};
    double swing = 0.6 * Math.atan2(-thighDir[0], thighDir[2]) - Math.toRadians(3);
    double elbowFlex = Math.toRadians(20) + 0.5 * Math.max(0, swing);
    double[] upper = Mat3.mul(pose.trunkR, Mat3.rotY(-swing));
    double[] elbow = Mat3.transform(shoulder, upper, new double[] {0, 0, -0.186 * h});
    if (part.equals("Elbow")) {
      return elbow;
    }
    return Mat3.transform(elbow, Mat3.mul(upper, Mat3.rotY(-elbowFlex)),
        new double[] {0, 0, -0.146 * h});
  }
}

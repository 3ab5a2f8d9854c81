#!/usr/bin/python3
"""Writes the small OpenPose and MediaPipe fixtures of the pose reader tests (hand-made, not model output).

OpenPose (layout of OpenPose 1.7 --write_json, one file per frame, <name>_<12 digits>_keypoints.json):
  openpose_crossing/   BODY_25, 10 frames (000000000000..000000000009) of two people crossing:
      walker: body size 400 px, walks right from x=200 at +30 px/frame, confidence 0.9 (left
      ankle 0.05 in every frame, below the 0.1 default threshold); bystander: size 300 px,
      walks left from x=470 at -30 px/frame, confidence 0.8. Their hips meet between frames 4
      and 5. The people's order in "people" alternates every frame. Frame 3's file is absent,
      frame 6 has "people": [] (nobody detected), in frame 8 only the bystander is detected.
  openpose_coco_3d/    COCO-18, 3 frames, one person, with pose_keypoints_3d (x, y, z, score).
MediaPipe (layouts documented on MediaPipePoseReader):
  mediapipe_frames.json, mediapipe_wide.csv, mediapipe_long.csv: the same 4 frames
  (frame 2 without a detection), 33 landmarks, x = 0.3 + 0.01 f + 0.001 i, y = 0.2 + 0.02 i,
  z = -0.1 + 0.001 i, visibility = 0.9 (landmark 31 = 0.3), presence = 0.95, world x = 0.01 i,
  world y = -0.5 + 0.03 i, world z = 0.002 f; timestamps 0, 33, 67, 100 ms.

Run: /usr/bin/python3 make_pose_fixtures.py
"""
import json
import os

# BODY_25 pose of a standing person, fractions of body size relative to the mid-hip, y down.
BODY25 = [
    (0.0, -0.45), (0.0, -0.35), (-0.1, -0.35), (-0.13, -0.2), (-0.15, -0.05),  # Nose Neck RSho RElb RWri
    (0.1, -0.35), (0.13, -0.2), (0.15, -0.05), (0.0, 0.0), (-0.06, 0.0),       # LSho LElb LWri MidHip RHip
    (-0.07, 0.25), (-0.07, 0.48), (0.06, 0.0), (0.07, 0.25), (0.07, 0.48),     # RKnee RAnkle LHip LKnee LAnkle
    (-0.02, -0.47), (0.02, -0.47), (-0.04, -0.46), (0.04, -0.46),              # REye LEye REar LEar
    (0.1, 0.53), (0.12, 0.52), (0.05, 0.5), (-0.1, 0.53), (-0.12, 0.52), (-0.05, 0.5),  # L toes/heel, R toes/heel
]
COCO18_FROM_BODY25 = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]


def person(cx, cy, size, conf, layout=BODY25, low=()):
    out = []
    for j, (dx, dy) in enumerate(layout):
        c = 0.05 if j in low else conf
        out += [round(cx + dx * size, 3), round(cy + dy * size, 3), c]
    return out


def openpose_file(path, people):
    doc = {"version": 1.3, "people": []}
    for p in people:
        doc["people"].append({
            "person_id": [-1], "pose_keypoints_2d": p["2d"], "face_keypoints_2d": [],
            "hand_left_keypoints_2d": [], "hand_right_keypoints_2d": [],
            "pose_keypoints_3d": p.get("3d", []), "face_keypoints_3d": [],
            "hand_left_keypoints_3d": [], "hand_right_keypoints_3d": []})
    with open(path, "w") as f:
        json.dump(doc, f)


def crossing():
    d = "openpose_crossing"
    os.makedirs(d, exist_ok=True)
    for f in range(10):
        if f == 3:
            continue
        walker = {"2d": person(200 + 30 * f, 500, 400, 0.9, low=(14,))}
        other = {"2d": person(470 - 30 * f, 470, 300, 0.8)}
        people = [walker, other] if f % 2 == 0 else [other, walker]
        if f == 6:
            people = []
        if f == 8:
            people = [other]
        openpose_file(os.path.join(d, "walk_%012d_keypoints.json" % f), people)


def coco3d():
    d = "openpose_coco_3d"
    os.makedirs(d, exist_ok=True)
    layout = [BODY25[j] for j in COCO18_FROM_BODY25]
    for f in range(3):
        p2 = person(300 + 10 * f, 400, 350, 0.7, layout)
        p3 = []
        for j, (dx, dy) in enumerate(layout):
            p3 += [round(dx * 1.7, 4), round(-dy * 1.7, 4), round(2.0 + 0.1 * f, 4), 0.7]
        openpose_file(os.path.join(d, "coco_%012d_keypoints.json" % f), [{"2d": p2, "3d": p3}])


def mp_values(f, i):
    return dict(x=round(0.3 + 0.01 * f + 0.001 * i, 6), y=round(0.2 + 0.02 * i, 6),
                z=round(-0.1 + 0.001 * i, 6), visibility=0.3 if i == 31 else 0.9, presence=0.95,
                wx=round(0.01 * i, 6), wy=round(-0.5 + 0.03 * i, 6), wz=round(0.002 * f, 6))


def mediapipe():
    stamps = [0, 33, 67, 100]
    frames = []
    for f in range(4):
        fr = {"frame": f, "timestamp_ms": stamps[f]}
        if f == 2:
            fr["landmarks"] = []
            fr["world_landmarks"] = []
        else:
            vals = [mp_values(f, i) for i in range(33)]
            fr["landmarks"] = [{k: v[k] for k in ("x", "y", "z", "visibility", "presence")}
                               for v in vals]
            fr["world_landmarks"] = [{"x": v["wx"], "y": v["wy"], "z": v["wz"],
                                      "visibility": v["visibility"], "presence": v["presence"]}
                                     for v in vals]
        frames.append(fr)
    with open("mediapipe_frames.json", "w") as out:
        json.dump({"fps": 30.0, "frames": frames}, out, indent=1)
    cols = ["frame", "timestamp_ms"]
    for i in range(33):
        cols += ["x%d" % i, "y%d" % i, "z%d" % i, "v%d" % i, "p%d" % i]
    for i in range(33):
        cols += ["wx%d" % i, "wy%d" % i, "wz%d" % i]
    with open("mediapipe_wide.csv", "w") as out:
        out.write(",".join(cols) + "\n")
        for f in range(4):
            row = [str(f), str(stamps[f])]
            if f == 2:
                row += [""] * (33 * 8)
            else:
                for i in range(33):
                    v = mp_values(f, i)
                    row += [repr(v["x"]), repr(v["y"]), repr(v["z"]), repr(v["visibility"]),
                            repr(v["presence"])]
                for i in range(33):
                    v = mp_values(f, i)
                    row += [repr(v["wx"]), repr(v["wy"]), repr(v["wz"])]
            out.write(",".join(row) + "\n")
    names = ["nose", "left_eye_inner", "left_eye", "left_eye_outer", "right_eye_inner",
             "right_eye", "right_eye_outer", "left_ear", "right_ear", "mouth_left", "mouth_right",
             "left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist",
             "right_wrist", "left_pinky", "right_pinky", "left_index", "right_index",
             "left_thumb", "right_thumb", "left_hip", "right_hip", "left_knee", "right_knee",
             "left_ankle", "right_ankle", "left_heel", "right_heel", "left_foot_index",
             "right_foot_index"]
    with open("mediapipe_long.csv", "w") as out:
        out.write("frame,timestamp_ms,landmark,x,y,z,visibility,presence,world_x,world_y,world_z\n")
        for f in range(4):
            if f == 2:
                continue
            for i in range(33):
                v = mp_values(f, i)
                out.write(",".join([str(f), str(stamps[f]), names[i], repr(v["x"]), repr(v["y"]),
                                    repr(v["z"]), repr(v["visibility"]), repr(v["presence"]),
                                    repr(v["wx"]), repr(v["wy"]), repr(v["wz"])]) + "\n")


if __name__ == "__main__":
    crossing()
    coco3d()
    mediapipe()

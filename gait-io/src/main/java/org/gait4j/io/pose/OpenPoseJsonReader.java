package org.gait4j.io.pose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.model.Frame;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads the per-frame JSON files that OpenPose writes with {@code --write_json} (Cao et al.,
 * "OpenPose: Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields", IEEE TPAMI
 * 2019, DOI 10.1109/TPAMI.2019.2929257) and follows the walker through them.
 *
 * <h2>Layout</h2>
 *
 * <p>A folder holding one file per video frame, {@code <name>_<12-digit frame>_keypoints.json},
 * each {@code {"version":1.3,"people":[{"person_id":[-1],"pose_keypoints_2d":[x0,y0,c0,x1,...],
 * "pose_keypoints_3d":[x0,y0,z0,c0,...], "face_keypoints_2d":[...], ...}, ...]}}. Image
 * coordinates are pixels (x right, y down); {@code c} is the detection confidence in [0, 1].
 * Other members (face, hands, {@code part_candidates}) are skipped. A single JSON file may be
 * read too, as a one-frame recording. Frames are ordered by the number in the name; numbers
 * missing from the sequence are frames without the walker. A folder with files of more than one
 * {@code <name>} is rejected.
 *
 * <h2>Keypoint layout</h2>
 *
 * <p>Detected from the keypoint count: 18 → {@link Skeleton#OPENPOSE_COCO_18}; 25 → BODY_25 or
 * BODY_25B, which cannot be told apart from the JSON: {@link OpenPoseConfig#twentyFivePointLayout()}
 * decides, default {@link Skeleton#OPENPOSE_BODY_25} (OpenPose's default model). Any other
 * count, or a count that changes between frames, is an error.
 *
 * <h2>Following the walker</h2>
 *
 * <ol>
 *   <li>Keypoints with {@code c == 0} or {@code c < minConfidence} are missing.
 *   <li>In the first frame with anybody in it, the walker is the person with the largest
 *       (bounding-box size × mean confidence).
 *   <li>In each later frame, the walker's last pose is moved by its last velocity (mean keypoint
 *       displacement per frame) times the frames elapsed; each person's mean distance to that
 *       prediction over the keypoints both have is computed, and the nearest person continues the
 *       track if that distance is at most {@code maxJumpBodyHeights} × walker size × frames
 *       elapsed. Otherwise the walker is missing in that frame (all keypoints NaN, quality 0).
 * </ol>
 *
 * <p>The order of people in OpenPose's lists changes from frame to frame; the track depends only
 * on positions, so swaps in the list do not swap the walker, and a second person crossing in
 * front is told apart by the prediction and by the pose (keypoint-wise, not centroid, distance).
 * The gate keeps the track from jumping to a bystander when the walker is not detected.
 *
 * <h2>What the trial holds</h2>
 *
 * <p>A {@link PointSet.Kind#KEYPOINTS_2D} set: one track per layout keypoint, positions in
 * {@link Unit#PIXEL}, {@link Frame#IMAGE}, z = 0, quality = OpenPose confidence (also for
 * keypoints below the threshold, so users can re-threshold), at
 * {@link OpenPoseConfig#frameRateHz()} (OpenPose JSON stores no frame rate; default 30 Hz). If the
 * walker carries {@code pose_keypoints_3d} in any frame, also a {@link PointSet.Kind#KEYPOINTS_3D}
 * set in {@link Frame#LAB} with {@link Unit#UNSPECIFIED} length (OpenPose writes the unit of its
 * camera calibration). Metadata: {@code openpose.frames}, {@code openpose.walker_missing_frames},
 * {@code openpose.max_people}, {@code openpose.layout}, {@code openpose.first_frame_number}.
 *
 * <h2>Bad input</h2>
 *
 * <p>Invalid JSON (including {@code NaN} text), non-numeric keypoints, a keypoint array whose
 * length is not a multiple of 3 (4 for 3-D) or holds an unsupported count throw
 * {@link GaitFormatException#atLine} naming the JSON file. An empty folder, mixed names, or frame
 * numbers spanning more than {@code 16 × files + 1024} frames (memory is never sized from a frame
 * number) throw {@link GaitFormatException#ofFile} naming the folder.
 *
 * <p>Immutable and thread-safe.
 */
public final class OpenPoseJsonReader implements TrialReader {
  /**
   * What only reading needs, created on first read rather than when {@link
   * java.util.ServiceLoader} instantiates every reader to sniff a file (lazy holder idiom).
   */
  private static final class Lazy {
    static final JsonFactory JSON = new JsonFactory();
    static final Pattern FRAME_FILE =
        Pattern.compile("^(.*?)_?(\\d{1,18})_keypoints\\.json$");

    private Lazy() {}
  }
  private static final int MAX_VALUES = 4 * 135;

  private final OpenPoseConfig config;

  /** A reader with {@link OpenPoseConfig#defaults()}. */
  public OpenPoseJsonReader() {
    this(OpenPoseConfig.defaults());
  }

  /** A reader with {@code config}. */
  public OpenPoseJsonReader(OpenPoseConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.config = config;
  }

  /** This reader's options. */
  public OpenPoseConfig config() {
    return config;
  }

  @Override
  public String formatName() {
    return "OpenPose JSON";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    if (Files.isDirectory(path)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(path, "*_keypoints.json")) {
        return ds.iterator().hasNext() ? Match.YES : Match.NO;
      } catch (IOException e) {
        return Match.NO;
      }
    }
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.contains("\"pose_keypoints_2d\"")) {
      return Match.YES;
    }
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    return n.endsWith("_keypoints.json") ? Match.MAYBE : Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    long[] numbers;
    String name;
    if (Files.isDirectory(path)) {
      TreeMap<Long, Path> byNumber = new TreeMap<>();
      TreeSet<String> prefixes = new TreeSet<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(path, "*_keypoints.json")) {
        for (Path f : ds) {
          Matcher m = Lazy.FRAME_FILE.matcher(f.getFileName().toString());
          if (!m.matches()) {
            continue;
          }
          prefixes.add(m.group(1));
          Path previous = byNumber.put(Long.parseLong(m.group(2)), f);
          if (previous != null) {
            throw GaitFormatException.ofFile(path, "two files for frame " + m.group(2) + ": "
                + previous.getFileName() + ", " + f.getFileName());
          }
        }
      }
      if (byNumber.isEmpty()) {
        throw GaitFormatException.ofFile(path,
            "no OpenPose frame files (<name>_<frame>_keypoints.json) in this folder");
      }
      if (prefixes.size() > 1) {
        throw GaitFormatException.ofFile(path, "frames of " + prefixes.size()
            + " videos in one folder (" + String.join(", ", prefixes) + "); use one per video");
      }
      long span = byNumber.lastKey() - byNumber.firstKey() + 1;
      if (span > 16L * byNumber.size() + 1024) {
        throw GaitFormatException.ofFile(path, "frame numbers " + byNumber.firstKey() + " to "
            + byNumber.lastKey() + " span " + span + " frames for " + byNumber.size() + " files");
      }
      numbers = new long[byNumber.size()];
      int i = 0;
      for (var e : byNumber.entrySet()) {
        numbers[i++] = e.getKey();
        files.add(e.getValue());
      }
      name = prefixes.first().isEmpty() ? String.valueOf(path.getFileName()) : prefixes.first();
    } else {
      files.add(path);
      numbers = new long[] {0};
      name = String.valueOf(path.getFileName());
    }
    int frames = (int) (numbers[numbers.length - 1] - numbers[0] + 1);
    List<List<double[]>> people2d = new ArrayList<>(frames);
    List<List<double[]>> people3d = new ArrayList<>(frames);
    for (int f = 0; f < frames; f++) {
      people2d.add(List.of());
      people3d.add(List.of());
    }
    int[] keypoints = {0};
    int maxPeople = 0;
    for (int i = 0; i < files.size(); i++) {
      int f = (int) (numbers[i] - numbers[0]);
      List<double[]> p2 = new ArrayList<>();
      List<double[]> p3 = new ArrayList<>();
      parseFrame(files.get(i), p2, p3, keypoints);
      people2d.set(f, p2);
      people3d.set(f, p3);
      maxPeople = Math.max(maxPeople, p2.size());
    }
    if (keypoints[0] == 0) {
      throw GaitFormatException.ofFile(path, "no person with keypoints in any frame");
    }
    Skeleton skeleton = keypoints[0] == 18 ? Skeleton.OPENPOSE_COCO_18
        : config.twentyFivePointLayout();
    int[] walker = WalkerTracker.track(people2d, config.maxJumpBodyHeights());
    int k = keypoints[0];
    SamplingRate rate = SamplingRate.ofHz(config.frameRateHz());
    double[][] x = new double[k][frames];
    double[][] y = new double[k][frames];
    double[][] c = new double[k][frames];
    double[][] x3 = new double[k][frames];
    double[][] y3 = new double[k][frames];
    double[][] z3 = new double[k][frames];
    double[][] c3 = new double[k][frames];
    boolean any3d = false;
    int missing = 0;
    for (int f = 0; f < frames; f++) {
      double[] p = walker[f] == WalkerTracker.NONE ? null : people2d.get(f).get(walker[f]);
      double[] q = p == null ? null : people3d.get(f).get(walker[f]);
      if (p == null) {
        missing++;
      }
      if (q != null && q.length == 0) {
        q = null;
      }
      any3d |= q != null;
      for (int j = 0; j < k; j++) {
        x[j][f] = p == null ? Double.NaN : p[3 * j];
        y[j][f] = p == null ? Double.NaN : p[3 * j + 1];
        c[j][f] = p == null ? 0 : p[3 * j + 2];
        boolean ok3 = q != null && q[4 * j + 3] > 0 && q[4 * j + 3] >= config.minConfidence();
        x3[j][f] = ok3 ? q[4 * j] : Double.NaN;
        y3[j][f] = ok3 ? q[4 * j + 1] : Double.NaN;
        z3[j][f] = ok3 ? q[4 * j + 2] : Double.NaN;
        c3[j][f] = q == null ? 0 : q[4 * j + 3];
      }
    }
    double[] zeros = new double[frames];
    List<PointTrack> tracks = new ArrayList<>();
    List<PointTrack> tracks3 = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      String label = skeleton.pointNames().get(j);
      Optional<org.gait4j.model.Landmark> lm = skeleton.landmark(j);
      tracks.add(PointTrack.of(label, lm,
          Vector3Series.of(label, rate, Unit.PIXEL, Frame.IMAGE, x[j], y[j], zeros),
          ScalarSeries.of(label + ".confidence", rate, Unit.DIMENSIONLESS, c[j])));
      if (any3d) {
        tracks3.add(PointTrack.of(label, lm,
            Vector3Series.of(label, rate, Unit.UNSPECIFIED, Frame.LAB, x3[j], y3[j], z3[j]),
            ScalarSeries.of(label + ".confidence", rate, Unit.DIMENSIONLESS, c3[j])));
      }
    }
    Trial.Builder t = Trial.builder(name)
        .addPointSet(PointSet.of(PointSet.Kind.KEYPOINTS_2D, skeleton, rate, tracks));
    if (any3d) {
      t.addPointSet(PointSet.of(PointSet.Kind.KEYPOINTS_3D, skeleton, rate, tracks3));
    }
    return t.putMetadata("openpose.frames", Integer.toString(frames))
        .putMetadata("openpose.walker_missing_frames", Integer.toString(missing))
        .putMetadata("openpose.max_people", Integer.toString(maxPeople))
        .putMetadata("openpose.layout", skeleton.name())
        .putMetadata("openpose.first_frame_number", Long.toString(numbers[0]))
        .putMetadata("openpose.frame_rate_source", "configured (OpenPose JSON stores none)")
        .build();
  }

  /** Parses one frame file into its people; low-confidence keypoints get NaN coordinates. */
  private void parseFrame(Path file, List<double[]> people2d, List<double[]> people3d,
      int[] keypoints) throws IOException {
    try (JsonParser p = Lazy.JSON.createParser(file.toFile())) {
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw error(file, p, "expected a JSON object");
        }
        boolean sawPeople = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken v = p.nextToken();
          if ("people".equals(field)) {
            if (v != JsonToken.START_ARRAY) {
              throw error(file, p, "\"people\" must be an array");
            }
            sawPeople = true;
            while (p.nextToken() == JsonToken.START_OBJECT) {
              parsePerson(file, p, people2d, people3d, keypoints);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              throw error(file, p, "\"people\" must hold objects");
            }
          } else {
            p.skipChildren();
          }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
          throw error(file, p, "unexpected " + p.currentToken());
        }
        if (!sawPeople) {
          throw error(file, p, "no \"people\" array: not an OpenPose keypoints file");
        }
        if (p.nextToken() != null) {
          throw error(file, p, "content after the JSON object");
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        throw GaitFormatException.atLine(file, line, "invalid JSON: " + e.getOriginalMessage(),
            e);
      }
    }
  }

  private void parsePerson(Path file, JsonParser p, List<double[]> people2d,
      List<double[]> people3d, int[] keypoints) throws IOException {
    double[] pose2 = new double[0];
    double[] pose3 = new double[0];
    long line2 = 1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if ("pose_keypoints_2d".equals(field)) {
        line2 = p.currentLocation().getLineNr();
        pose2 = numbers(file, p, v, field);
      } else if ("pose_keypoints_3d".equals(field)) {
        pose3 = numbers(file, p, v, field);
      } else {
        p.skipChildren();
      }
    }
    if (pose2.length == 0) {
      return;
    }
    if (pose2.length % 3 != 0) {
      throw GaitFormatException.atLine(file, line2,
          "pose_keypoints_2d has " + pose2.length + " values, not a multiple of 3");
    }
    int k = pose2.length / 3;
    if (k != 18 && k != 25) {
      throw GaitFormatException.atLine(file, line2, k
          + " keypoints per person; expected 18 (COCO) or 25 (BODY_25 / BODY_25B)");
    }
    if (keypoints[0] != 0 && keypoints[0] != k) {
      throw GaitFormatException.atLine(file, line2,
          k + " keypoints per person, earlier people had " + keypoints[0]);
    }
    keypoints[0] = k;
    if (pose3.length != 0 && pose3.length != 4 * k) {
      throw GaitFormatException.atLine(file, line2, "pose_keypoints_3d has " + pose3.length
          + " values, expected " + 4 * k + " (x, y, z, score per keypoint)");
    }
    for (int j = 0; j < k; j++) {
      double conf = pose2[3 * j + 2];
      if (!(conf > 0) || conf < config.minConfidence()) {
        pose2[3 * j] = Double.NaN;
        pose2[3 * j + 1] = Double.NaN;
      }
    }
    people2d.add(pose2);
    people3d.add(pose3);
  }

  private static double[] numbers(Path file, JsonParser p, JsonToken v, String field)
      throws IOException {
    if (v != JsonToken.START_ARRAY) {
      throw error(file, p, "\"" + field + "\" must be an array of numbers");
    }
    double[] out = new double[16];
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw error(file, p, "\"" + field + "\" holds " + t + ", expected numbers");
      }
      if (n == MAX_VALUES) {
        throw error(file, p, "\"" + field + "\" holds more than " + MAX_VALUES + " values");
      }
      double d = p.getDoubleValue();
      if (!Double.isFinite(d)) {
        throw error(file, p, "\"" + field + "\" holds a non-finite number");
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = d;
    }
    return Arrays.copyOf(out, n);
  }

  private static GaitFormatException error(Path file, JsonParser p, String problem) {
    long line = Math.max(1, p.currentLocation().getLineNr());
    return GaitFormatException.atLine(file, line, problem);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "OpenPoseJsonReader[%s]", config);
  }
}

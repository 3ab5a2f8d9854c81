package org.gait4j.io.pose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
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
 * Reads MediaPipe Pose landmarks (BlazePose, Bazarevsky et al., "BlazePose: On-device Real-time
 * Body Pose tracking", arXiv:2006.10204, 2020) exported by user scripts as JSON or CSV: 33
 * landmarks per frame, one person.
 *
 * <h2>Quantities</h2>
 *
 * <p>Image landmarks: x and y normalised to the image width and height (0..1, x right, y down), z
 * a depth relative to the hips on roughly the scale of x; {@code visibility} and {@code presence}
 * in [0, 1]. World landmarks: metres, origin between the hips.
 *
 * <h2>Accepted layouts (exactly)</h2>
 *
 * <ol>
 *   <li><b>JSON</b>: either an array of frames or an object {@code {"fps": 30, "frames": [...]}}
 *       ({@code "fps"} optional, also spelled {@code "frame_rate"}). A frame is an object with an
 *       optional {@code "frame"} (integer index; else its position), an optional
 *       {@code "timestamp_ms"}, {@code "landmarks"} (or {@code "pose_landmarks"}) and optionally
 *       {@code "world_landmarks"} (or {@code "pose_world_landmarks"}). Each is a list of 33
 *       objects {@code {"x","y","z","visibility","presence"}} (visibility and presence optional),
 *       or a list of such lists (the MediaPipe Tasks result, one list per pose: the first pose is
 *       taken), or empty / {@code null} when nothing was detected.
 *   <li><b>Wide CSV</b> (comma-separated, one header line, one row per frame): optional
 *       {@code frame} and {@code timestamp_ms} columns; per landmark {@code i} (0..32) columns
 *       {@code x<i>, y<i>, z<i>} and optionally {@code v<i>} (or {@code visibility<i>}),
 *       {@code p<i>} (or {@code presence<i>}) and world {@code wx<i>, wy<i>, wz<i>}; the named
 *       spelling {@code <name>_x}, {@code <name>_visibility}, {@code world_<name>_x} with the
 *       {@link Skeleton#MEDIAPIPE_POSE_33} names ({@code left_heel_x}) is accepted too. A row with
 *       empty landmark cells is a frame without detection.
 *   <li><b>Long CSV</b>: a header with {@code frame}, {@code landmark} (index 0..32 or name),
 *       {@code x, y, z}, optional {@code visibility}, {@code presence}, {@code timestamp_ms},
 *       {@code world_x, world_y, world_z}; one row per landmark per frame.
 * </ol>
 *
 * <p>JSON is recognised by a first character {@code [} or <code>{</code>, long CSV by a
 * {@code landmark} column. Frames missing from the numbering are frames without detection.
 *
 * <h2>What the trial holds</h2>
 *
 * <p>A {@link PointSet.Kind#KEYPOINTS_2D} set (33 tracks, {@link Skeleton#MEDIAPIPE_POSE_33}
 * mapped to landmarks, {@link Frame#IMAGE}, z kept) in {@link Unit#IMAGE_FRACTION}, or in pixels
 * when {@link MediaPipeConfig#imageSize()} is given; and, when world landmarks are present, a
 * {@link PointSet.Kind#KEYPOINTS_3D} set in {@link Unit#METRE}, {@link Frame#LAB} (hip-centred).
 * Quality is the visibility. Landmarks below {@link MediaPipeConfig#minVisibility()} and frames
 * without detection are NaN. Frame rate: the JSON {@code "fps"} if present, else
 * {@link MediaPipeConfig#frameRateHz()} (CSV and timestamps do not set it; the first and last
 * {@code timestamp_ms} are kept in the metadata).
 *
 * <h2>Bad input</h2>
 *
 * <p>Invalid JSON (including {@code NaN} tokens), non-numeric or non-finite cells, a landmark list
 * that does not hold 33 landmarks, an unknown landmark name, a repeated frame, or a header with no
 * landmark columns throw {@link GaitFormatException#atLine}. Frame numbers may not span more than
 * {@code 16 × frames read + 1024}, so a lying frame number cannot request memory; in the long
 * CSV layout "frames read" is the rows read so far over 33 (rounded up), checked on every row
 * before any per-frame array exists, and rows are held as a few primitives each until the file
 * has been read.
 *
 * <p>Immutable and thread-safe.
 */
public final class MediaPipePoseReader implements TrialReader {
  private static final int N = 33;

  /**
   * What only reading needs, created on first read rather than when {@link
   * java.util.ServiceLoader} instantiates every reader to sniff a file (lazy holder idiom).
   */
  private static final class Lazy {
    static final JsonFactory JSON = new JsonFactory();
    static final List<String> NAMES = Skeleton.MEDIAPIPE_POSE_33.pointNames();
    static final Pattern INDEXED =
        Pattern.compile("^(x|y|z|v|visibility|p|presence|wx|wy|wz)(\\d{1,2})$");
    static final Map<String, Integer> NAME_INDEX = new HashMap<>();

    static {
      for (int i = 0; i < N; i++) {
        NAME_INDEX.put(Lazy.NAMES.get(i), i);
      }
    }

    private Lazy() {}
  }

  private final MediaPipeConfig config;

  /** A reader with {@link MediaPipeConfig#defaults()}. */
  public MediaPipePoseReader() {
    this(MediaPipeConfig.defaults());
  }

  /** A reader with {@code config}. */
  public MediaPipePoseReader(MediaPipeConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    this.config = config;
  }

  /** This reader's options. */
  public MediaPipeConfig config() {
    return config;
  }

  @Override
  public String formatName() {
    return "MediaPipe Pose";
  }

  @Override
  public List<String> extensions() {
    return List.of("json", "csv");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.contains("\"landmarks\"") || s.contains("\"pose_landmarks\"")
        || s.contains("\"world_landmarks\"")) {
      return Match.YES;
    }
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    if (first.contains("x32") || first.contains("right_foot_index_x")
        || (first.contains("landmark") && first.contains("visibility"))) {
      return Match.YES;
    }
    return Match.NO;
  }

  /** The frames read: per frame index, image values (x, y, z, vis, pres) and world (x, y, z). */
  private static final class Frames {
    final TreeMap<Integer, double[]> image = new TreeMap<>();
    final TreeMap<Integer, double[]> world = new TreeMap<>();
    final TreeMap<Integer, Double> stampsMs = new TreeMap<>();
    double fps = Double.NaN;
    int count;
  }

  @Override
  public Trial read(Path path) throws IOException {
    int first;
    try (InputStream in = Files.newInputStream(path)) {
      do {
        first = in.read();
      } while (first == ' ' || first == '\t' || first == '\r' || first == '\n'
          || first == 0xEF || first == 0xBB || first == 0xBF);
    }
    Frames frames = new Frames();
    if (first == '[' || first == '{') {
      readJson(path, frames);
    } else if (first < 0) {
      throw GaitFormatException.atLine(path, 1, "empty file");
    } else {
      readCsv(path, frames);
    }
    return toTrial(path, frames);
  }

  // ---------------------------------------------------------------------------------- JSON

  private void readJson(Path path, Frames out) throws IOException {
    try (JsonParser p = Lazy.JSON.createParser(path.toFile())) {
      try {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          boolean sawFrames = false;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("fps") || field.equals("frame_rate")) {
              out.fps = number(path, p, v, field);
              if (!(out.fps > 0)) {
                throw error(path, p, field + " must be positive");
              }
            } else if (field.equals("frames")) {
              if (v != JsonToken.START_ARRAY) {
                throw error(path, p, "\"frames\" must be an array");
              }
              frameArray(path, p, out);
              sawFrames = true;
            } else {
              p.skipChildren();
            }
          }
          if (!sawFrames) {
            throw error(path, p, "no \"frames\" array");
          }
        } else if (t == JsonToken.START_ARRAY) {
          frameArray(path, p, out);
        } else {
          throw error(path, p, "expected a JSON array or object");
        }
        if (p.nextToken() != null) {
          throw error(path, p, "content after the JSON value");
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        throw GaitFormatException.atLine(path, line, "invalid JSON: " + e.getOriginalMessage(),
            e);
      }
    }
  }

  private void frameArray(Path path, JsonParser p, Frames out) throws IOException {
    int position = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      long line = p.currentLocation().getLineNr();
      int index = position++;
      double[] image = null;
      double[] world = null;
      double stamp = Double.NaN;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "frame":
            double f = number(path, p, v, field);
            if (f != Math.rint(f) || f < 0 || f > Integer.MAX_VALUE / 2) {
              throw error(path, p, "\"frame\" must be a non-negative integer, is " + f);
            }
            index = (int) f;
            break;
          case "timestamp_ms":
            stamp = number(path, p, v, field);
            break;
          case "landmarks":
          case "pose_landmarks":
            image = landmarks(path, p, v, true);
            break;
          case "world_landmarks":
          case "pose_world_landmarks":
            world = landmarks(path, p, v, false);
            break;
          default:
            p.skipChildren();
            break;
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw error(path, p, "unterminated frame object");
      }
      put(path, line, out, index, image, world, stamp);
    }
    if (t != JsonToken.END_ARRAY) {
      throw error(path, p, "frames must be objects");
    }
  }

  /** 33 landmarks as x, y, z, visibility, presence (image) or x, y, z, visibility (world). */
  private double[] landmarks(Path path, JsonParser p, JsonToken v, boolean image)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v != JsonToken.START_ARRAY) {
      throw error(path, p, "landmarks must be an array");
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return null;
    }
    if (t == JsonToken.START_ARRAY) {
      double[] firstPose = landmarks(path, p, t, image);
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      if (t != JsonToken.END_ARRAY) {
        throw error(path, p, "a list of poses must hold only lists");
      }
      return firstPose;
    }
    double[] out = new double[N * 5];
    int count = 0;
    while (t == JsonToken.START_OBJECT) {
      if (count == N) {
        throw error(path, p, "more than 33 landmarks");
      }
      double x = Double.NaN;
      double y = Double.NaN;
      double z = Double.NaN;
      double vis = Double.NaN;
      double pres = Double.NaN;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken vt = p.nextToken();
        switch (field) {
          case "x":
            x = number(path, p, vt, field);
            break;
          case "y":
            y = number(path, p, vt, field);
            break;
          case "z":
            z = number(path, p, vt, field);
            break;
          case "visibility":
            vis = number(path, p, vt, field);
            break;
          case "presence":
            pres = number(path, p, vt, field);
            break;
          default:
            p.skipChildren();
            break;
        }
      }
      if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z)) {
        throw error(path, p, "landmark " + count + " lacks x, y or z");
      }
      out[count * 5] = x;
      out[count * 5 + 1] = y;
      out[count * 5 + 2] = z;
      out[count * 5 + 3] = vis;
      out[count * 5 + 4] = pres;
      count++;
      t = p.nextToken();
    }
    if (t != JsonToken.END_ARRAY) {
      throw error(path, p, "landmarks must be objects with x, y, z");
    }
    if (count != N) {
      throw error(path, p, count + " landmarks, expected 33");
    }
    return out;
  }

  private static double number(Path path, JsonParser p, JsonToken v, String field)
      throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(path, p, "\"" + field + "\" must be a number, is " + v);
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      throw error(path, p, "\"" + field + "\" is not finite");
    }
    return d;
  }

  private static GaitFormatException error(Path path, JsonParser p, String problem) {
    return GaitFormatException.atLine(path, Math.max(1, p.currentLocation().getLineNr()),
        problem);
  }

  // ----------------------------------------------------------------------------------- CSV

  private void readCsv(Path path, Frames out) throws IOException {
    long line = 1;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(false)
        .skipEmptyLines(true).ofCsvRecord(path, StandardCharsets.ISO_8859_1)) {
      var it = csv.iterator();
      if (!it.hasNext()) {
        throw GaitFormatException.atLine(path, 1, "empty file");
      }
      CsvRecord header = it.next();
      line = header.getStartingLineNumber();
      List<String> names = new ArrayList<>();
      for (String h : header.getFields()) {
        names.add(h.trim().toLowerCase(Locale.ROOT));
      }
      if (names.contains("landmark")) {
        readLong(path, names, it, out, line);
      } else {
        readWide(path, names, it, out, line);
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw GaitFormatException.atLine(path, line, "unreadable CSV: " + e.getMessage(), e);
    }
  }

  /** Column roles of the wide layout: index = landmark * 8 + field (x y z v p wx wy wz). */
  private void readWide(Path path, List<String> names, java.util.Iterator<CsvRecord> it,
      Frames out, long headerLine) throws IOException {
    int[] column = new int[N * 8];
    Arrays.fill(column, -1);
    int frameCol = names.indexOf("frame");
    int stampCol = names.indexOf("timestamp_ms");
    boolean anyWorld = false;
    for (int c = 0; c < names.size(); c++) {
      String h = names.get(c);
      int lm = -1;
      int field = -1;
      Matcher m = Lazy.INDEXED.matcher(h);
      if (m.matches()) {
        lm = Integer.parseInt(m.group(2));
        field = List.of("x", "y", "z", "v", "p", "wx", "wy", "wz").indexOf(
            m.group(1).equals("visibility") ? "v" : m.group(1).equals("presence") ? "p"
                : m.group(1));
      } else {
        boolean world = h.startsWith("world_");
        String s = world ? h.substring(6) : h;
        int us = s.lastIndexOf('_');
        if (us > 0) {
          Integer i = Lazy.NAME_INDEX.get(s.substring(0, us));
          int f = List.of("x", "y", "z", "visibility", "presence").indexOf(s.substring(us + 1));
          if (i != null && f >= 0 && !(world && f >= 3)) {
            lm = i;
            field = world ? 5 + f : (f == 3 ? 3 : f == 4 ? 4 : f);
          }
        }
      }
      if (lm >= 0 && lm < N && field >= 0) {
        column[lm * 8 + field] = c;
        anyWorld |= field >= 5;
      }
    }
    for (int i = 0; i < N; i++) {
      for (int f = 0; f < 3; f++) {
        if (column[i * 8 + f] < 0) {
          throw GaitFormatException.atLine(path, headerLine, "no column for landmark " + i
              + " (" + Lazy.NAMES.get(i) + ") " + "xyz".charAt(f));
        }
      }
    }
    int position = 0;
    while (it.hasNext()) {
      CsvRecord r = it.next();
      long line = r.getStartingLineNumber();
      int index = frameCol >= 0 ? frameIndex(path, line, r.getField(frameCol)) : position;
      position++;
      double stamp = stampCol >= 0 ? cell(path, line, r.getField(stampCol), "timestamp_ms")
          : Double.NaN;
      double[] image = new double[N * 5];
      double[] world = anyWorld ? new double[N * 5] : null;
      boolean empty = true;
      for (int i = 0; i < N; i++) {
        for (int f = 0; f < 5; f++) {
          int c = column[i * 8 + f];
          image[i * 5 + f] = c < 0 ? Double.NaN : cell(path, line, r.getField(c), names.get(c));
        }
        empty &= Double.isNaN(image[i * 5]);
        if (world != null) {
          for (int f = 0; f < 3; f++) {
            int c = column[i * 8 + 5 + f];
            world[i * 5 + f] = c < 0 ? Double.NaN
                : cell(path, line, r.getField(c), names.get(c));
          }
          world[i * 5 + 3] = image[i * 5 + 3];
        }
      }
      put(path, line, out, index, empty ? null : image, empty ? null : world, stamp);
    }
  }

  private void readLong(Path path, List<String> names, java.util.Iterator<CsvRecord> it,
      Frames out, long headerLine) throws IOException {
    int frameCol = names.indexOf("frame");
    int lmCol = names.indexOf("landmark");
    int[] cols = new int[8];
    String[] wanted = {"x", "y", "z", "visibility", "presence", "world_x", "world_y",
        "world_z"};
    for (int i = 0; i < wanted.length; i++) {
      cols[i] = names.indexOf(wanted[i]);
    }
    if (frameCol < 0 || cols[0] < 0 || cols[1] < 0 || cols[2] < 0) {
      throw GaitFormatException.atLine(path, headerLine,
          "long layout needs frame, landmark, x, y and z columns");
    }
    int stampCol = names.indexOf("timestamp_ms");
    boolean hasWorld = cols[5] >= 0 && cols[6] >= 0 && cols[7] >= 0;
    // Rows are first collected compactly (a few primitives per row, about the size of the row's
    // text), with the frame span checked on every row against the rows read so far; per-frame
    // arrays are only built once the whole file has passed, so a lying frame number fails at
    // its own line without any allocation sized by it.
    DoubleBuffer frameOf = new DoubleBuffer(1024);
    DoubleBuffer lmOf = new DoubleBuffer(1024);
    DoubleBuffer lineOf = new DoubleBuffer(1024);
    DoubleBuffer[] value = new DoubleBuffer[8];
    for (int f = 0; f < 8; f++) {
      if (cols[f] >= 0 && (f < 5 || hasWorld)) {
        value[f] = new DoubleBuffer(1024);
      }
    }
    DoubleBuffer stampOf = stampCol >= 0 ? new DoubleBuffer(1024) : null;
    int minFrame = Integer.MAX_VALUE;
    int maxFrame = Integer.MIN_VALUE;
    long rows = 0;
    while (it.hasNext()) {
      CsvRecord r = it.next();
      long line = r.getStartingLineNumber();
      int frame = frameIndex(path, line, r.getField(frameCol));
      rows++;
      minFrame = Math.min(minFrame, frame);
      maxFrame = Math.max(maxFrame, frame);
      long framesRead = (rows + N - 1) / N;
      if ((long) maxFrame - minFrame + 1 > 16L * framesRead + 1024) {
        throw GaitFormatException.atLine(path, line, "frame " + frame
            + " is too far from the others (frames " + minFrame + ".." + maxFrame + " after "
            + rows + " rows; at most 16 × rows / 33 + 1024 frames may be spanned)");
      }
      String lmText = r.getField(lmCol).trim();
      Integer lm = Lazy.NAME_INDEX.get(lmText.toLowerCase(Locale.ROOT));
      if (lm == null) {
        try {
          lm = Integer.parseInt(lmText);
        } catch (NumberFormatException e) {
          lm = -1;
        }
      }
      if (lm < 0 || lm >= N) {
        throw GaitFormatException.atLine(path, line, "unknown landmark \"" + lmText + "\"");
      }
      for (int f = 0; f < 8; f++) {
        if (value[f] != null) {
          value[f].add(cell(path, line, r.getField(cols[f]), wanted[f]));
        }
      }
      int last = value[0].size() - 1;
      if (Double.isNaN(value[0].get(last)) || Double.isNaN(value[1].get(last))) {
        throw GaitFormatException.atLine(path, line, "empty x or y");
      }
      if (stampOf != null) {
        stampOf.add(cell(path, line, r.getField(stampCol), "timestamp_ms"));
      }
      frameOf.add(frame);
      lmOf.add(lm);
      lineOf.add(line);
    }
    int n = frameOf.size();
    // Group by frame, rows of a frame in file order: key = frame << 31 | row.
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) frameOf.get(i) << 31) | i;
    }
    Arrays.sort(order);
    int i = 0;
    while (i < n) {
      int frame = (int) (order[i] >>> 31);
      int firstRow = (int) (order[i] & Integer.MAX_VALUE);
      double[] img = nanArray();
      double[] w = hasWorld ? nanArray() : null;
      double stamp = Double.NaN;
      for (; i < n && (int) (order[i] >>> 31) == frame; i++) {
        int row = (int) (order[i] & Integer.MAX_VALUE);
        int lm = (int) lmOf.get(row);
        if (!Double.isNaN(img[lm * 5])) {
          throw GaitFormatException.atLine(path, (long) lineOf.get(row),
              "landmark " + lm + " of frame " + frame + " given twice");
        }
        for (int f = 0; f < 5; f++) {
          img[lm * 5 + f] = value[f] == null ? Double.NaN : value[f].get(row);
        }
        if (w != null) {
          for (int f = 0; f < 3; f++) {
            w[lm * 5 + f] = value[5 + f].get(row);
          }
          w[lm * 5 + 3] = img[lm * 5 + 3];
        }
        if (stampOf != null) {
          stamp = stampOf.get(row);
        }
      }
      put(path, (long) lineOf.get(firstRow), out, frame, img, w, stamp);
    }
  }

  private static double[] nanArray() {
    double[] a = new double[N * 5];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  private static int frameIndex(Path path, long line, String text) throws GaitFormatException {
    try {
      int f = Integer.parseInt(text.trim());
      if (f < 0 || f > Integer.MAX_VALUE / 2) {
        throw GaitFormatException.atLine(path, line, "frame " + f + " out of range");
      }
      return f;
    } catch (NumberFormatException e) {
      throw GaitFormatException.atLine(path, line,
          "frame \"" + abbreviate(text) + "\" is not an integer", e);
    }
  }

  /** A numeric cell; empty means missing (NaN), anything non-finite is an error. */
  private static double cell(Path path, long line, String text, String column)
      throws GaitFormatException {
    String s = text.trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw GaitFormatException.atLine(path, line,
          column + ": \"" + abbreviate(s) + "\" is not a number", e);
    }
    if (!Double.isFinite(v)) {
      throw GaitFormatException.atLine(path, line, column + ": " + s + " is not finite");
    }
    return v;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  // ------------------------------------------------------------------------------- assembly

  private static void put(Path path, long line, Frames out, int index, double[] image,
      double[] world, double stampMs) throws GaitFormatException {
    if (out.stampsMs.containsKey(index) || out.image.containsKey(index)) {
      throw GaitFormatException.atLine(path, line, "frame " + index + " appears twice");
    }
    out.count++;
    if (!out.image.isEmpty() || !out.stampsMs.isEmpty()) {
      int lo = Math.min(index, firstKey(out));
      int hi = Math.max(index, lastKey(out));
      if ((long) hi - lo + 1 > 16L * out.count + 1024) {
        throw GaitFormatException.atLine(path, line, "frame " + index
            + " is too far from the others (" + out.count + " frames read)");
      }
    }
    out.stampsMs.put(index, stampMs);
    if (image != null) {
      out.image.put(index, image);
    }
    if (world != null) {
      out.world.put(index, world);
    }
  }

  private static int firstKey(Frames f) {
    return f.stampsMs.firstKey();
  }

  private static int lastKey(Frames f) {
    return f.stampsMs.lastKey();
  }

  private Trial toTrial(Path path, Frames in) throws GaitFormatException {
    if (in.stampsMs.isEmpty()) {
      throw GaitFormatException.atLine(path, 1, "no frames");
    }
    int first = in.stampsMs.firstKey();
    int frames = in.stampsMs.lastKey() - first + 1;
    double hz = Double.isNaN(in.fps) ? config.frameRateHz() : in.fps;
    SamplingRate rate = SamplingRate.ofHz(hz);
    double sx = 1;
    double sy = 1;
    Unit unit = Unit.IMAGE_FRACTION;
    if (config.imageSize().isPresent()) {
      sx = config.imageSize().get().widthPx();
      sy = config.imageSize().get().heightPx();
      unit = Unit.PIXEL;
    }
    List<PointTrack> image = build(in.image, first, frames, rate, unit, Frame.IMAGE, sx, sy, sx);
    Trial.Builder t = Trial.builder(String.valueOf(path.getFileName()))
        .addPointSet(PointSet.of(PointSet.Kind.KEYPOINTS_2D, Skeleton.MEDIAPIPE_POSE_33, rate,
            image));
    if (!in.world.isEmpty()) {
      t.addPointSet(PointSet.of(PointSet.Kind.KEYPOINTS_3D, Skeleton.MEDIAPIPE_POSE_33, rate,
          build(in.world, first, frames, rate, Unit.METRE, Frame.LAB, 1, 1, 1)));
    }
    double firstStamp = in.stampsMs.firstEntry().getValue();
    double lastStamp = in.stampsMs.lastEntry().getValue();
    if (!Double.isNaN(firstStamp)) {
      t.putMetadata("mediapipe.first_timestamp_ms", Double.toString(firstStamp));
    }
    if (!Double.isNaN(lastStamp)) {
      t.putMetadata("mediapipe.last_timestamp_ms", Double.toString(lastStamp));
    }
    return t.putMetadata("mediapipe.frames", Integer.toString(frames))
        .putMetadata("mediapipe.frames_without_pose", Integer.toString(frames - in.image.size()))
        .putMetadata("mediapipe.first_frame_number", Integer.toString(first))
        .putMetadata("mediapipe.frame_rate_source",
            Double.isNaN(in.fps) ? "configured" : "file")
        .build();
  }

  private List<PointTrack> build(TreeMap<Integer, double[]> data, int first, int frames,
      SamplingRate rate, Unit unit, Frame frame, double sx, double sy, double sz) {
    List<PointTrack> tracks = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      double[] x = new double[frames];
      double[] y = new double[frames];
      double[] z = new double[frames];
      double[] q = new double[frames];
      for (int f = 0; f < frames; f++) {
        double[] v = data.get(first + f);
        double vis = v == null ? 0 : v[i * 5 + 3];
        boolean ok = v != null && (Double.isNaN(vis) || vis >= config.minVisibility());
        x[f] = ok ? v[i * 5] * sx : Double.NaN;
        y[f] = ok ? v[i * 5 + 1] * sy : Double.NaN;
        z[f] = ok ? v[i * 5 + 2] * sz : Double.NaN;
        q[f] = vis;
      }
      String label = Lazy.NAMES.get(i);
      tracks.add(PointTrack.of(label, Skeleton.MEDIAPIPE_POSE_33.landmark(i),
          Vector3Series.of(label, rate, unit, frame, x, y, z),
          ScalarSeries.of(label + ".visibility", rate, Unit.DIMENSIONLESS, q)));
    }
    return tracks;
  }
}

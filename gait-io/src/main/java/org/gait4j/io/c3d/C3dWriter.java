package org.gait4j.io.c3d;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.io.c3d.C3dParameters.DataType;
import org.gait4j.io.c3d.C3dParameters.Group;
import org.gait4j.io.c3d.C3dParameters.Parameter;
import org.gait4j.io.c3d.C3dParameters.Processor;
import org.gait4j.model.Annotation;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Writes a {@link Trial}'s points, analog channels and events as a C3D file that lab software
 * (Vicon, Visual3D, Motion Analysis, BTK/ezc3d-based tools) can open, for any processor type and
 * either storage. Immutable: {@code with...} methods return configured copies. Thread-safe.
 *
 * <pre>{@code
 * C3dParameters source = C3dReader.readParameters(in);
 * Trial t = new C3dReader().read(in);
 * C3dWriter.matching(source).write(t, source, out);   // same encoding, parameters carried
 * C3dWriter.defaults().withProcessor(Processor.MIPS).write(t, out2);
 * }</pre>
 *
 * <p>What is written (reference: Motion Lab Systems, "The C3D File Format User Guide", 2008):
 * <ul>
 *   <li>POINT: every track of the trial's point sets of kind {@code MARKERS} or
 *       {@code KEYPOINTS_3D}, in order (all sets must share rate and length). Tracks whose
 *       frame is not {@link Frame#LAB} (the model outputs {@link C3dReader} puts in a second
 *       set) are listed in POINT:ANGLES, FORCES, MOMENTS or SCALARS by unit, unless the carried
 *       parameters list them already. NaN samples are written invalid (residual word −1); the
 *       quality is written as the residual byte, quantised to |POINT:SCALE| (camera masks are
 *       not kept). Int16 storage needs every coordinate to fit 32767 × scale.
 *   <li>ANALOG: the trial's channels, whose rate must be a whole multiple of the point rate.
 *       Per-channel SCALE/OFFSET and GEN_SCALE are taken from the carried parameters when they
 *       have at least one per channel (so a read-write-read cycle gives identical values), else int16
 *       uses maxAbs / 32000 and float uses 1. NaN analog samples are written as 0.
 *   <li>EVENT: the annotations (label, context, minutes/seconds), or, if there are none, the
 *       stored gait events as {@code Foot Strike}/{@code Foot Off} with context
 *       {@code Left}/{@code Right}. At most 255 events. Header events are not written.
 *   <li>The first frame {@code round(startTimeS × rate) + 1}, and TRIAL:ACTUAL_START_FIELD/
 *       END_FIELD (32-bit frame numbers) when the carried parameters have a TRIAL group or the
 *       last frame exceeds 65535.
 *   <li>Every other group and parameter of the {@code carried} parameters verbatim
 *       (FORCE_PLATFORM, SUBJECTS, PROCESSING, ...); force plates are only written this way, so
 *       their CHANNEL numbers must still match the analog channel order.
 * </ul>
 */
public final class C3dWriter {

  /** How point and analog samples are stored. */
  public enum Storage {
    /** 16-bit integers times POINT:SCALE (&gt; 0). */
    INT16,
    /** 32-bit floats; POINT:SCALE is negative and its magnitude is the residual unit. */
    FLOAT
  }

  private static final int MAX_INT16_POINT = 32000;
  private static final List<String> GENERATED_POINT = List.of("USED", "FRAMES", "DATA_START",
      "SCALE", "RATE", "UNITS");
  private static final List<String> LISTS_POINT = List.of("LABELS", "DESCRIPTIONS");
  private static final List<String> GENERATED_ANALOG = List.of("USED", "RATE", "GEN_SCALE",
      "FORMAT", "BITS");
  private static final List<String> LISTS_ANALOG = List.of("LABELS", "DESCRIPTIONS", "UNITS",
      "SCALE", "OFFSET");

  private final Processor processor;
  private final Storage storage;
  private final double pointScale;

  private C3dWriter(Processor processor, Storage storage, double pointScale) {
    this.processor = processor;
    this.storage = storage;
    this.pointScale = pointScale;
  }

  /** Intel processor, float storage, scale chosen from the data. */
  public static C3dWriter defaults() {
    return new C3dWriter(Processor.INTEL, Storage.FLOAT, Double.NaN);
  }

  /** The processor, storage and |POINT:SCALE| of {@code source}. */
  public static C3dWriter matching(C3dParameters source) {
    double s = source.parameter("POINT", "SCALE").filter(p -> p.type() != DataType.CHAR
        && p.count() > 0).map(Parameter::doubleValue).orElse(Double.NaN);
    Storage st = s < 0 ? Storage.FLOAT : Storage.INT16;
    return new C3dWriter(source.processor(), st,
        Double.isFinite(s) && s != 0 ? Math.abs(s) : Double.NaN);
  }

  /** A copy writing numbers for processor {@code p}. */
  public C3dWriter withProcessor(Processor p) {
    return new C3dWriter(java.util.Objects.requireNonNull(p, "processor"), storage, pointScale);
  }

  /** A copy storing samples as {@code s}. */
  public C3dWriter withStorage(Storage s) {
    return new C3dWriter(processor, java.util.Objects.requireNonNull(s, "storage"),
        pointScale);
  }

  /**
   * A copy with |POINT:SCALE| = {@code scale} (point units per int16 step, or per residual step
   * for float storage).
   *
   * @throws IllegalArgumentException unless finite and &gt; 0
   */
  public C3dWriter withPointScale(double scale) {
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("pointScale (" + scale + ") must be finite and > 0");
    }
    return new C3dWriter(processor, storage, scale);
  }

  public Processor processor() {
    return processor;
  }

  public Storage storage() {
    return storage;
  }

  /**
   * Writes {@code trial} to {@code file} (replaced if it exists).
   *
   * @throws IllegalArgumentException if the trial cannot be represented (rates that are not
   *     multiples, values beyond int16 range, more than 255 events, ...)
   * @throws IOException if the file cannot be written
   */
  public void write(Trial trial, Path file) throws IOException {
    write(trial, null, file);
  }

  /**
   * Writes {@code trial} to {@code file}, carrying every parameter of {@code carried} that the
   * writer does not generate itself (see the class documentation).
   *
   * @param carried parameters of a source file, or null
   * @throws IllegalArgumentException if the trial cannot be represented
   * @throws IOException if the file cannot be written
   */
  public void write(Trial trial, C3dParameters carried, Path file) throws IOException {
    new Job(trial, carried).write(file);
  }

  @Override
  public String toString() {
    return "C3dWriter[" + processor + ", " + storage + ", scale " + pointScale + "]";
  }

  /** One write: the layout decided from the trial, then the bytes. */
  private final class Job {
    final Trial trial;
    final C3dParameters carried;
    final List<PointTrack> tracks = new ArrayList<>();
    final MultiChannelSeries analog;
    final double rate;
    final int frames;
    final int ratio;
    final long firstFrame;
    final double scale;
    final double[] analogK;
    final double[] analogOffset;
    final boolean unsigned;
    final Map<String, Group> groups = new LinkedHashMap<>();

    Job(Trial trial, C3dParameters carried) {
      this.trial = trial;
      this.carried = carried;
      double r = Double.NaN;
      int n = 0;
      for (PointSet s : trial.pointSets()) {
        if (s.kind() == PointSet.Kind.KEYPOINTS_2D) {
          continue;
        }
        if (Double.isNaN(r)) {
          r = s.rate().hz();
          n = s.size();
        } else if (s.rate().hz() != r || s.size() != n) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "point set %s (%d @ %s)"
              + " differs from the first (%d @ %s Hz) in rate or length", s, s.size(), s.rate(),
              n, r));
        }
        tracks.addAll(s.tracks());
      }
      this.analog = trial.analog().filter(a -> a.channelCount() > 0).orElse(null);
      if (Double.isNaN(r)) {
        r = analog != null ? analog.rate().hz() : 100.0;
        n = analog != null ? analog.size() : 0;
      }
      this.rate = r;
      this.frames = n;
      if (analog != null) {
        double q = analog.rate().hz() / rate;
        int k = (int) Math.round(q);
        if (k < 1 || Math.abs(q - k) > 1e-9 * q) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "analog rate %s Hz is not"
              + " a whole multiple of the point rate %s Hz", analog.rate().hz(), rate));
        }
        if ((long) k * frames != analog.size()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%d analog samples for"
              + " %d frames x %d", analog.size(), frames, k));
        }
        this.ratio = k;
      } else {
        this.ratio = 0;
      }
      this.firstFrame = Math.round(trial.startTimeS() * rate) + 1;
      if (firstFrame < 1 || firstFrame + frames - 1 > 0xFFFFFFFFL) {
        throw new IllegalArgumentException("first frame " + firstFrame + " out of range");
      }
      this.scale = chooseScale();
      int ch = analog == null ? 0 : analog.channelCount();
      this.analogK = new double[ch];
      this.analogOffset = new double[ch];
      this.unsigned = storage == Storage.INT16 && carried != null
          && carried.parameter("ANALOG", "FORMAT").filter(p -> p.type() == DataType.CHAR)
              .map(p -> p.string().trim().equalsIgnoreCase("UNSIGNED")).orElse(false);
      chooseAnalogScales();
    }

    private double chooseScale() {
      if (!Double.isNaN(pointScale)) {
        return pointScale;
      }
      double max = 0;
      double maxRes = 0;
      for (PointTrack t : tracks) {
        for (double v : t.position().norm()) {
          max = Double.isFinite(v) ? Math.max(max, v) : max;
        }
        if (t.quality().isPresent()) {
          for (double v : t.quality().get().toArray()) {
            maxRes = Double.isFinite(v) ? Math.max(maxRes, v) : maxRes;
          }
        }
      }
      if (storage == Storage.INT16) {
        return max > 0 ? max / MAX_INT16_POINT : 1.0;
      }
      return maxRes > 0 ? maxRes / 255 : 1.0;
    }

    private void chooseAnalogScales() {
      int ch = analogK.length;
      double[] sc = carried == null ? new double[0]
          : carried.doublesWithContinuations("ANALOG", "SCALE");
      double[] off = carried == null ? new double[0]
          : carried.doublesWithContinuations("ANALOG", "OFFSET");
      double gen = carried == null ? 1.0 : carried.parameter("ANALOG", "GEN_SCALE")
          .filter(p -> p.type() == DataType.FLOAT && p.count() > 0)
          .map(Parameter::doubleValue).orElse(1.0);
      boolean useCarried = sc.length >= ch && off.length >= ch && ch > 0;
      for (int c = 0; c < ch; c++) {
        if (useCarried) {
          analogK[c] = sc[c] * gen;
          analogOffset[c] = unsigned ? (int) off[c] & 0xFFFF : off[c];
        } else if (storage == Storage.INT16) {
          double max = 0;
          for (double v : analog.values(c)) {
            max = Double.isFinite(v) ? Math.max(max, Math.abs(v)) : max;
          }
          analogK[c] = max > 0 ? (double) (float) (max / MAX_INT16_POINT) : 1.0;
        } else {
          analogK[c] = 1.0;
        }
      }
      if (!useCarried) {
        genScale = 1.0;
        scales = analogK.clone();
        offsets = analogOffset.clone();
      } else {
        // all carried entries, also those beyond ANALOG:USED, so the parameters survive
        genScale = gen;
        scales = sc;
        offsets = off;
      }
    }

    double genScale;
    double[] scales;
    double[] offsets;

    void write(Path file) throws IOException {
      buildParameters();
      byte[] section = serialise(0);
      int blocks = (section.length + C3dFile.BLOCK - 1) / C3dFile.BLOCK;
      int dataStart = 2 + blocks;
      put("POINT", Parameter.ofInts("POINT", "DATA_START", "", new int[0],
          new int[] {(short) dataStart}));
      section = serialise(blocks);
      if (section.length > blocks * C3dFile.BLOCK) {
        throw new IllegalStateException("parameter section grew while sizing it");
      }
      ByteBuffer header = header(dataStart);
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        writeAll(out, header);
        ByteBuffer ps = ByteBuffer.allocate(blocks * C3dFile.BLOCK);
        ps.put(section).clear();
        writeAll(out, ps);
        writeData(out);
      }
    }

    private void buildParameters() {
      if (carried != null) {
        for (Group g : carried.groupMap().values()) {
          Group copy = new Group(g.name, g.description, g.locked);
          copy.params.putAll(g.params);
          groups.put(C3dParameters.key(g.name), copy);
        }
      }
      int np = tracks.size();
      if (np > 0xFFFF) {
        throw new IllegalArgumentException(np + " points; a C3D file holds at most 65535");
      }
      removeLists("POINT", LISTS_POINT);
      for (String s : GENERATED_POINT) {
        remove("POINT", s);
      }
      put("POINT", Parameter.ofInts("POINT", "USED", "Number of points", new int[0],
          new int[] {(short) np}));
      put("POINT", Parameter.ofInts("POINT", "FRAMES", "Number of frames", new int[0],
          new int[] {(short) Math.min(frames, 0xFFFF)}));
      put("POINT", Parameter.ofInts("POINT", "DATA_START", "", new int[0], new int[] {0}));
      put("POINT", Parameter.ofFloats("POINT", "SCALE", "", new int[0],
          new double[] {storage == Storage.FLOAT ? -scale : scale}));
      put("POINT", Parameter.ofFloats("POINT", "RATE", "", new int[0], new double[] {rate}));
      Unit lengthUnit = Unit.MILLIMETRE;
      for (PointTrack t : tracks) {
        if (t.position().frame() == Frame.LAB) {
          lengthUnit = t.position().unit();
          break;
        }
      }
      put("POINT", Parameter.ofString("POINT", "UNITS", "", symbol(lengthUnit)));
      List<String> labels = new ArrayList<>();
      for (PointTrack t : tracks) {
        labels.add(t.label());
      }
      putList("POINT", "LABELS", labels);
      List<String> desc = carriedStrings("POINT", "DESCRIPTIONS", np);
      putList("POINT", "DESCRIPTIONS", desc);
      modelOutputLists();

      int ch = analog == null ? 0 : analog.channelCount();
      removeLists("ANALOG", LISTS_ANALOG);
      for (String s : GENERATED_ANALOG) {
        remove("ANALOG", s);
      }
      if (ch > 0 || groups.containsKey("ANALOG")) {
        put("ANALOG", Parameter.ofInts("ANALOG", "USED", "Number of analog channels",
            new int[0], new int[] {(short) ch}));
        put("ANALOG", Parameter.ofFloats("ANALOG", "RATE", "", new int[0],
            new double[] {analog == null ? rate : analog.rate().hz()}));
        put("ANALOG", Parameter.ofFloats("ANALOG", "GEN_SCALE", "", new int[0],
            new double[] {genScale}));
        put("ANALOG", Parameter.ofString("ANALOG", "FORMAT", "", unsigned ? "UNSIGNED"
            : "SIGNED"));
        put("ANALOG", Parameter.ofInts("ANALOG", "BITS", "", new int[0], new int[] {16}));
        if (ch > 0) {
          putList("ANALOG", "LABELS", analog.names());
          putList("ANALOG", "DESCRIPTIONS", carriedStrings("ANALOG", "DESCRIPTIONS", ch));
          List<String> carriedUnits = carriedStrings("ANALOG", "UNITS", ch);
          List<String> units = new ArrayList<>();
          for (int c = 0; c < ch; c++) {
            Unit u = analog.units().get(c);
            String cu = carriedUnits.get(c);
            units.add(!cu.isEmpty() && C3dReader.unit(cu, Unit.UNSPECIFIED) == u ? cu
                : symbol(u));
          }
          putList("ANALOG", "UNITS", units);
          putNumbers("ANALOG", "SCALE", scales, true);
          putNumbers("ANALOG", "OFFSET", offsets, false);
        }
      }
      events();
      remove("TRIAL", "ACTUAL_START_FIELD");
      remove("TRIAL", "ACTUAL_END_FIELD");
      long last = firstFrame + frames - 1;
      if (!groups.containsKey("TRIAL") && last <= 0xFFFF) {
        return;
      }
      put("TRIAL", Parameter.ofInts("TRIAL", "ACTUAL_START_FIELD", "", new int[] {2},
          new int[] {(short) firstFrame, (short) (firstFrame >>> 16)}));
      put("TRIAL", Parameter.ofInts("TRIAL", "ACTUAL_END_FIELD", "", new int[] {2},
          new int[] {(short) last, (short) (last >>> 16)}));
    }

    private void modelOutputLists() {
      String[] lists = {"ANGLES", "FORCES", "MOMENTS", "SCALARS"};
      String[] unitNames = {"ANGLE_UNITS", "FORCE_UNITS", "MOMENT_UNITS", "SCALAR_UNITS"};
      for (int k = 0; k < lists.length; k++) {
        if (carried != null && carried.parameter("POINT", lists[k]).isPresent()) {
          return;
        }
      }
      List<List<String>> names = new ArrayList<>();
      Unit[] units = new Unit[lists.length];
      for (int k = 0; k < lists.length; k++) {
        names.add(new ArrayList<>());
      }
      for (PointTrack t : tracks) {
        if (t.position().frame() == Frame.LAB) {
          continue;
        }
        Unit u = t.position().unit();
        int k = u.quantity() == Unit.Quantity.ANGLE ? 0 : u.quantity() == Unit.Quantity.FORCE
            ? 1 : u.quantity() == Unit.Quantity.MOMENT ? 2 : 3;
        names.get(k).add(t.label());
        if (units[k] == null) {
          units[k] = u;
        }
      }
      for (int k = 0; k < lists.length; k++) {
        if (!names.get(k).isEmpty()) {
          putList("POINT", lists[k], names.get(k));
          if (units[k] != Unit.UNSPECIFIED) {
            put("POINT", Parameter.ofString("POINT", unitNames[k], "", symbol(units[k])));
          }
        }
      }
    }

    private void events() {
      List<Annotation> ann = new ArrayList<>(trial.annotations());
      if (ann.isEmpty() && trial.storedEvents().isPresent()) {
        double rateE = trial.storedEvents().get().rate().hz();
        for (GaitEvent e : trial.storedEvents().get()) {
          String label = e.type() == GaitEventType.INITIAL_CONTACT ? "Foot Strike"
              : e.type() == GaitEventType.TOE_OFF ? "Foot Off" : e.type().code();
          String ctx = e.side() == Side.LEFT ? "Left" : e.side() == Side.RIGHT ? "Right"
              : "General";
          ann.add(new Annotation(label, ctx, trial.startTimeS() + e.sampleIndex() / rateE));
        }
      }
      if (ann.isEmpty()) {
        return;
      }
      int n = ann.size();
      if (n > 255) {
        throw new IllegalArgumentException(n + " events; the C3D EVENT group holds at most 255");
      }
      List<String> keep = List.of("DESCRIPTIONS", "SUBJECTS", "ICON_IDS", "GENERIC_FLAGS");
      Map<String, Parameter> old = new LinkedHashMap<>();
      Group g = groups.get("EVENT");
      if (g != null) {
        for (String k : keep) {
          Parameter p = g.params.get(k);
          if (p != null) {
            int[] d = p.dimensions();
            int count = d.length == 0 ? 1 : d[d.length - 1];
            if (count == n) {
              old.put(k, p);
            }
          }
        }
        g.params.clear();
      }
      List<String> labels = new ArrayList<>();
      List<String> contexts = new ArrayList<>();
      double[] times = new double[2 * n];
      for (int i = 0; i < n; i++) {
        Annotation a = ann.get(i);
        labels.add(a.label());
        contexts.add(a.context());
        double m = Math.floor(a.timeS() / 60);
        times[2 * i] = m;
        times[2 * i + 1] = a.timeS() - 60 * m;
      }
      put("EVENT", Parameter.ofInts("EVENT", "USED", "Number of events", new int[0],
          new int[] {n}));
      put("EVENT", Parameter.ofStrings("EVENT", "CONTEXTS", "", contexts));
      put("EVENT", Parameter.ofStrings("EVENT", "LABELS", "", labels));
      put("EVENT", Parameter.ofFloats("EVENT", "TIMES", "minutes, seconds", new int[] {2, n},
          times));
      String subject = trial.subject().id();
      List<String> subjects = new ArrayList<>();
      List<String> empty = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        subjects.add(subject);
        empty.add("");
      }
      put("EVENT", old.getOrDefault("DESCRIPTIONS",
          Parameter.ofStrings("EVENT", "DESCRIPTIONS", "", empty)));
      put("EVENT", old.getOrDefault("SUBJECTS",
          Parameter.ofStrings("EVENT", "SUBJECTS", "", subjects)));
      put("EVENT", old.getOrDefault("ICON_IDS",
          Parameter.ofInts("EVENT", "ICON_IDS", "", new int[] {n}, new int[n])));
      put("EVENT", old.getOrDefault("GENERIC_FLAGS",
          Parameter.ofBytes("EVENT", "GENERIC_FLAGS", "", new int[] {n}, new byte[n])));
    }

    /** The first n carried strings of group:name (with continuations), padded with "". */
    private List<String> carriedStrings(String group, String name, int n) {
      List<String> c = carried == null ? List.of()
          : carried.stringsWithContinuations(group, name);
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(i < c.size() ? c.get(i) : "");
      }
      return out;
    }

    private void putList(String group, String name, List<String> values) {
      for (int part = 0; part * 255 < Math.max(values.size(), 1); part++) {
        List<String> chunk = values.subList(part * 255, Math.min(values.size(),
            (part + 1) * 255));
        put(group, Parameter.ofStrings(group, part == 0 ? name : name + (part + 1), "",
            chunk));
      }
    }

    private void putNumbers(String group, String name, double[] values, boolean floats) {
      for (int part = 0; part * 255 < Math.max(values.length, 1); part++) {
        int from = part * 255;
        int to = Math.min(values.length, (part + 1) * 255);
        double[] chunk = java.util.Arrays.copyOfRange(values, from, to);
        String n = part == 0 ? name : name + (part + 1);
        if (floats) {
          put(group, Parameter.ofFloats(group, n, "", new int[] {chunk.length}, chunk));
        } else {
          int[] ints = new int[chunk.length];
          for (int i = 0; i < ints.length; i++) {
            ints[i] = (short) (int) chunk[i];
          }
          put(group, Parameter.ofInts(group, n, "", new int[] {chunk.length}, ints));
        }
      }
    }

    private void put(String group, Parameter p) {
      Group g = groups.computeIfAbsent(C3dParameters.key(group),
          k -> new Group(group, "", false));
      g.params.put(C3dParameters.key(p.name()), p.inGroup(g.name));
    }

    private void remove(String group, String name) {
      Group g = groups.get(C3dParameters.key(group));
      if (g != null) {
        g.params.remove(C3dParameters.key(name));
      }
    }

    /** Removes {@code base}, {@code base2}, {@code base3}, ... of each base. */
    private void removeLists(String group, List<String> bases) {
      Group g = groups.get(C3dParameters.key(group));
      if (g == null) {
        return;
      }
      for (Iterator<String> it = g.params.keySet().iterator(); it.hasNext();) {
        String k = it.next();
        for (String b : bases) {
          if (k.equals(b) || (k.startsWith(b) && k.substring(b.length()).matches("[0-9]+"))) {
            it.remove();
            break;
          }
        }
      }
    }

    /** The parameter section's bytes (header included), {@code blocks} in its header. */
    private byte[] serialise(int blocks) {
      List<byte[]> records = new ArrayList<>();
      int id = 0;
      for (Group g : groups.values()) {
        id++;
        if (id > 127) {
          throw new IllegalArgumentException("more than 127 parameter groups");
        }
        records.add(groupRecord(g, id));
        for (Parameter p : g.params.values()) {
          records.add(parameterRecord(p, id));
        }
      }
      int size = 4 + 2;
      for (byte[] r : records) {
        size += r.length;
      }
      ByteBuffer b = ByteBuffer.allocate(size).order(Codec.order(processor));
      b.put((byte) 1).put((byte) C3dFile.MAGIC).put((byte) blocks)
          .put((byte) processor.code());
      for (int i = 0; i < records.size(); i++) {
        byte[] r = records.get(i);
        if (i == records.size() - 1) {
          // the last record's next-offset is 0: the end of the parameter list
          int nameLen = Math.abs(r[0]);
          r[2 + nameLen] = 0;
          r[3 + nameLen] = 0;
        }
        b.put(r);
      }
      b.put((byte) 0).put((byte) 0);
      if ((size + C3dFile.BLOCK - 1) / C3dFile.BLOCK > 255) {
        throw new IllegalArgumentException("the parameter section would need more than 255"
            + " blocks");
      }
      return b.array();
    }

    private byte[] groupRecord(Group g, int id) {
      byte[] name = name(g.name);
      byte[] desc = desc(g.description);
      ByteBuffer b = ByteBuffer.allocate(2 + name.length + 2 + 1 + desc.length)
          .order(Codec.order(processor));
      b.put((byte) (g.locked ? -name.length : name.length)).put((byte) -id).put(name);
      b.putShort((short) (2 + 1 + desc.length));
      b.put((byte) desc.length).put(desc);
      return b.array();
    }

    private byte[] parameterRecord(Parameter p, int id) {
      byte[] name = name(p.name());
      byte[] desc = desc(p.description());
      int[] dims = p.dimensions();
      for (int d : dims) {
        if (d > 255) {
          throw new IllegalArgumentException(p.group() + ":" + p.name() + " has a dimension of "
              + d + " (at most 255)");
        }
      }
      int count = p.count();
      int dataBytes = count * p.type().size();
      int afterOffset = 2 + dims.length + dataBytes + 1 + desc.length;
      if (afterOffset + 2 > Short.MAX_VALUE) {
        throw new IllegalArgumentException(p.group() + ":" + p.name() + " is too large ("
            + dataBytes + " bytes) for one C3D parameter");
      }
      ByteBuffer b = ByteBuffer.allocate(2 + name.length + 2 + afterOffset)
          .order(Codec.order(processor));
      b.put((byte) (p.locked() ? -name.length : name.length)).put((byte) id).put(name);
      b.putShort((short) (2 + afterOffset));
      b.put((byte) p.type().code()).put((byte) dims.length);
      for (int d : dims) {
        b.put((byte) d);
      }
      switch (p.type()) {
        case CHAR:
        case BYTE:
          b.put(p.rawBytes());
          break;
        case INT16:
          for (int v : p.rawShorts()) {
            b.putShort((short) v);
          }
          break;
        default:
          for (double v : p.rawFloats()) {
            Codec.putFloat(b, v, processor);
          }
          break;
      }
      b.put((byte) desc.length).put(desc);
      return b.array();
    }

    private byte[] name(String n) {
      byte[] b = n.getBytes(StandardCharsets.US_ASCII);
      if (b.length == 0 || b.length > 127) {
        throw new IllegalArgumentException("parameter or group name '" + n
            + "' must have 1 to 127 characters");
      }
      return b;
    }

    private byte[] desc(String d) {
      byte[] b = d.getBytes(StandardCharsets.ISO_8859_1);
      return b.length > 255 ? java.util.Arrays.copyOf(b, 255) : b;
    }

    private ByteBuffer header(int dataStart) {
      ByteBuffer h = ByteBuffer.allocate(C3dFile.BLOCK).order(Codec.order(processor));
      h.put(0, (byte) 2).put(1, (byte) C3dFile.MAGIC);
      h.putShort(2, (short) tracks.size());
      int ch = analog == null ? 0 : analog.channelCount();
      long perFrame = (long) ch * ratio;
      if (perFrame > 0xFFFF) {
        throw new IllegalArgumentException(perFrame + " analog samples per frame (at most"
            + " 65535)");
      }
      h.putShort(4, (short) perFrame);
      h.putShort(6, (short) Math.min(firstFrame, 0xFFFF));
      h.putShort(8, (short) Math.min(firstFrame + frames - 1, 0xFFFF));
      h.putShort(10, (short) 10);
      h.position(12);
      Codec.putFloat(h, storage == Storage.FLOAT ? -scale : scale, processor);
      h.putShort(16, (short) dataStart);
      h.putShort(18, (short) ratio);
      h.position(20);
      Codec.putFloat(h, rate, processor);
      h.putShort(298, (short) 12345);
      h.putShort(300, (short) 0);
      h.position(0);
      return h;
    }

    private void writeData(FileChannel out) throws IOException {
      int np = tracks.size();
      int ch = analogK.length;
      int bpv = storage == Storage.FLOAT ? 4 : 2;
      int frameBytes = (np * 4 + ch * ratio) * bpv;
      if (frames == 0 || frameBytes == 0) {
        return;
      }
      double[][] x = new double[np][];
      double[][] y = new double[np][];
      double[][] z = new double[np][];
      double[][] q = new double[np][];
      for (int p = 0; p < np; p++) {
        Vector3Series v = tracks.get(p).position();
        x[p] = v.x();
        y[p] = v.y();
        z[p] = v.z();
        Optional<ScalarSeries> qs = tracks.get(p).quality();
        q[p] = qs.map(ScalarSeries::toArray).orElse(null);
      }
      double[][] a = new double[ch][];
      for (int c = 0; c < ch; c++) {
        a[c] = analog.values(c);
      }
      int framesPerChunk = Math.max(1, (1 << 16) / frameBytes);
      ByteBuffer buf = ByteBuffer.allocate(framesPerChunk * frameBytes)
          .order(Codec.order(processor));
      for (int f = 0; f < frames; f++) {
        for (int p = 0; p < np; p++) {
          double vx = x[p][f];
          double vy = y[p][f];
          double vz = z[p][f];
          boolean invalid = Double.isNaN(vx + vy + vz);
          int res = 0;
          if (!invalid && q[p] != null && Double.isFinite(q[p][f])) {
            res = (int) Math.max(0, Math.min(255, Math.round(q[p][f] / scale)));
          }
          if (storage == Storage.FLOAT) {
            Codec.putFloat(buf, invalid ? 0 : vx, processor);
            Codec.putFloat(buf, invalid ? 0 : vy, processor);
            Codec.putFloat(buf, invalid ? 0 : vz, processor);
            Codec.putFloat(buf, invalid ? -1 : res, processor);
          } else {
            buf.putShort(invalid ? 0 : toInt16(vx / scale, p, f));
            buf.putShort(invalid ? 0 : toInt16(vy / scale, p, f));
            buf.putShort(invalid ? 0 : toInt16(vz / scale, p, f));
            buf.putShort((short) (invalid ? -1 : res));
          }
        }
        for (int s = 0; s < ratio; s++) {
          int i = f * ratio + s;
          for (int c = 0; c < ch; c++) {
            double v = a[c][i];
            double raw = analogK[c] == 0 || Double.isNaN(v) ? analogOffset[c]
                : v / analogK[c] + analogOffset[c];
            if (storage == Storage.FLOAT) {
              Codec.putFloat(buf, raw, processor);
            } else {
              long r = Math.round(raw);
              if (unsigned ? r < 0 || r > 0xFFFF : r < Short.MIN_VALUE || r > Short.MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "analog channel"
                    + " '%s' sample %d (%s) does not fit 16 bits with scale %s",
                    analog.names().get(c), i, v, analogK[c]));
              }
              buf.putShort((short) r);
            }
          }
        }
        if (!buf.hasRemaining() || f == frames - 1) {
          buf.flip();
          writeAll(out, buf);
          buf.clear();
        }
      }
    }

    private short toInt16(double v, int point, int frame) {
      long r = Math.round(v);
      if (r < Short.MIN_VALUE || r > Short.MAX_VALUE) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "point '%s' frame %d:"
            + " %s does not fit int16 with POINT:SCALE %s; use a larger scale or FLOAT storage",
            tracks.get(point).label(), frame, v * scale, scale));
      }
      return (short) r;
    }
  }

  private static String symbol(Unit u) {
    if (u == Unit.UNSPECIFIED) {
      return "";
    }
    return u.symbol().replace("·", "");
  }

  private static void writeAll(FileChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}

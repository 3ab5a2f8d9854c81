package org.gait4j.io.c3d;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.c3d.C3dParameters.DataType;
import org.gait4j.io.c3d.C3dParameters.Parameter;
import org.gait4j.model.Annotation;
import org.gait4j.model.ForcePlate;
import org.gait4j.model.Frame;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.PointSet;
import org.gait4j.model.PointTrack;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.ScalarSeries;
import org.gait4j.model.Side;
import org.gait4j.model.Skeleton;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads C3D files (the biomechanics standard for marker, analog and force-plate data) into a
 * {@link Trial}, and gives access to every parameter by name ({@link #readParameters(Path)}).
 *
 * <p>Format reference: Motion Lab Systems, "The C3D File Format User Guide" (C3D.org, 2008), and
 * the C3D file-format specification at https://www.c3d.org. What this reader implements:
 *
 * <table>
 * <caption>C3D features and their mapping</caption>
 * <tr><th>feature</th><th>handling</th></tr>
 * <tr><td>header (block 1)</td><td>byte 1 key 0x50; word 1 byte 0: parameter block; words 2-12:
 *   points, analog samples per frame, first/last frame (unsigned), max gap, scale, data block,
 *   analog samples per channel per frame, frame rate; words 150-234: up to 18 header events</td></tr>
 * <tr><td>processor (parameter byte 4)</td><td>84 Intel (little-endian, IEEE), 85 DEC (little-endian
 *   integers, VAX F-floats = words swapped, then IEEE bits with exponent bias 2 larger, i.e. the
 *   IEEE reading / 4), 86 SGI/MIPS (big-endian, IEEE)</td></tr>
 * <tr><td>parameters</td><td>groups (negative id) and parameters linked by their next-record offset;
 *   types char/byte/int16/float, up to 7 dimensions; locked flag; any group by name
 *   ({@link C3dParameters}); {@code LABELS2}, {@code SCALE2} ... continuations</td></tr>
 * <tr><td>storage</td><td>POINT:SCALE &gt; 0: int16 × scale; &lt; 0: 32-bit floats, |scale| is the
 *   residual unit</td></tr>
 * <tr><td>point samples</td><td>x, y, z and a residual word: camera mask (high byte) and residual
 *   (low byte × |scale|); word &lt; 0 or x = y = z = 0 is an invalid sample, read as NaN (position
 *   and quality). Float files storing a fractional residual are read as that residual.</td></tr>
 * <tr><td>frames</td><td>header first/last frame, or TRIAL:ACTUAL_START_FIELD/END_FIELD (32-bit) when
 *   they give more frames; {@code Trial.startTimeS = (firstFrame - 1) / POINT:RATE}</td></tr>
 * <tr><td>analog</td><td>ANALOG:USED channels at ANALOG:RATE = POINT:RATE × samples per frame;
 *   value = (raw − OFFSET) × SCALE × GEN_SCALE; FORMAT UNSIGNED honoured; LABELS, UNITS</td></tr>
 * <tr><td>force plates</td><td>FORCE_PLATFORM types 1-4 (see below); other types are skipped and
 *   named in metadata {@code c3d.forcePlateNotes}</td></tr>
 * <tr><td>events</td><td>EVENT:TIMES (minutes, seconds), LABELS, CONTEXTS; header events only when
 *   the EVENT group has none</td></tr>
 * </table>
 *
 * <p><b>Points.</b> Markers become a {@link PointSet} of kind {@code MARKERS} in the lab frame,
 * in POINT:UNITS (usually mm), with the residual (point units) as quality. The skeleton is
 * {@link Skeleton#PLUG_IN_GAIT} when at least 12 of its 17 marker names are present (ignoring a
 * {@code Subject:} prefix), else {@link Skeleton#CUSTOM}; landmarks come from
 * {@link Skeleton#landmark(String)}. Points that a model computed (labels listed in POINT:ANGLES,
 * FORCES, MOMENTS, POWERS, SCALARS or REACTIONS, as Plug-in Gait writes) are not markers: they
 * form a second {@code PointSet} (always after the markers, skeleton {@code CUSTOM}, frame
 * {@link Frame#UNSPECIFIED}), each track in the unit its group states (ANGLE_UNITS, ...;
 * {@link Unit#UNSPECIFIED} when the model has no such unit). {@code trial.pointSet(MARKERS)}
 * therefore returns the markers.
 *
 * <p><b>Force plates.</b> The plate frame comes from FORCE_PLATFORM:CORNERS (numbered by
 * quadrant: 1 (+x,+y), 2 (−x,+y), 3 (−x,−y), 4 (+x,−y)), so plate z points into the floor. The
 * channels give force F and moment M at the plate's origin, in the plate frame: type 1 FX, FY,
 * FZ, COP x, COP y, MZ; type 2 FX, FY, FZ, MX, MY, MZ; type 3 (Kistler) FX12, FX34, FY14, FY23,
 * FZ1..FZ4 with ORIGIN = (a, b, az0); type 4 as type 2 after the 6 × 6 CAL_MATRIX (first index
 * = output row, second = input channel). As in every sample file (Vicon AMTI, Motion Analysis,
 * IST and AMASS alike), a loaded plate reads FZ &lt; 0: the channels are the
 * wrench the plate exerts on the subject. ORIGIN is the vector from the centre of the plate's
 * surface to its origin, in the plate frame; its z is taken as the depth |z| whatever its stored
 * sign, as files disagree. With depth h, COP = (−(My + h·Fx)/Fz, (Mx − h·Fy)/Fz) from the origin
 * and Tz = Mz − (x·Fy − y·Fx). The {@link ForcePlate} holds: force = R·F (N, lab frame, vertical
 * component positive under load), COP on the plate surface (m, lab frame), free moment −Tz (N·m,
 * right-handed about the upward plate normal). COP and free moment are NaN while the normal load
 * −FZ is at or
 * below {@value #COP_MIN_VERTICAL_FORCE_N} N. Moment channels in N·mm (units {@code Nmm},
 * {@code ntmm}) or N·m ({@code Nm}) are converted by their ANALOG:UNITS, others are taken as
 * N × POINT:UNITS. Exception, for old Vicon 370 files (gait-pig/gait-raw of the c3d.org samples)
 * that label N·mm channels {@code Nm}: when, read as N·m, more than half of the loaded centres
 * of pressure of a type 2 or 4 plate lie farther from its centre than its diagonal, the moments
 * are read as N·mm and metadata {@code c3d.forcePlateNotes} says so. FORCE_PLATFORM:ZERO
 * (baseline frames) is not applied.
 *
 * <p><b>Events.</b> Every stored event becomes an {@link Annotation} (label, context, time =
 * minutes × 60 + seconds). Those that name a foot strike or foot off become the trial's stored
 * {@link GaitEvents} at the point rate: label {@code Foot Strike} (also Heel Strike, Initial
 * Contact, Foot Contact) → {@code INITIAL_CONTACT}, {@code Foot Off} (Toe Off) →
 * {@code TOE_OFF}, side from the context {@code Left}/{@code Right}; or a code in the label or
 * context (some writers, e.g. Cortex, put it in CONTEXTS): {@code LHS RHS LFS RFS LIC RIC LFC
 * RFC} → initial contact, {@code LTO RTO LFO RFO} → toe off. The sample index is
 * {@code round(time × POINT:RATE) − (firstFrame − 1)} (time 0 is frame 1); events outside the
 * data are annotations only.
 *
 * <p><b>Metadata.</b> {@code c3d.processor}, {@code c3d.storage}, {@code c3d.pointScale},
 * {@code c3d.firstFrame}, {@code c3d.lastFrame}, {@code c3d.pointRateHz},
 * {@code c3d.analogRateHz}, {@code c3d.pointUnits}, and every parameter of the TRIAL, SUBJECTS,
 * SUBJECT, PROCESSING and MANUFACTURER groups as {@code GROUP:NAME} → text. The {@link Subject}
 * takes its id from SUBJECTS:NAMES (or SUBJECT:NAME), mass from PROCESSING:Bodymass (or
 * SUBJECT:WEIGHT), height from PROCESSING:Height (mm) or SUBJECT:HEIGHT (metres if below 3), and
 * leg length from the mean of PROCESSING:LLegLength and RLegLength (mm).
 *
 * <p><b>Bad input.</b> Every malformed file gives a {@link GaitFormatException} with the byte
 * offset; counts are checked against the file size before any allocation, and the data section
 * is streamed through a 64 KiB buffer. Stateless and thread-safe.
 */
public final class C3dReader implements TrialReader {
  /** Below this normal load (N) a plate's centre of pressure and free moment are NaN. */
  public static final double COP_MIN_VERTICAL_FORCE_N = 10.0;

  private static final int PIG_MIN_NAMES = 12;
  private static final List<String> MODEL_GROUPS =
      List.of("ANGLES", "FORCES", "MOMENTS", "POWERS", "SCALARS", "REACTIONS");
  private static final List<String> MODEL_UNITS = List.of("ANGLE_UNITS", "FORCE_UNITS",
      "MOMENT_UNITS", "POWER_UNITS", "SCALAR_UNITS", "REACTION_UNITS");
  private static final List<String> METADATA_GROUPS =
      List.of("TRIAL", "SUBJECTS", "SUBJECT", "PROCESSING", "MANUFACTURER");

  /** A reader; stateless. */
  public C3dReader() {}

  @Override
  public String formatName() {
    return "C3D";
  }

  @Override
  public List<String> extensions() {
    return List.of("c3d");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    if (head.length < 2 || (head[1] & 0xFF) != C3dFile.MAGIC || (head[0] & 0xFF) < 2) {
      return Match.NO;
    }
    int at = C3dFile.BLOCK * ((head[0] & 0xFF) - 1) + 3;
    if (at >= head.length) {
      return Match.MAYBE;
    }
    int proc = head[at] & 0xFF;
    return proc >= 84 && proc <= 86 ? Match.YES : Match.NO;
  }

  /**
   * Reads the header and parameter section of {@code file} only.
   *
   * @throws GaitFormatException if the header or parameter section is malformed
   * @throws IOException if the file cannot be read
   */
  public static C3dParameters readParameters(Path file) throws IOException {
    return C3dFile.open(file).params;
  }

  @Override
  public Trial read(Path path) throws IOException {
    C3dFile f = C3dFile.open(path);
    C3dFile.Data d = f.readData();
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    SamplingRate rate = SamplingRate.ofHz(f.pointRate);
    Trial.Builder b = Trial.builder(name).startTimeS((f.firstFrame - 1) / f.pointRate);
    addPoints(f, d, rate, b);
    List<String> analogUnits = new ArrayList<>();
    if (f.channels > 0) {
      b.analog(analog(f, d, analogUnits));
    }
    List<String> skipped = new ArrayList<>();
    for (ForcePlate fp : ForcePlates.compute(f, d, analogUnits, skipped)) {
      b.addForcePlate(fp);
    }
    addEvents(f, rate, b);
    b.subject(subject(f.params));
    b.putMetadata("c3d.processor", f.processor.name());
    b.putMetadata("c3d.storage", f.floatStorage ? "FLOAT" : "INT16");
    b.putMetadata("c3d.pointScale", Float.toString((float) f.pointScale));
    b.putMetadata("c3d.firstFrame", Long.toString(f.firstFrame));
    b.putMetadata("c3d.lastFrame", Long.toString(f.firstFrame + f.frames - 1));
    b.putMetadata("c3d.pointRateHz", Double.toString(f.pointRate));
    b.putMetadata("c3d.analogRateHz", Double.toString(f.analogRate));
    b.putMetadata("c3d.pointUnits", pointUnits(f));
    if (!skipped.isEmpty()) {
      b.putMetadata("c3d.forcePlateNotes", String.join("; ", skipped));
    }
    for (String g : METADATA_GROUPS) {
      for (Parameter p : f.params.parameters(g)) {
        b.putMetadata(p.group() + ":" + p.name(), p.valueText());
      }
    }
    return b.build();
  }

  private static String pointUnits(C3dFile f) {
    return f.params.parameter("POINT", "UNITS").filter(p -> p.type() == DataType.CHAR)
        .map(Parameter::string).map(String::trim).filter(s -> !s.isEmpty()).orElse("mm");
  }

  private static void addPoints(C3dFile f, C3dFile.Data d, SamplingRate rate, Trial.Builder b) {
    if (f.points == 0) {
      return;
    }
    List<String> labels = padded(f.params.stringsWithContinuations("POINT", "LABELS"),
        f.points, "POINT");
    Unit markerUnit = unit(pointUnits(f), Unit.MILLIMETRE);
    java.util.Map<String, Unit> modelUnit = new java.util.HashMap<>();
    for (int g = 0; g < MODEL_GROUPS.size(); g++) {
      String unitText = f.params.parameter("POINT", MODEL_UNITS.get(g))
          .filter(p -> p.type() == DataType.CHAR).map(Parameter::string).orElse("");
      Unit u = unit(unitText, Unit.UNSPECIFIED);
      for (String l : f.params.stringsWithContinuations("POINT", MODEL_GROUPS.get(g))) {
        modelUnit.putIfAbsent(l.trim(), u);
      }
    }
    int pig = 0;
    Set<String> pigNames = new HashSet<>(Skeleton.PLUG_IN_GAIT.pointNames());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < f.points; i++) {
      String l = labels.get(i);
      String s = l.substring(l.lastIndexOf(':') + 1).trim();
      if (!modelUnit.containsKey(l.trim()) && pigNames.contains(s) && seen.add(s)) {
        pig++;
      }
    }
    Skeleton skeleton = pig >= PIG_MIN_NAMES ? Skeleton.PLUG_IN_GAIT : Skeleton.CUSTOM;
    List<PointTrack> markers = new ArrayList<>();
    List<PointTrack> model = new ArrayList<>();
    for (int i = 0; i < f.points; i++) {
      String l = labels.get(i);
      Unit mu = modelUnit.get(l.trim());
      boolean isMarker = mu == null;
      Vector3Series pos = Vector3Series.of(l, rate, isMarker ? markerUnit : mu,
          isMarker ? Frame.LAB : Frame.UNSPECIFIED, d.x[i], d.y[i], d.z[i]);
      ScalarSeries q = ScalarSeries.of(l + " residual", rate, markerUnit, d.residual[i]);
      if (isMarker) {
        markers.add(PointTrack.of(l, skeleton.landmark(l), pos, q));
      } else {
        model.add(PointTrack.of(l, Optional.empty(), pos, q));
      }
    }
    b.addPointSet(PointSet.of(PointSet.Kind.MARKERS, skeleton, rate, markers));
    if (!model.isEmpty()) {
      b.addPointSet(PointSet.of(PointSet.Kind.MARKERS, Skeleton.CUSTOM, rate, model));
    }
  }

  private static MultiChannelSeries analog(C3dFile f, C3dFile.Data d, List<String> unitsOut) {
    List<String> labels = padded(f.params.stringsWithContinuations("ANALOG", "LABELS"),
        f.channels, "CH");
    List<String> unitText = padded(f.params.stringsWithContinuations("ANALOG", "UNITS"),
        f.channels, null);
    List<Unit> units = new ArrayList<>();
    for (int c = 0; c < f.channels; c++) {
      unitsOut.add(unitText.get(c));
      units.add(unit(unitText.get(c), Unit.UNSPECIFIED));
    }
    return MultiChannelSeries.of(SamplingRate.ofHz(f.analogRate), labels, units, d.analog);
  }

  /** The first {@code n} entries, padded with {@code prefix + index} (or "") if short. */
  private static List<String> padded(List<String> in, int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i < in.size() ? in.get(i) : prefix == null ? "" : prefix + (i + 1));
    }
    return out;
  }

  /** The unit of a C3D unit string, also accepting the old {@code nt}/{@code ntmm} spellings. */
  static Unit unit(String text, Unit fallback) {
    String t = text.trim();
    String k = t.toLowerCase(Locale.ROOT).replace(" ", "");
    switch (k) {
      case "nt":
        return Unit.NEWTON;
      case "ntmm":
      case "n-mm":
        return Unit.NEWTON_MILLIMETRE;
      case "ntm":
      case "n-m":
        return Unit.NEWTON_METRE;
      case "":
        return fallback;
      default:
        break;
    }
    try {
      return Unit.parse(t);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static void addEvents(C3dFile f, SamplingRate rate, Trial.Builder b) {
    List<Annotation> ann = new ArrayList<>();
    C3dParameters p = f.params;
    int used = f.intParam("EVENT", "USED").orElse(0);
    Optional<Parameter> times = p.parameter("EVENT", "TIMES")
        .filter(t -> t.type() != DataType.CHAR);
    if (used > 0 && times.isPresent()) {
      double[] t = times.get().doubles();
      int[] dims = times.get().dimensions();
      int n = Math.min(used, dims.length >= 2 && dims[0] == 2 ? t.length / 2 : 0);
      List<String> labels = padded(p.stringsWithContinuations("EVENT", "LABELS"), n, null);
      List<String> contexts = padded(p.stringsWithContinuations("EVENT", "CONTEXTS"), n, null);
      for (int i = 0; i < n; i++) {
        double s = t[2 * i] * 60 + t[2 * i + 1];
        if (Double.isFinite(s)) {
          ann.add(new Annotation(labels.get(i), contexts.get(i), s));
        }
      }
    }
    if (ann.isEmpty()) {
      for (C3dFile.HeaderEvent h : f.headerEvents) {
        ann.add(new Annotation(h.label(), "", h.timeS()));
      }
    }
    ann.sort((a, c) -> Double.compare(a.timeS(), c.timeS()));
    List<GaitEvent> events = new ArrayList<>();
    for (Annotation a : ann) {
      b.addAnnotation(a);
      GaitEvent e = gaitEvent(a, rate, f.firstFrame, f.frames);
      if (e != null) {
        events.add(e);
      }
    }
    if (!ann.isEmpty()) {
      b.storedEvents(GaitEvents.of(rate, events));
    }
  }

  /** The gait event an annotation stands for, or null (see the class documentation). */
  static GaitEvent gaitEvent(Annotation a, SamplingRate rate, long firstFrame, int frames) {
    String label = a.label().trim().toLowerCase(Locale.ROOT);
    String context = a.context().trim().toLowerCase(Locale.ROOT);
    GaitEventType type = null;
    Side side = context.equals("left") ? Side.LEFT : context.equals("right") ? Side.RIGHT
        : Side.UNKNOWN;
    switch (label) {
      case "foot strike":
      case "heel strike":
      case "initial contact":
      case "foot contact":
        type = GaitEventType.INITIAL_CONTACT;
        break;
      case "foot off":
      case "toe off":
        type = GaitEventType.TOE_OFF;
        break;
      default:
        break;
    }
    if (type == null) {
      String code = codeType(label) != null ? label : context;
      type = codeType(code);
      if (type != null) {
        side = code.charAt(0) == 'l' ? Side.LEFT : Side.RIGHT;
      }
    }
    if (type == null) {
      return null;
    }
    double s = Math.rint(a.timeS() * rate.hz()) - (firstFrame - 1);
    if (!(s >= 0 && s < frames)) {
      return null;
    }
    return new GaitEvent(type, side, (int) s);
  }

  private static GaitEventType codeType(String code) {
    if (code.length() != 3 || (code.charAt(0) != 'l' && code.charAt(0) != 'r')) {
      return null;
    }
    switch (code.substring(1)) {
      case "hs":
      case "fs":
      case "ic":
      case "fc":
        return GaitEventType.INITIAL_CONTACT;
      case "to":
      case "fo":
        return GaitEventType.TOE_OFF;
      default:
        return null;
    }
  }

  private static Subject subject(C3dParameters p) {
    String id = p.parameter("SUBJECTS", "NAMES").filter(x -> x.type() == DataType.CHAR)
        .map(Parameter::string)
        .or(() -> p.parameter("SUBJECT", "NAME").filter(x -> x.type() == DataType.CHAR)
            .map(Parameter::string))
        .orElse("").trim();
    Subject s = Subject.withId(id);
    double mass = number(p, "PROCESSING", "Bodymass");
    if (Double.isNaN(mass)) {
      mass = number(p, "SUBJECT", "WEIGHT");
    }
    if (mass > 0 && Double.isFinite(mass)) {
      s = s.withMassKg(mass);
    }
    double height = number(p, "PROCESSING", "Height") / 1000;
    if (Double.isNaN(height)) {
      height = number(p, "SUBJECT", "HEIGHT");
      height = height >= 3 ? height / 1000 : height;
    }
    if (height > 0 && Double.isFinite(height)) {
      s = s.withHeightM(height);
    }
    double leg = (number(p, "PROCESSING", "LLegLength") + number(p, "PROCESSING",
        "RLegLength")) / 2000;
    if (leg > 0 && Double.isFinite(leg)) {
      s = s.withLegLengthM(leg);
    }
    return s;
  }

  private static double number(C3dParameters p, String g, String n) {
    return p.parameter(g, n).filter(x -> x.type() != DataType.CHAR && x.count() > 0)
        .map(Parameter::doubleValue).orElse(Double.NaN);
  }
}

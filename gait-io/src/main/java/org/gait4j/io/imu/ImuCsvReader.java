package org.gait4j.io.imu;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.imu.ImuCsvConfig.AxisColumns;
import org.gait4j.io.imu.ImuCsvConfig.ExtraColumn;
import org.gait4j.io.imu.ImuCsvConfig.SensorColumns;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.ImuStream;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads inertial sensor data from delimited text (CSV, TSV, ...) laid out as an
 * {@link ImuCsvConfig} describes, into one {@link ImuStream} per configured sensor.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 *   # comment lines (optional, {@link ImuCsvConfig#commentCharacter()})
 *   header row 1            } {@link ImuCsvConfig#headerRows()} records, skipped
 *   ...                     }
 *   t, ax, ay, az, gx, ...  one record per sample, every record with the same field count
 * </pre>
 *
 * Columns are addressed by 0-based index. Syntax (quotes, delimiters, blank lines) is handled by
 * FastCSV; the reader streams record by record into growable primitive arrays, one per used
 * column, so memory is about 8 bytes per used cell whatever the line length, and the text is never
 * held. A day of 100 Hz data with two sensors (8.6 M rows) needs about 0.8 GB of column arrays;
 * unused columns cost nothing.
 *
 * <h2>Units</h2>
 *
 * Accelerometer columns are converted to m/s² (g with 9.80665 m/s² exactly); gyroscope and
 * magnetometer columns keep the unit the configuration states (deg/s stays deg/s), as do extra
 * channels. A unit of {@link Unit#UNSPECIFIED} is kept as is.
 *
 * <h2>Time and the sampling rate</h2>
 *
 * With a fixed rate the series use it; a timestamp column, when configured, must increase
 * strictly (an error otherwise) and its intervals are compared with the period. With a timestamp
 * column only, the rate is the inverse of the median interval (robust to dropped samples),
 * rounded to 0.001 Hz when within 10 ppm. Intervals off the period by more than the tolerance are counted and reported in the
 * trial's {@code timing.*} metadata ({@code timing.irregularIntervals},
 * {@code timing.maxIntervalDeviationFraction}, {@code timing.firstIrregularLine}); under
 * {@link TimestampPolicy#FAIL} the first one is a {@link GaitFormatException}. Samples are never
 * moved or interpolated. The first timestamp (seconds) becomes {@link Trial#startTimeS()}.
 *
 * <h2>Missing values and errors</h2>
 *
 * Empty cells, {@code NaN}, {@code NA} and {@code null} are NaN samples. Any other text that is
 * not a number, a record whose field count differs from the first header record (or the first data
 * record), a file without data rows, or malformed quoting is a {@link GaitFormatException} naming
 * the line.
 *
 * <h2>Presets and sniffing</h2>
 *
 * The no-argument reader (the one {@link org.gait4j.io.GaitIO} finds) recognises the header lines
 * of {@link ImuCsvConfig#mobgapLowerBack()} and {@link ImuCsvConfig#gaitmapFoot()} and says
 * {@code NO} to any other CSV, so it never claims files it cannot lay out; other layouts are read
 * with {@code new ImuCsvReader(config)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImuCsvReader implements TrialReader {
  /** Data rows whose length sizes the column buffers from the file length. */
  private static final int SIZE_SAMPLE_ROWS = 1024;

  private final ImuCsvConfig config;

  /** A reader that picks a preset from the file's header lines. */
  public ImuCsvReader() {
    this.config = null;
  }

  /** A reader of files laid out as {@code config} says. */
  public ImuCsvReader(ImuCsvConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    if (config.commentCharacter().isPresent()) {
      char c = config.commentCharacter().get();
      if (c == config.delimiter() || c == '"') {
        throw new IllegalArgumentException("commentCharacter (" + c
            + ") must differ from the delimiter and the quote");
      }
    }
    this.config = config;
  }

  @Override
  public String formatName() {
    return "IMU CSV";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  /**
   * The preset whose header the first two lines of a file match, if any.
   *
   * @param line1 the file's first line
   * @param line2 its second line (empty if none)
   */
  public static Optional<ImuCsvConfig> presetFor(String line1, String line2) {
    String a = line1.trim();
    if (a.startsWith("\uFEFF")) {
      a = a.substring(1);
    }
    if (a.startsWith("sample,timestamp_unix_s,acc_x_g,acc_y_g,acc_z_g,gyr_x_dps,gyr_y_dps,"
        + "gyr_z_dps")) {
      return Optional.of(ImuCsvConfig.mobgapLowerBack());
    }
    if (a.startsWith("sensor,left_sensor,right_sensor,left_sensor")
        && line2.trim().startsWith("axis,acc_x,acc_x,acc_y,acc_y,acc_z,acc_z,gyr_x,gyr_x")) {
      return Optional.of(ImuCsvConfig.gaitmapFoot());
    }
    return Optional.empty();
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] lines = Readers.headLines(head, 2);
    if (lines.length == 0) {
      return Match.NO;
    }
    boolean preset = presetFor(lines[0], lines.length > 1 ? lines[1] : "").isPresent();
    if (config == null) {
      return preset ? Match.YES : Match.NO;
    }
    return preset ? Match.YES : Match.MAYBE;
  }

  @Override
  public Trial read(Path path) throws IOException {
    Layout layout = layout(path);
    ImuCsvConfig cfg = layout.config();
    int sensors = cfg.sensors().size();
    Columns[] cols = new Columns[sensors];
    for (int s = 0; s < sensors; s++) {
      cols[s] = new Columns(cfg.sensors().get(s));
    }
    WholeFile rows = new WholeFile(path, cfg, cols, java.nio.file.Files.size(path));
    long line = parse(path, cfg, rows);
    Timestamps times = rows.times;
    rows = null;
    int n = cols[0].size();
    if (n == 0) {
      throw noData(path, line, cfg);
    }
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    Map<String, String> meta = new LinkedHashMap<>(layout.metadata());
    double rate;
    if (times != null) {
      Timestamps.Report rep = times.finish(cfg.rateHz().orElse(Double.NaN),
          cfg.irregularToleranceFraction());
      if (rep.irregularIntervals() > 0 && cfg.timestampPolicy() == TimestampPolicy.FAIL) {
        throw rep.error(path);
      }
      meta.putAll(rep.metadata());
      rate = rep.rateHz();
      t.startTimeS(rep.firstS());
      times = null; // the timestamps are no longer needed while the series are built
    } else {
      rate = cfg.rateHz().getAsDouble();
      meta.putAll(statedRate(rate));
    }
    meta.forEach(t::putMetadata);
    SamplingRate sr = SamplingRate.ofHz(rate);
    for (int s = 0; s < cols.length; s++) {
      t.addImu(cols[s].build(sr));
      cols[s] = null; // release this sensor's buffers before the next is built
    }
    return t.build();
  }

  /**
   * Reads {@code path} block by block, never holding more than one block: each block of {@code
   * blockSamples} samples (the last one shorter) goes to {@code sink} as one {@link ImuStream}
   * per configured sensor, exactly the samples, units and names {@link #read(Path)} gives for
   * that range. Parsing, header and field checks and their {@link GaitFormatException}s (file,
   * line, problem) are those of {@link #read(Path)}: a block is delivered only when all its rows
   * parsed, so a sink never sees a sample of a broken row.
   *
   * <p>The rate must be stated by the configuration ({@link ImuCsvConfig#rateHz()}; the presets
   * state it): estimating it from the timestamps needs the whole file. A timestamp column is
   * checked as it streams past (increasing; intervals against the period); under {@link
   * TimestampPolicy#FAIL} reading stops at the first irregular interval, after the blocks before
   * it were delivered, where {@link #read(Path)} reports the same interval once the whole file
   * parsed. Memory: the block's column arrays, whatever the file's length.
   *
   * @param path the file
   * @param blockSamples samples per block, {@code >= 1}
   * @param sink receives the blocks in order, on the calling thread; what it throws propagates
   * @return the metadata {@link #read(Path)} puts in the trial ({@code format}, {@code
   *     imu.preset}, {@code timing.*}), unmodifiable
   * @throws GaitFormatException as {@link #read(Path)}
   * @throws IllegalArgumentException if {@code blockSamples < 1} or the configuration states no
   *     rate
   */
  public Map<String, String> readBlocks(Path path, int blockSamples, ImuBlockSink sink)
      throws IOException {
    if (blockSamples < 1) {
      throw new IllegalArgumentException("blockSamples (" + blockSamples + ") must be >= 1");
    }
    if (sink == null) {
      throw new IllegalArgumentException("sink must not be null");
    }
    Layout layout = layout(path);
    ImuCsvConfig cfg = layout.config();
    if (cfg.rateHz().isEmpty()) {
      throw new IllegalArgumentException("block-by-block reading needs the sampling rate stated "
          + "in the configuration (rateHz): estimating it from the timestamps needs the whole "
          + "file (" + path + ")");
    }
    SamplingRate rate = SamplingRate.ofHz(cfg.rateHz().getAsDouble());
    Timestamps times = timestamps(path, cfg);
    int timeCol = cfg.timeColumn().orElse(-1);
    String timeName = "column " + timeCol;
    int sensors = cfg.sensors().size();
    Columns[] cols = new Columns[sensors];
    long[] first = {0};
    Rows block = (r, at) -> {
      if (times != null) {
        times.add(Fields.parse(r.getField(timeCol), path, at, timeName), at);
        if (cfg.timestampPolicy() == TimestampPolicy.FAIL && times.irregularIntervals() > 0) {
          throw times.report().error(path);
        }
      }
      if (cols[0] == null) {
        for (int s = 0; s < sensors; s++) {
          cols[s] = new Columns(cfg.sensors().get(s));
          cols[s].ensureCapacity(blockSamples);
        }
      }
      for (Columns c : cols) {
        c.add(r, path, at);
      }
      if (cols[0].size() == blockSamples) {
        first[0] += deliver(cols, rate, first[0], sink);
      }
    };
    long line = parse(path, cfg, block);
    if (cols[0] != null) {
      first[0] += deliver(cols, rate, first[0], sink);
    }
    if (first[0] == 0) {
      throw noData(path, line, cfg);
    }
    Map<String, String> meta = new LinkedHashMap<>(layout.metadata());
    meta.putAll(times != null ? times.report().metadata() : statedRate(rate.hz()));
    return Collections.unmodifiableMap(meta);
  }

  /** Hands the block in {@code cols} to {@code sink} and empties {@code cols}; its size. */
  private static int deliver(Columns[] cols, SamplingRate rate, long first, ImuBlockSink sink)
      throws IOException {
    int n = cols[0].size();
    List<ImuStream> block = new ArrayList<>(cols.length);
    for (int s = 0; s < cols.length; s++) {
      block.add(cols[s].build(rate));
      cols[s] = null;
    }
    sink.accept(first, List.copyOf(block));
    return n;
  }

  /** The configuration (given or the preset the header matches) and the metadata it implies. */
  private record Layout(ImuCsvConfig config, Map<String, String> metadata) {}

  private Layout layout(Path path) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "IMU CSV");
    if (config != null) {
      return new Layout(config, meta);
    }
    String[] lines;
    try (var in = java.nio.file.Files.newInputStream(path)) {
      lines = Readers.headLines(in.readNBytes(8192), 2);
    }
    Optional<ImuCsvConfig> p = lines.length == 0 ? Optional.empty()
        : presetFor(lines[0], lines.length > 1 ? lines[1] : "");
    if (p.isEmpty()) {
      throw GaitFormatException.ofFile(path, "not a known IMU CSV layout (mobgap lower back, "
          + "gaitmap foot); read it with new ImuCsvReader(config)");
    }
    meta.put("imu.preset", p.get().equals(ImuCsvConfig.mobgapLowerBack()) ? "mobgap lower back"
        : "gaitmap foot");
    return new Layout(p.get(), meta);
  }

  /**
   * The time column's checker, or null without one: checked as it streams when the rate is
   * stated (nothing kept), else kept for the rate estimate.
   */
  private static Timestamps timestamps(Path path, ImuCsvConfig cfg) {
    if (cfg.timeColumn().isEmpty()) {
      return null;
    }
    String name = "column " + cfg.timeColumn().getAsInt();
    double toSeconds = cfg.timeUnit().toSeconds();
    return cfg.rateHz().isPresent()
        ? Timestamps.checkedAgainst(path, name, toSeconds, cfg.rateHz().getAsDouble(),
            cfg.irregularToleranceFraction())
        : new Timestamps(path, name, toSeconds);
  }

  private static Map<String, String> statedRate(double rate) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("timing.rateHz", Double.toString(rate));
    m.put("timing.rateSource", "stated");
    return m;
  }

  private static GaitFormatException noData(Path path, long line, ImuCsvConfig cfg) {
    return GaitFormatException.atLine(path, line, "no data rows after " + cfg.headerRows()
        + " header rows");
  }

  /** The rows of {@link #read(Path)}: every sample into growing columns. */
  private static final class WholeFile implements Rows {
    final Path path;
    final Columns[] cols;
    final long fileBytes;
    final int timeCol;
    final String timeName;
    final Timestamps times;
    long sampleChars;
    int rows;

    WholeFile(Path path, ImuCsvConfig cfg, Columns[] cols, long fileBytes) {
      this.path = path;
      this.cols = cols;
      this.fileBytes = fileBytes;
      this.timeCol = cfg.timeColumn().orElse(-1);
      this.timeName = "column " + timeCol;
      this.times = timestamps(path, cfg);
    }

    @Override
    public void accept(CsvRecord r, long line) throws IOException {
      if (rows < SIZE_SAMPLE_ROWS) {
        for (int i = 0; i < r.getFieldCount(); i++) {
          sampleChars += r.getField(i).length() + 1;
        }
        rows++;
        if (rows == SIZE_SAMPLE_ROWS && fileBytes > 0) {
          // Size the columns once from the file length over the characters per row seen so
          // far: no geometric over-allocation and no growth copies for big files. Bounded by
          // the file's size, so a lying file cannot request more.
          long estimate = fileBytes / Math.max(1, sampleChars / SIZE_SAMPLE_ROWS);
          if (times != null) {
            times.ensureCapacity(estimate);
          }
          for (Columns c : cols) {
            c.ensureCapacity(estimate);
          }
        }
      }
      if (times != null) {
        times.add(Fields.parse(r.getField(timeCol), path, line, timeName), line);
      }
      for (Columns c : cols) {
        c.add(r, path, line);
      }
    }
  }

  /** Receives each data record of a file, in order, with its line. */
  @FunctionalInterface
  private interface Rows {
    void accept(CsvRecord r, long line) throws IOException;
  }

  /**
   * The one home of the CSV syntax: runs FastCSV over {@code path}, skips the header rows,
   * checks every data record's field count, and gives each data record to {@code rows}.
   *
   * @return the line of the last record (1 if none)
   */
  private static long parse(Path path, ImuCsvConfig cfg, Rows rows) throws IOException {
    int needed = cfg.maxColumn() + 1;
    int expected = -1;
    int header = 0;
    long line = 1;
    var builder = CsvReader.builder().fieldSeparator(cfg.delimiter()).skipEmptyLines(true)
        .ignoreDifferentFieldCount(true).detectBomHeader(false);
    if (cfg.commentCharacter().isPresent()) {
      builder.commentStrategy(CommentStrategy.SKIP)
          .commentCharacter(cfg.commentCharacter().get());
    }
    try (CsvReader<CsvRecord> csv = builder.ofCsvRecord(Readers.lenientUtf8(path))) {
      Iterator<CsvRecord> it = csv.iterator();
      while (true) {
        CsvRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException e) {
          throw e.getCause();
        } catch (RuntimeException e) {
          throw GaitFormatException.atLine(path, line, "malformed CSV: " + e.getMessage(), e);
        }
        line = r.getStartingLineNumber();
        int count = r.getFieldCount();
        if (header < cfg.headerRows()) {
          if (header == 0) {
            expected = count;
          }
          header++;
          continue;
        }
        if (expected < 0) {
          expected = count;
        }
        if (count != expected) {
          throw GaitFormatException.atLine(path, line,
              "expected " + expected + " fields, found " + count);
        }
        if (count < needed) {
          throw GaitFormatException.atLine(path, line, "the configuration reads column "
              + (needed - 1) + " but the row has only " + count + " fields");
        }
        rows.accept(r, line);
      }
    }
    return line;
  }

  /** The buffers of one sensor. */
  private static final class Columns {
    final SensorColumns spec;
    final Vec acc;
    final Vec gyr;
    final Vec mag;
    final DoubleBuffer[] extra;

    Columns(SensorColumns spec) {
      this.spec = spec;
      acc = spec.accelerometer().map(Vec::new).orElse(null);
      gyr = spec.gyroscope().map(Vec::new).orElse(null);
      mag = spec.magnetometer().map(Vec::new).orElse(null);
      extra = new DoubleBuffer[spec.extra().size()];
      for (int i = 0; i < extra.length; i++) {
        extra[i] = new DoubleBuffer(1024);
      }
    }

    int size() {
      return (acc != null ? acc : gyr).x.size();
    }

    void ensureCapacity(long n) {
      for (Vec v : new Vec[] {acc, gyr, mag}) {
        if (v != null) {
          v.x.ensureCapacity(n);
          v.y.ensureCapacity(n);
          v.z.ensureCapacity(n);
        }
      }
      for (DoubleBuffer e : extra) {
        e.ensureCapacity(n);
      }
    }

    void add(CsvRecord r, Path path, long line) throws GaitFormatException {
      if (acc != null) {
        acc.add(r, path, line);
      }
      if (gyr != null) {
        gyr.add(r, path, line);
      }
      if (mag != null) {
        mag.add(r, path, line);
      }
      for (int i = 0; i < extra.length; i++) {
        ExtraColumn e = spec.extra().get(i);
        extra[i].add(Fields.parse(r.getField(e.column()), path, line, e.name()));
      }
    }

    ImuStream build(SamplingRate rate) {
      ImuStream.Builder b = ImuStream.builder(spec.sensorId(), spec.location());
      if (acc != null) {
        Unit u = acc.spec.unit();
        b.accelerometer(acc.build(spec.sensorId() + ".acc", rate, spec.frame(),
            u == Unit.UNSPECIFIED ? u : Unit.METRE_PER_SECOND_SQUARED));
      }
      if (gyr != null) {
        b.gyroscope(gyr.build(spec.sensorId() + ".gyr", rate, spec.frame(), gyr.spec.unit()));
      }
      if (mag != null) {
        b.magnetometer(mag.build(spec.sensorId() + ".mag", rate, spec.frame(),
            mag.spec.unit()));
      }
      if (extra.length > 0) {
        List<String> names = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        double[][] ch = new double[extra.length][];
        for (int i = 0; i < extra.length; i++) {
          names.add(spec.extra().get(i).name());
          units.add(spec.extra().get(i).unit());
          ch[i] = extra[i].take();
        }
        b.extra(MultiChannelSeries.of(rate, names, units, ch));
      }
      return b.build();
    }
  }

  /** Three column buffers. */
  private static final class Vec {
    final AxisColumns spec;
    final DoubleBuffer x = new DoubleBuffer(1024);
    final DoubleBuffer y = new DoubleBuffer(1024);
    final DoubleBuffer z = new DoubleBuffer(1024);

    // Column names for error messages, built once rather than per cell.
    final String xName;
    final String yName;
    final String zName;

    Vec(AxisColumns spec) {
      this.spec = spec;
      xName = "column " + spec.x();
      yName = "column " + spec.y();
      zName = "column " + spec.z();
    }

    void add(CsvRecord r, Path path, long line) throws GaitFormatException {
      x.add(Fields.parse(r.getField(spec.x()), path, line, xName));
      y.add(Fields.parse(r.getField(spec.y()), path, line, yName));
      z.add(Fields.parse(r.getField(spec.z()), path, line, zName));
    }

    /**
     * The series in {@code unit} (converted in place from the configured unit, the same
     * multiplication {@link Vector3Series#inUnit} does); the buffers are released.
     */
    Vector3Series build(String name, SamplingRate rate, org.gait4j.model.Frame frame,
        Unit unit) {
      double f = unit == spec.unit() ? 1.0 : spec.unit().factorTo(unit);
      double[] vx = scale(x.take(), f);
      double[] vy = scale(y.take(), f);
      double[] vz = scale(z.take(), f);
      return Vector3Series.of(name, rate, unit, frame, vx, vy, vz);
    }

    private static double[] scale(double[] v, double f) {
      if (f != 1.0) {
        for (int i = 0; i < v.length; i++) {
          v[i] *= f;
        }
      }
      return v;
    }
  }
}

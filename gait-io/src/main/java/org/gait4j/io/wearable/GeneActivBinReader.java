package org.gait4j.io.wearable;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.MultiChannelSeries;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads GENEActiv (Activinsights) raw accelerometer files, {@code .bin}.
 *
 * <h2>Layout</h2>
 *
 * <p>ASCII text, CRLF or LF line ends (Activinsights "GENEActiv .bin file format", also described
 * by the GENEAread R package). Header sections of {@code key:value} lines come first ("Device
 * Identity", "Device Capabilities", "Configuration Info", "Trial Info", "Subject Info",
 * "Calibration Data", "Memory Status"). Then one page per {@code Recorded Data} line, followed by
 * {@code key:value} lines (serial, {@code Sequence Number}, {@code Page Time:YYYY-MM-DD
 * hh:mm:ss:mmm}, {@code Unassigned}, {@code Temperature} in °C, {@code Battery voltage},
 * {@code Device Status}, {@code Measurement Frequency}) and one line of hexadecimal samples:
 * 12 hex digits (48 bits, most significant first) per sample: x, y, z as 12-bit two's
 * complement, light (10 bits), button (1 bit), one reserved bit.
 *
 * <h2>Units</h2>
 *
 * <p>Accelerometer in {@link Unit#STANDARD_GRAVITY} (the device unit, never converted silently):
 * {@code g = (raw * 100 - offset) / gain} with the "Calibration Data" gains and offsets, in
 * {@link Frame#SENSOR}. Extra channels: {@code temperature} (°C, one value per page repeated for
 * its samples), {@code light} ({@code raw * Lux / Volts}, lux, not floored; skdh floors it),
 * {@code button} (0 or 1).
 *
 * <h2>Time</h2>
 *
 * <p>The series use the header's {@code Measurement Frequency}. Each page's first sample is at its
 * {@code Page Time}, a naive local time; the zone text is kept in {@code geneactiv.time_zone}.
 * Pages do not always follow each other by exactly one sample period: a page that starts more
 * than half a period away from where the previous page ended is counted in
 * {@code geneactiv.timing_breaks} (first sample indices in {@code geneactiv.timing_break_samples})
 * and the samples stay contiguous in the series. The "Extract Notes" text (clock drift) is kept
 * verbatim, not applied.
 *
 * <h2>Body location and subject</h2>
 *
 * <p>{@code Device Location Code} is mapped to a {@link BodyLocation} ({@code back}, {@code waist}
 * → {@code LOWER_BACK}; {@code left wrist} → {@code LEFT_WRIST}, ...); otherwise
 * {@link BodyLocation#UNKNOWN}, and users call {@link ImuStream#withLocation(BodyLocation)}.
 * {@code Subject Code}, {@code Height} (cm) and {@code Weight} (kg) fill the {@link Subject} when
 * given. Every header pair is kept in the metadata as {@code geneactiv.<Section>.<key>}.
 *
 * <h2>Bad input</h2>
 *
 * <p>Missing calibration, a zero gain, a non-numeric or non-finite value, a hex line whose length
 * is not a multiple of 12 or that holds a non-hex character, a page without a time, a
 * frequency that changes between pages, or a line longer than 1 MiB throw
 * {@link GaitFormatException#atLine}. The page count in "Memory Status" is reported, never used to
 * size memory: arrays grow with the samples actually read.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeneActivBinReader implements TrialReader {
  private static final int MAX_LINE = 1 << 20;

  /** Built on first read, not when the reader is instantiated for sniffing. */
  private static final class Lazy {
    static final DateTimeFormatter PAGE_TIME =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss:SSS", Locale.ROOT);

    private Lazy() {}
  }

  /** A reader; stateless. */
  public GeneActivBinReader() {}

  @Override
  public String formatName() {
    return "GENEActiv BIN";
  }

  @Override
  public List<String> extensions() {
    return List.of("bin");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
    if (s.startsWith("Device Identity") && s.contains("GENEActiv")) {
      return Match.YES;
    }
    return s.startsWith("Device Identity") ? Match.MAYBE : Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    return decode(path).toTrial(path);
  }

  static Decoded decode(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      Decoded d = new Decoded(path);
      d.parse(new Lines(path, in));
      return d;
    }
  }

  /** A line reader with a length limit, counting 1-based line numbers. */
  private static final class Lines {
    private final Path path;
    private final InputStream in;
    private final StringBuilder sb = new StringBuilder();
    long number;

    Lines(Path path, InputStream in) {
      this.path = path;
      this.in = in;
    }

    /** The next line without its line end, or null at the end of the file. */
    String next() throws IOException {
      sb.setLength(0);
      int c = in.read();
      if (c < 0) {
        return null;
      }
      number++;
      while (c >= 0 && c != '\n') {
        if (c != '\r') {
          if (sb.length() >= MAX_LINE) {
            throw GaitFormatException.atLine(path, number, "line longer than 1 MiB");
          }
          sb.append((char) c);
        }
        c = in.read();
      }
      return sb.toString();
    }
  }

  static final class Decoded {
    private final Path path;
    final Map<String, String> header = new LinkedHashMap<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    double rateHz = Double.NaN;
    int n;
    double[] ax = new double[0];
    double[] ay = new double[0];
    double[] az = new double[0];
    double[] temperatureC = new double[0];
    double[] light = new double[0];
    double[] button = new double[0];
    /** Per-sample times: seconds since 1970 with the local page time read as UTC. */
    double[] timesS = new double[0];
    private int pages;
    private int timingBreaks;
    private final StringBuilder breakSamples = new StringBuilder();

    private Decoded(Path path) {
      this.path = path;
    }

    private void parse(Lines lines) throws IOException {
      String section = "";
      String line;
      boolean inData = false;
      double[] cal = null;
      while ((line = lines.next()) != null) {
        if (line.trim().equals("Recorded Data")) {
          inData = true;
          if (cal == null) {
            cal = calibration(lines.number);
          }
          readPage(lines, cal);
          continue;
        }
        if (inData) {
          if (line.isBlank()) {
            continue;
          }
          throw GaitFormatException.atLine(path, lines.number,
              "expected \"Recorded Data\" after a page, found \"" + abbreviate(line) + "\"");
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          if (!line.isBlank()) {
            section = line.trim();
          }
          continue;
        }
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        header.put(key, value);
        metadata.put("geneactiv." + section + "." + key, value);
      }
      if (n == 0) {
        throw GaitFormatException.atLine(path, Math.max(1, lines.number),
            "no \"Recorded Data\" page with samples");
      }
      finish();
    }

    private double[] calibration(long line) throws GaitFormatException {
      String[] keys = {"x gain", "x offset", "y gain", "y offset", "z gain", "z offset",
          "Volts", "Lux"};
      double[] v = new double[keys.length];
      for (int i = 0; i < keys.length; i++) {
        String s = header.get(keys[i]);
        if (s == null) {
          throw GaitFormatException.atLine(path, line,
              "calibration value \"" + keys[i] + "\" missing before the first page");
        }
        v[i] = number(s, line, keys[i]);
      }
      if (v[0] == 0 || v[2] == 0 || v[4] == 0 || v[6] == 0) {
        throw GaitFormatException.atLine(path, line, "a calibration gain or Volts is zero");
      }
      String f = header.get("Measurement Frequency");
      if (f == null) {
        throw GaitFormatException.atLine(path, line, "\"Measurement Frequency\" missing");
      }
      rateHz = positive(f.replace("Hz", "").trim(), line, "Measurement Frequency");
      return v;
    }

    private void readPage(Lines lines, double[] cal) throws IOException {
      long pageLine = lines.number;
      Double temperature = null;
      LocalDateTime time = null;
      double pageRate = Double.NaN;
      String line;
      while (true) {
        line = lines.next();
        if (line == null) {
          throw GaitFormatException.atLine(path, lines.number + 1,
              "file ends inside the page that starts on line " + pageLine);
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          break;
        }
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        switch (key) {
          case "Page Time":
            try {
              time = LocalDateTime.parse(value, Lazy.PAGE_TIME);
            } catch (DateTimeParseException e) {
              throw GaitFormatException.atLine(path, lines.number,
                  "invalid Page Time \"" + abbreviate(value) + "\"", e);
            }
            break;
          case "Temperature":
            temperature = number(value, lines.number, key);
            break;
          case "Measurement Frequency":
            pageRate = positive(value, lines.number, key);
            break;
          default:
            break;
        }
      }
      if (time == null) {
        throw GaitFormatException.atLine(path, lines.number,
            "page starting on line " + pageLine + " has no Page Time");
      }
      if (!Double.isNaN(pageRate) && Math.abs(pageRate - rateHz) > 1e-9 * rateHz) {
        throw GaitFormatException.atLine(path, lines.number, "page frequency " + pageRate
            + " Hz differs from the configured " + rateHz + " Hz");
      }
      String hex = line.trim();
      if (hex.length() % 12 != 0 || hex.isEmpty()) {
        throw GaitFormatException.atLine(path, lines.number,
            "sample line has " + hex.length() + " characters, not a positive multiple of 12");
      }
      int count = hex.length() / 12;
      ensure(n + count);
      double t0 = time.toEpochSecond(ZoneOffset.UTC) + time.getNano() / 1e9;
      if (n > 0) {
        double expected = timesS[n - 1] + 1.0 / rateHz;
        if (Math.abs(t0 - expected) > 0.5 / rateHz) {
          timingBreaks++;
          if (breakSamples.length() < 2000) {
            breakSamples.append(breakSamples.length() == 0 ? "" : ",").append(n);
          }
        }
      }
      double temp = temperature == null ? Double.NaN : temperature;
      for (int i = 0; i < count; i++) {
        long v = 0;
        for (int j = 0; j < 12; j++) {
          int digit = Character.digit(hex.charAt(i * 12 + j), 16);
          if (digit < 0) {
            throw GaitFormatException.atLine(path, lines.number,
                "non-hex character '" + hex.charAt(i * 12 + j) + "' at column "
                    + (i * 12 + j + 1));
          }
          v = (v << 4) | digit;
        }
        int x = signExtend12((int) (v >>> 36));
        int y = signExtend12((int) (v >>> 24));
        int z = signExtend12((int) (v >>> 12));
        int lightRaw = (int) ((v >>> 2) & 0x3FF);
        int k = n + i;
        ax[k] = (x * 100.0 - cal[1]) / cal[0];
        ay[k] = (y * 100.0 - cal[3]) / cal[2];
        az[k] = (z * 100.0 - cal[5]) / cal[4];
        light[k] = lightRaw * cal[7] / cal[6];
        button[k] = (v >>> 1) & 1;
        temperatureC[k] = temp;
        timesS[k] = t0 + i / rateHz;
      }
      n += count;
      pages++;
    }

    private void ensure(int capacity) {
      if (capacity <= ax.length) {
        return;
      }
      int c = Math.max(capacity, ax.length * 2);
      ax = Arrays.copyOf(ax, c);
      ay = Arrays.copyOf(ay, c);
      az = Arrays.copyOf(az, c);
      temperatureC = Arrays.copyOf(temperatureC, c);
      light = Arrays.copyOf(light, c);
      button = Arrays.copyOf(button, c);
      timesS = Arrays.copyOf(timesS, c);
    }

    private static int signExtend12(int v) {
      return (v << 20) >> 20;
    }

    private double number(String s, long line, String what) throws GaitFormatException {
      double v;
      try {
        v = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw GaitFormatException.atLine(path, line,
            what + ": \"" + abbreviate(s) + "\" is not a number", e);
      }
      if (!Double.isFinite(v)) {
        throw GaitFormatException.atLine(path, line, what + ": " + s + " is not finite");
      }
      return v;
    }

    private double positive(String s, long line, String what) throws GaitFormatException {
      double v = number(s, line, what);
      if (!(v > 0)) {
        throw GaitFormatException.atLine(path, line, what + " must be positive, is " + s);
      }
      return v;
    }

    private static String abbreviate(String s) {
      return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    private void finish() {
      ax = Arrays.copyOf(ax, n);
      ay = Arrays.copyOf(ay, n);
      az = Arrays.copyOf(az, n);
      temperatureC = Arrays.copyOf(temperatureC, n);
      light = Arrays.copyOf(light, n);
      button = Arrays.copyOf(button, n);
      timesS = Arrays.copyOf(timesS, n);
      metadata.put("geneactiv.pages_read", Integer.toString(pages));
      metadata.put("geneactiv.first_sample_epoch_s", Double.toString(timesS[0]));
      metadata.put("geneactiv.time_basis", "device local wall-clock time (see time_zone)");
      String zone = header.get("Time Zone");
      if (zone != null) {
        metadata.put("geneactiv.time_zone", zone);
      }
      metadata.put("geneactiv.timing_breaks", Integer.toString(timingBreaks));
      if (timingBreaks > 0) {
        metadata.put("geneactiv.timing_break_samples", breakSamples.toString());
      }
    }

    Trial toTrial(Path file) {
      SamplingRate rate = SamplingRate.ofHz(rateHz);
      BodyLocation location = Locations.parse(header.get("Device Location Code"));
      String serial = header.getOrDefault("Device Unique Serial Code", "");
      ImuStream imu = ImuStream.builder("GENEActiv-" + serial, location)
          .accelerometer(Vector3Series.of("accelerometer", rate, Unit.STANDARD_GRAVITY,
              Frame.SENSOR, ax, ay, az))
          .extra(MultiChannelSeries.of(rate, List.of("temperature", "light", "button"),
              List.of(Unit.DEGREE_CELSIUS, Unit.UNSPECIFIED, Unit.DIMENSIONLESS),
              new double[][] {temperatureC, light, button}))
          .build();
      Subject subject = Subject.withId(header.getOrDefault("Subject Code", ""));
      double heightCm = optionalNumber(header.get("Height"));
      if (heightCm > 0) {
        subject = subject.withHeightM(heightCm / 100.0);
      }
      double massKg = optionalNumber(header.get("Weight"));
      if (massKg > 0) {
        subject = subject.withMassKg(massKg);
      }
      Trial.Builder t = Trial.builder(file.getFileName() == null ? file.toString()
          : file.getFileName().toString()).subject(subject).addImu(imu);
      metadata.forEach(t::putMetadata);
      return t.build();
    }

    private static double optionalNumber(String s) {
      if (s == null || s.isBlank()) {
        return Double.NaN;
      }
      try {
        double v = Double.parseDouble(s.trim());
        return Double.isFinite(v) ? v : Double.NaN;
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
  }
}

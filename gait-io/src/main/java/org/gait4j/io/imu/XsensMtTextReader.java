package org.gait4j.io.imu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.io.internal.DoubleBuffer;
import org.gait4j.io.internal.Fields;
import org.gait4j.io.internal.ImuAssembly;
import org.gait4j.io.internal.Readers;
import org.gait4j.io.internal.TextLines;
import org.gait4j.io.internal.Timestamps;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.Frame;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;

/**
 * Reads the text export of Xsens MT Manager (MTw, MTi; versions 4.6 to 2022), one sensor per
 * file.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * // Update Rate: 100.0Hz            metadata lines start with "//" (kept as "xsens.key")
 * //  DeviceId: 00B42D4B
 * PacketCounter  SampleTimeFine  ...  Acc_X  Acc_Y  Acc_Z  Gyr_X ... Mat[1][1] ...   column line
 * 03583          (empty fields keep their position)  3.030769 ...                    data
 * </pre>
 *
 * The delimiter is found from the column line: tab, else semicolon, else comma, else a single
 * space (the space export writes one space per field, so runs of spaces are empty fields). Every
 * data row must have as many fields as the column line (trailing empty fields beyond are ignored).
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>{@code Acc_X/Y/Z} (m/s²), {@code Gyr_X/Y/Z} (rad/s) and {@code Mag_X/Y/Z} (arbitrary units
 *       normalised to the local field: {@link Unit#UNSPECIFIED}) form one {@link ImuStream} in the
 *       sensor frame. Its id is the header's {@code DeviceId}, else the 8-hex-digit id ending the
 *       file name; its location is {@link BodyLocation#UNKNOWN} (MT Manager exports do not name
 *       segments; use {@link org.gait4j.model.ImuStream#withLocation}).
 *   <li>Every other column is an extra channel in file order: orientation as {@code Quat_q0..q3}
 *       (scalar first, dimensionless), {@code Roll/Pitch/Yaw} (deg) or the nine {@code Mat[r][c]}
 *       entries (column-major as written, dimensionless); {@code PacketCounter},
 *       {@code SampleTimeFine} and the UTC fields as unspecified numbers. Empty fields and
 *       {@code NaN} are NaN.
 *   <li>Orientation-only exports (no accelerometer or gyroscope) have no IMU stream: their
 *       channels go to {@link Trial#analog()}, named {@code <DeviceId>/<column>}.
 *   <li>Rate: the header's {@code Update Rate}; else {@code SampleTimeFine} (100 µs ticks) when it
 *       holds numbers; else the fallback rate given to the constructor (60 Hz by default, as in
 *       OpenSim's {@code XsensDataReader}). {@code timing.rateSource} says which. Packet counter
 *       jumps other than +1 (modulo 65536) are counted in {@code xsens.packetCounterGaps}; the
 *       samples are not moved.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class XsensMtTextReader implements TrialReader {
  /** Compiled on first read, not when the reader is instantiated for sniffing. */
  private static final class Lazy {
    static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]*)?)\\s*Hz");
    static final Pattern ID = Pattern.compile("([0-9A-Fa-f]{8})\\.txt$");

    private Lazy() {}
  }
  private final double fallbackRateHz;

  /** A reader that falls back to 60 Hz when a file states no rate. */
  public XsensMtTextReader() {
    this(60.0);
  }

  /**
   * A reader with another fallback rate.
   *
   * @param fallbackRateHz used when neither the header nor SampleTimeFine give the rate; > 0
   */
  public XsensMtTextReader(double fallbackRateHz) {
    if (!(fallbackRateHz > 0) || Double.isInfinite(fallbackRateHz)) {
      throw new IllegalArgumentException("fallbackRateHz (" + fallbackRateHz
          + ") must be finite and > 0");
    }
    this.fallbackRateHz = fallbackRateHz;
  }

  @Override
  public String formatName() {
    return "Xsens MT Manager text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    String[] lines = Readers.headLines(head, 60);
    if (lines.length == 0 || !lines[0].startsWith("//")) {
      return Match.NO;
    }
    for (String l : lines) {
      if (!l.startsWith("//")) {
        return l.startsWith("PacketCounter") || l.contains("Acc_X") || l.contains("Mat[1][1]")
            ? Match.YES : Match.NO;
      }
    }
    return Match.MAYBE;
  }

  @Override
  public Trial read(Path path) throws IOException {
    try (TextLines in = TextLines.open(path)) {
      return read(in);
    }
  }

  private Trial read(TextLines in) throws IOException {
    Path path = in.file();
    Trial.Builder t = Trial.builder(Readers.fileName(path));
    t.putMetadata("format", "Xsens MT Manager text");
    double rate = Double.NaN;
    String deviceId = null;
    String line;
    while ((line = in.next()) != null && (line.startsWith("//") || line.isBlank())) {
      String s = line.replaceFirst("^//\\s*", "").trim();
      int colon = s.indexOf(':');
      if (colon > 0) {
        String key = s.substring(0, colon).trim();
        String value = s.substring(colon + 1).trim();
        if (!value.isEmpty()) {
          t.putMetadata("xsens." + key, value);
        }
        if (key.equalsIgnoreCase("Update Rate")) {
          Matcher m = Lazy.RATE.matcher(value);
          if (m.find()) {
            rate = Double.parseDouble(m.group(1));
          }
          if (!(rate > 0) || rate > 1e6) {
            throw in.error("Update Rate '" + value + "' is not a rate in Hz");
          }
        } else if (key.equalsIgnoreCase("DeviceId") && !value.isEmpty()) {
          deviceId = value;
        }
      }
    }
    if (line == null) {
      throw GaitFormatException.atLine(path, in.lineNumber() + 1, "no column line");
    }
    long columnLine = in.lineNumber();
    char d = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';'
        : line.indexOf(',') >= 0 ? ',' : ' ';
    List<String> cols = Fields.split(line.strip(), d);
    cols.replaceAll(String::trim);
    int n = cols.size();
    if (deviceId == null) {
      Matcher m = Lazy.ID.matcher(Readers.fileName(path));
      deviceId = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : Readers.fileName(path);
    }
    ImuAssembly imu = new ImuAssembly(deviceId, BodyLocation.UNKNOWN);
    DoubleBuffer[] buf = new DoubleBuffer[n];
    int packet = -1;
    int fine = -1;
    for (int c = 0; c < n; c++) {
      String name = cols.get(c);
      if (name.isEmpty()) {
        throw GaitFormatException.atLine(path, columnLine, "column " + (c + 1) + " has no name");
      }
      int axis = name.endsWith("_X") ? 0 : name.endsWith("_Y") ? 1 : name.endsWith("_Z") ? 2 : -1;
      if (axis >= 0 && name.startsWith("Acc_")) {
        buf[c] = imu.axis(ImuAssembly.Quantity.ACC, axis, Unit.METRE_PER_SECOND_SQUARED);
      } else if (axis >= 0 && name.startsWith("Gyr_")) {
        buf[c] = imu.axis(ImuAssembly.Quantity.GYR, axis, Unit.RADIAN_PER_SECOND);
      } else if (axis >= 0 && name.startsWith("Mag_")) {
        buf[c] = imu.axis(ImuAssembly.Quantity.MAG, axis, Unit.UNSPECIFIED);
      } else {
        Unit u = name.startsWith("Quat_") || name.startsWith("Mat[") ? Unit.DIMENSIONLESS
            : name.equals("Roll") || name.equals("Pitch") || name.equals("Yaw") ? Unit.DEGREE
            : Unit.UNSPECIFIED;
        buf[c] = imu.extra(name, u);
      }
      if (name.equals("PacketCounter")) {
        packet = c;
      } else if (name.equals("SampleTimeFine")) {
        fine = c;
      }
    }
    List<String> f = new ArrayList<>(n);
    int rows = 0;
    int gaps = 0;
    DoubleBuffer fineTimes = fine >= 0 ? buf[fine] : null;
    while ((line = in.next()) != null) {
      if (line.isBlank()) {
        continue;
      }
      long ln = in.lineNumber();
      int k = Fields.split(line, d, f);
      while (k > n && f.get(k - 1).isBlank()) {
        k--;
      }
      if (k != n) {
        throw in.error("expected " + n + " fields, found " + k);
      }
      for (int c = 0; c < n; c++) {
        buf[c].add(Fields.parse(f.get(c), path, ln, cols.get(c)));
      }
      if (packet >= 0 && rows > 0) {
        double a = buf[packet].get(rows - 1);
        double b = buf[packet].get(rows);
        if (!Double.isNaN(a) && !Double.isNaN(b) && ((long) b - (long) a + 65536) % 65536 != 1) {
          gaps++;
        }
      }
      rows++;
    }
    if (rows == 0) {
      throw GaitFormatException.atLine(path, columnLine, "no data rows");
    }
    String source = "header";
    if (Double.isNaN(rate) && fineTimes != null && !Double.isNaN(fineTimes.get(0))) {
      Timestamps ts = new Timestamps(path, "SampleTimeFine", 1e-4);
      for (int i = 0; i < rows; i++) {
        ts.add(fineTimes.get(i), columnLine + 1 + i);
      }
      if (rows >= 2) {
        rate = ts.finish(Double.NaN, 0.1).rateHz();
        source = "SampleTimeFine";
      }
    }
    if (Double.isNaN(rate)) {
      rate = fallbackRateHz;
      source = "fallback";
    }
    t.putMetadata("timing.rateHz", Double.toString(rate));
    t.putMetadata("timing.rateSource", source);
    t.putMetadata("xsens.packetCounterGaps", Integer.toString(gaps));
    SamplingRate sr = SamplingRate.ofHz(rate);
    if (imu.hasMotion()) {
      t.addImu(imu.build(sr, Frame.SENSOR));
    } else {
      t.analog(imu.extrasOnly(sr));
    }
    return t.build();
  }
}

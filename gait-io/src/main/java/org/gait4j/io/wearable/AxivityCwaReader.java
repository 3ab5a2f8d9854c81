package org.gait4j.io.wearable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads Axivity AX3 / AX6 (and AX9-layout) continuous wave accelerometer files, {@code .cwa}.
 *
 * <h2>Layout</h2>
 *
 * <p>Little-endian throughout (Open Movement, {@code Docs/ax3/cwa.h} and {@code cwa-format.txt},
 * repository {@code openmovementproject/openmovement}):
 *
 * <ul>
 *   <li>a 1024-byte header block: {@code "MD"}, length 1020, hardware type @4 ({@code 0x00},
 *       {@code 0x17}, {@code 0xFF} = AX3, {@code 0x64} = AX6), device id u16 @5 (plus the upper
 *       word u16 @11, {@code 0xFFFF} read as 0), session id u32 @7, sensor configuration @35
 *       ({@code 0x00}/{@code 0xFF} accelerometer only, else the low nibble {@code n} gives a gyro
 *       range of 8000/2<sup>n</sup> deg/s and a non-zero high nibble a magnetometer), rate code
 *       @36 (rate = 3200 / 2<sup>15 - (code &amp; 15)</sup> Hz, range = 16 &gt;&gt; (code
 *       &gt;&gt; 6) g), firmware @41, and URL-encoded {@code name=value} metadata text @64..511;
 *   <li>then 512-byte data blocks: {@code "AX"}, length 508, fractional time u16 @4, session
 *       u32 @6, sequence u32 @10, packed local time u32 @14 ({@code YYYYYYMM MMDDDDDh hhhhmmmm
 *       mmssssss}, year 2000 + Y), light/scale u16 @18 ({@code AAAGGGLLLLLLLLLL}: accelerometer
 *       2<sup>8+A</sup> counts per g, gyro range 8000/2<sup>G</sup> deg/s, 10-bit light), temperature
 *       @20 (low 10 bits), rate code @24, axes/packing @25 (high nibble 3, 6 or 9 axes; low nibble
 *       0 = one packed u32 per 3-axis sample {@code eezzzzzz zzzzyyyy yyyyyyxx xxxxxxxx}, each
 *       10-bit value sign-extended and shifted left by {@code e}; 2 = int16 per axis in the order
 *       gyro, accelerometer, magnetometer), timestamp offset i16 @26, sample count u16 @28,
 *       samples @30..509 and a checksum @510 that makes the 16-bit word sum of the block zero.
 * </ul>
 *
 * <h2>What the trial holds</h2>
 *
 * <p>One {@link ImuStream} at {@link BodyLocation#UNKNOWN} unless the header metadata names a
 * body location (Open Movement key {@code _sp}); users who know where the sensor was worn call
 * {@link ImuStream#withLocation(BodyLocation)}. Units are the device's own, never converted
 * silently: accelerometer in {@link Unit#STANDARD_GRAVITY} (counts / 2<sup>8+A</sup>, exact in
 * binary), gyroscope in {@link Unit#DEGREE_PER_SECOND} (counts &times; range / 32768), magnetometer
 * in {@link Unit#MICROTESLA} (counts / 16); all in {@link Frame#SENSOR}. Extra channels:
 * {@code temperature} in °C per block, {@code (raw - 171) / 3.142} (the formula of current Open
 * Movement software and skdh; the older {@code raw * 75 / 256 - 50} of {@code cwa.h} reads about
 * 2 °C lower), and {@code light} as raw 10-bit counts.
 *
 * <h2>Time</h2>
 *
 * <p>The series use the header's nominal rate, sample 0 at {@link Trial#startTimeS()} 0. The
 * device clock is a naive local wall-clock time (the format stores no zone). Per-sample times are
 * reconstructed the way skdh does (block second minus {@code timestampOffset / rate}, the
 * fractional bits ignored, a block joined to the end of the previous one when it starts less
 * than 1 s after it, samples spread evenly within a block); from them the metadata reports
 * {@code cwa.first_sample_local} (ISO local time), {@code cwa.first_sample_epoch_s} (local time
 * read as UTC), {@code cwa.effective_rate_hz} (samples per second of device clock over the whole
 * file) and {@code cwa.timing_breaks} (blocks that start 1 s or more after the previous block
 * ended, i.e. a gap or a clock jump, with their first sample index in
 * {@code cwa.timing_break_samples}).
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>A data block whose checksum fails keeps its place: its samples are NaN (missing) and
 *       counted in {@code cwa.bad_checksum_blocks}; series report them through {@code gaps()}.
 *   <li>Sequence numbers that do not increase by one are counted in {@code cwa.sequence_gaps};
 *       samples are placed by block order in the file, never by a sequence number, so a corrupt
 *       sequence number cannot request memory.
 *   <li>Wrong magic, a header length other than 1020, a block length other than 508, an axis count
 *       that differs from the header, an unknown packing, a sample count that does not fit in 480
 *       bytes, a rate code that changes, an impossible date or a file that ends inside a block
 *       throw {@link GaitFormatException#atByte} with the offset of the offending field.
 *   <li>Memory is bounded by the file size: at most 120 samples per 512-byte block.
 * </ul>
 *
 * <p>Stateless and thread-safe. Reads the file block by block (512 bytes at a time).
 */
public final class AxivityCwaReader implements TrialReader {
  static final int HEADER_BYTES = 1024;
  static final int BLOCK_BYTES = 512;

  /** A reader; stateless. */
  public AxivityCwaReader() {}

  @Override
  public String formatName() {
    return "Axivity CWA";
  }

  @Override
  public List<String> extensions() {
    return List.of("cwa");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    if (head.length >= 4 && head[0] == 'M' && head[1] == 'D' && (head[2] & 0xFF) == 0xFC
        && (head[3] & 0xFF) == 0x03) {
      return Match.YES;
    }
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    return n.toLowerCase(Locale.ROOT).endsWith(".cwa") ? Match.MAYBE : Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    return decode(path).toTrial(path);
  }

  /** Decodes every block of {@code path}; package-private so tests can see the sample times. */
  static Decoded decode(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, header, 0);
      int got = header.position();
      header.flip();
      if (got < 4) {
        throw GaitFormatException.atByte(path, got, "file ends inside the 1024-byte header");
      }
      if (header.get(0) != 'M' || header.get(1) != 'D') {
        throw GaitFormatException.atByte(path, 0,
            "not a CWA file: expected header magic \"MD\", found " + hex2(header.get(0),
                header.get(1)));
      }
      int length = header.getShort(2) & 0xFFFF;
      if (length != 1020) {
        throw GaitFormatException.atByte(path, 2,
            "header packet length " + length + ", expected 1020");
      }
      if (got < HEADER_BYTES) {
        throw GaitFormatException.atByte(path, got,
            "file ends inside the 1024-byte header (" + got + " bytes)");
      }
      Decoded d = new Decoded(path);
      d.parseHeader(header);
      long dataBytes = size - HEADER_BYTES;
      long blocks = dataBytes / BLOCK_BYTES;
      if (dataBytes % BLOCK_BYTES != 0) {
        throw GaitFormatException.atByte(path, HEADER_BYTES + blocks * BLOCK_BYTES,
            "file ends inside a 512-byte data block (" + dataBytes % BLOCK_BYTES + " bytes)");
      }
      if (blocks * 120 > Integer.MAX_VALUE - 8) {
        throw GaitFormatException.ofFile(path, "too large: " + blocks + " data blocks");
      }
      d.allocate((int) blocks * 120);
      ByteBuffer block = ByteBuffer.allocate(BLOCK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (long k = 0; k < blocks; k++) {
        long offset = HEADER_BYTES + k * BLOCK_BYTES;
        block.clear();
        readFully(ch, block, offset);
        if (block.position() < BLOCK_BYTES) {
          throw GaitFormatException.atByte(path, offset + block.position(),
              "file ends inside a data block");
        }
        block.flip();
        d.parseBlock(block, offset);
      }
      d.finish();
      return d;
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position)
      throws IOException {
    long p = position;
    while (buf.hasRemaining()) {
      int r = ch.read(buf, p);
      if (r < 0) {
        break;
      }
      p += r;
    }
  }

  private static String hex2(byte a, byte b) {
    return String.format(Locale.ROOT, "0x%02X 0x%02X", a & 0xFF, b & 0xFF);
  }

  /** Rate in Hz of a CWA rate code. */
  static double rateHz(int code) {
    return 3200.0 / (1 << (15 - (code & 0x0F)));
  }

  /** The decoded content of one file. Not thread-safe; confined to one {@link #decode} call. */
  static final class Decoded {
    private final Path path;
    final Map<String, String> metadata = new LinkedHashMap<>();
    int hardwareType;
    long deviceId;
    long sessionId;
    int axes;
    int rateCode;
    double rateHz;
    BodyLocation location = BodyLocation.UNKNOWN;

    int n;
    double[] ax;
    double[] ay;
    double[] az;
    double[] gx;
    double[] gy;
    double[] gz;
    double[] mx;
    double[] my;
    double[] mz;
    double[] temperatureC;
    double[] light;
    /** Per-sample device-clock times, seconds since 1970 with local time read as UTC (skdh). */
    double[] timesS;

    private int badBlocks;
    private int sequenceGaps;
    private long lastSequence = -1;
    private int nominalCount = -1;
    private double tLast = -1000;
    private int timingBreaks;
    private final StringBuilder breakSamples = new StringBuilder();
    private boolean anyGoodBlock;

    private Decoded(Path path) {
      this.path = path;
    }

    private void parseHeader(ByteBuffer h) throws GaitFormatException {
      hardwareType = h.get(4) & 0xFF;
      deviceId = h.getShort(5) & 0xFFFF;
      int upper = h.getShort(11) & 0xFFFF;
      if (upper != 0xFFFF) {
        deviceId |= (long) upper << 16;
      }
      sessionId = h.getInt(7) & 0xFFFFFFFFL;
      int sensorConfig = h.get(35) & 0xFF;
      rateCode = h.get(36) & 0xFF;
      rateHz = rateHz(rateCode);
      int firmware = h.get(41) & 0xFF;
      if (sensorConfig == 0x00 || sensorConfig == 0xFF) {
        axes = 3;
      } else {
        axes = (sensorConfig >> 4) != 0 ? 9 : 6;
        metadata.put("cwa.gyro_range_dps",
            Integer.toString(8000 >> Math.min(sensorConfig & 0x0F, 13)));
      }
      String hw;
      switch (hardwareType) {
        case 0x00:
        case 0x17:
        case 0xFF:
          hw = "AX3";
          break;
        case 0x64:
          hw = "AX6";
          break;
        default:
          hw = String.format(Locale.ROOT, "unknown (0x%02X)", hardwareType);
          break;
      }
      metadata.put("cwa.hardware", hw);
      metadata.put("cwa.device_id", Long.toString(deviceId));
      metadata.put("cwa.session_id", Long.toString(sessionId));
      metadata.put("cwa.firmware", Integer.toString(firmware));
      metadata.put("cwa.rate_hz", Double.toString(rateHz));
      metadata.put("cwa.accel_range_g", Integer.toString(16 >> (rateCode >> 6)));
      metadata.put("cwa.axes", Integer.toString(axes));
      byte[] text = new byte[448];
      h.get(64, text);
      parseMetadataText(text);
    }

    private void parseMetadataText(byte[] text) {
      int end = 0;
      while (end < text.length && text[end] != 0 && text[end] != (byte) 0xFF
          && text[end] != ' ') {
        end++;
      }
      // Open Movement pads with spaces or 0xFF; the pairs themselves never contain a raw space.
      String s = new String(text, 0, end, StandardCharsets.US_ASCII);
      for (String pair : s.split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String key = urlDecode(pair.substring(0, eq));
        String value = urlDecode(pair.substring(eq + 1));
        metadata.put("cwa.meta." + key, value);
        if (key.equals("_sp")) {
          location = Locations.parse(value);
        }
      }
    }

    private static String urlDecode(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '+') {
          out.append(' ');
        } else if (c == '%' && i + 2 < s.length()
            && Character.digit(s.charAt(i + 1), 16) >= 0
            && Character.digit(s.charAt(i + 2), 16) >= 0) {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    private void allocate(int capacity) {
      ax = new double[capacity];
      ay = new double[capacity];
      az = new double[capacity];
      if (axes >= 6) {
        gx = new double[capacity];
        gy = new double[capacity];
        gz = new double[capacity];
      }
      if (axes == 9) {
        mx = new double[capacity];
        my = new double[capacity];
        mz = new double[capacity];
      }
      temperatureC = new double[capacity];
      light = new double[capacity];
      timesS = new double[capacity];
    }

    private void parseBlock(ByteBuffer b, long offset) throws GaitFormatException {
      if (b.get(0) != 'A' || b.get(1) != 'X') {
        throw GaitFormatException.atByte(path, offset,
            "expected data block magic \"AX\", found " + hex2(b.get(0), b.get(1)));
      }
      int length = b.getShort(2) & 0xFFFF;
      if (length != 508) {
        throw GaitFormatException.atByte(path, offset + 2,
            "data block length " + length + ", expected 508");
      }
      int sum = 0;
      for (int i = 0; i < BLOCK_BYTES; i += 2) {
        sum += b.getShort(i) & 0xFFFF;
      }
      if ((sum & 0xFFFF) != 0) {
        badBlock(offset);
        return;
      }
      long sequence = b.getInt(10) & 0xFFFFFFFFL;
      if (lastSequence >= 0 && sequence != lastSequence + 1) {
        sequenceGaps++;
      }
      lastSequence = sequence;
      int packedTime = b.getInt(14);
      int scale = b.getShort(18) & 0xFFFF;
      int rawTemperature = b.getShort(20) & 0x3FF;
      int blockRateCode = b.get(24) & 0xFF;
      int axesBps = b.get(25) & 0xFF;
      int timestampOffset = b.getShort(26);
      int count = b.getShort(28) & 0xFFFF;
      int blockAxes = axesBps >> 4;
      int packing = axesBps & 0x0F;
      if (blockAxes != axes) {
        throw GaitFormatException.atByte(path, offset + 25,
            "block has " + blockAxes + " axes, the header says " + axes);
      }
      int bytesPerSample;
      if (packing == 0) {
        if (axes != 3) {
          throw GaitFormatException.atByte(path, offset + 25,
              "packed 10-bit samples need 3 axes, the block has " + axes);
        }
        bytesPerSample = 4;
      } else if (packing == 2) {
        bytesPerSample = 2 * axes;
      } else {
        throw GaitFormatException.atByte(path, offset + 25,
            "unknown sample packing code " + packing + " (expected 0 or 2)");
      }
      if (count == 0 || count * bytesPerSample > 480) {
        throw GaitFormatException.atByte(path, offset + 28,
            "sample count " + count + " does not fit in 480 bytes at " + bytesPerSample
                + " bytes per sample");
      }
      if (blockRateCode != rateCode) {
        throw GaitFormatException.atByte(path, offset + 24, String.format(Locale.ROOT,
            "rate code 0x%02X differs from the header's 0x%02X", blockRateCode, rateCode));
      }
      double t0 = blockSecond(packedTime, offset + 14);
      if (nominalCount < 0) {
        nominalCount = count;
      }
      int start = n;
      double accelCountsPerG = 1 << (8 + ((scale >> 13) & 0x07));
      double gyroDpsPerCount = (8000 >> ((scale >> 10) & 0x07)) / 32768.0;
      for (int i = 0; i < count; i++) {
        int at = 30 + i * bytesPerSample;
        int k = start + i;
        if (packing == 0) {
          int v = b.getInt(at);
          int e = v >>> 30;
          ax[k] = (signExtend10(v) << e) / accelCountsPerG;
          ay[k] = (signExtend10(v >> 10) << e) / accelCountsPerG;
          az[k] = (signExtend10(v >> 20) << e) / accelCountsPerG;
        } else {
          int a = 0;
          if (axes >= 6) {
            gx[k] = b.getShort(at) * gyroDpsPerCount;
            gy[k] = b.getShort(at + 2) * gyroDpsPerCount;
            gz[k] = b.getShort(at + 4) * gyroDpsPerCount;
            a = 6;
          }
          ax[k] = b.getShort(at + a) / accelCountsPerG;
          ay[k] = b.getShort(at + a + 2) / accelCountsPerG;
          az[k] = b.getShort(at + a + 4) / accelCountsPerG;
          if (axes == 9) {
            mx[k] = b.getShort(at + 12) / 16.0;
            my[k] = b.getShort(at + 14) / 16.0;
            mz[k] = b.getShort(at + 16) / 16.0;
          }
        }
        temperatureC[k] = (rawTemperature - 171) / 3.142;
        light[k] = scale & 0x3FF;
      }
      // skdh's timing: whole-second stamp minus the offset, joined to the previous block if the
      // gap is under a second; the block's samples spread evenly up to its nominal end.
      double start0 = t0 - timestampOffset / rateHz;
      double end = start0 + count / rateHz;
      double first = start0;
      if (tLast > 0 && start0 - tLast < 1.0) {
        first = tLast;
      } else if (tLast > 0) {
        timingBreaks++;
        if (breakSamples.length() < 2000) {
          breakSamples.append(breakSamples.length() == 0 ? "" : ",").append(start);
        }
      }
      tLast = end;
      double delta = (end - first) / count;
      for (int i = 0; i < count; i++) {
        timesS[start + i] = first + i * delta;
      }
      n += count;
      anyGoodBlock = true;
    }

    private void badBlock(long offset) {
      badBlocks++;
      int count = nominalCount > 0 ? nominalCount : (axes == 3 ? 120 : 480 / (2 * axes));
      for (int i = 0; i < count; i++) {
        int k = n + i;
        ax[k] = Double.NaN;
        ay[k] = Double.NaN;
        az[k] = Double.NaN;
        if (gx != null) {
          gx[k] = Double.NaN;
          gy[k] = Double.NaN;
          gz[k] = Double.NaN;
        }
        if (mx != null) {
          mx[k] = Double.NaN;
          my[k] = Double.NaN;
          mz[k] = Double.NaN;
        }
        temperatureC[k] = Double.NaN;
        light[k] = Double.NaN;
        timesS[k] = tLast > 0 ? tLast + i / rateHz : Double.NaN;
      }
      if (tLast > 0) {
        tLast += count / rateHz;
      }
      if (metadata.get("cwa.first_bad_block_byte") == null) {
        metadata.put("cwa.first_bad_block_byte", Long.toString(offset));
      }
      n += count;
    }

    private double blockSecond(int packed, long at) throws GaitFormatException {
      int year = 2000 + ((packed >>> 26) & 0x3F);
      int month = (packed >>> 22) & 0x0F;
      int day = (packed >>> 17) & 0x1F;
      int hour = (packed >>> 12) & 0x1F;
      int minute = (packed >>> 6) & 0x3F;
      int second = packed & 0x3F;
      try {
        return LocalDateTime.of(year, month, day, hour, minute, second)
            .toEpochSecond(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        throw GaitFormatException.atByte(path, at, String.format(Locale.ROOT,
            "invalid block time 0x%08X (%04d-%02d-%02d %02d:%02d:%02d)", packed, year, month,
            day, hour, minute, second), e);
      }
    }

    private static int signExtend10(int v) {
      return (v << 22) >> 22;
    }

    private void finish() throws GaitFormatException {
      if (!anyGoodBlock) {
        throw GaitFormatException.atByte(path, HEADER_BYTES,
            "no valid data block (" + badBlocks + " blocks with a bad checksum)");
      }
      ax = Arrays.copyOf(ax, n);
      ay = Arrays.copyOf(ay, n);
      az = Arrays.copyOf(az, n);
      if (gx != null) {
        gx = Arrays.copyOf(gx, n);
        gy = Arrays.copyOf(gy, n);
        gz = Arrays.copyOf(gz, n);
      }
      if (mx != null) {
        mx = Arrays.copyOf(mx, n);
        my = Arrays.copyOf(my, n);
        mz = Arrays.copyOf(mz, n);
      }
      temperatureC = Arrays.copyOf(temperatureC, n);
      light = Arrays.copyOf(light, n);
      timesS = Arrays.copyOf(timesS, n);
      int firstGood = 0;
      while (Double.isNaN(timesS[firstGood])) {
        firstGood++;
      }
      double t0 = timesS[firstGood] - firstGood / rateHz;
      long micros = Math.round(t0 * 1e6);
      LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
          (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
      metadata.put("cwa.first_sample_local", local.toString());
      metadata.put("cwa.first_sample_epoch_s", Double.toString(t0));
      metadata.put("cwa.time_basis", "device local wall-clock time, no zone stored");
      double span = timesS[n - 1] - timesS[firstGood];
      if (n - 1 > firstGood && span > 0) {
        metadata.put("cwa.effective_rate_hz", Double.toString((n - 1 - firstGood) / span));
      }
      metadata.put("cwa.timing_breaks", Integer.toString(timingBreaks));
      if (timingBreaks > 0) {
        metadata.put("cwa.timing_break_samples", breakSamples.toString());
      }
      metadata.put("cwa.bad_checksum_blocks", Integer.toString(badBlocks));
      metadata.put("cwa.sequence_gaps", Integer.toString(sequenceGaps));
    }

    Trial toTrial(Path file) {
      SamplingRate rate = SamplingRate.ofHz(rateHz);
      String id = metadata.get("cwa.hardware").split(" ")[0] + "-" + deviceId;
      ImuStream.Builder imu = ImuStream.builder(id, location)
          .accelerometer(Vector3Series.of("accelerometer", rate, Unit.STANDARD_GRAVITY,
              Frame.SENSOR, ax, ay, az));
      if (gx != null) {
        imu.gyroscope(Vector3Series.of("gyroscope", rate, Unit.DEGREE_PER_SECOND, Frame.SENSOR,
            gx, gy, gz));
      }
      if (mx != null) {
        imu.magnetometer(Vector3Series.of("magnetometer", rate, Unit.MICROTESLA, Frame.SENSOR,
            mx, my, mz));
      }
      imu.extra(MultiChannelSeries.of(rate, List.of("temperature", "light"),
          List.of(Unit.DEGREE_CELSIUS, Unit.UNSPECIFIED), new double[][] {temperatureC, light}));
      Trial.Builder t = Trial.builder(file.getFileName() == null ? file.toString()
          : file.getFileName().toString()).addImu(imu.build());
      metadata.forEach(t::putMetadata);
      return t.build();
    }
  }
}

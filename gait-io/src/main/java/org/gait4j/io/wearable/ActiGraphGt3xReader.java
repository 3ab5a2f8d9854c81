package org.gait4j.io.wearable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.TrialReader;
import org.gait4j.model.Frame;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Subject;
import org.gait4j.model.Trial;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Reads ActiGraph {@code .gt3x} files of the current ("log.bin") generation (GT3X+ firmware
 * 2.5+, wGT3X-BT, GT9X Link, CentrePoint Insight).
 *
 * <h2>Layout</h2>
 *
 * <p>Public specification {@code actigraph/GT3X-File-Format} on GitHub. A ZIP archive holding
 * {@code info.txt} ({@code key: value} lines: {@code Sample Rate}, {@code Acceleration Scale},
 * {@code Serial Number}, {@code Limb}, {@code Side}, dates in .NET ticks, ...) and {@code log.bin},
 * a sequence of records: separator {@code 0x1E}, type (u8), timestamp (u32, little-endian, Unix
 * seconds of the device's local clock), payload size (u16), payload, checksum (u8, the one's
 * complement of the XOR of every preceding byte of the record). Record type {@code 0x1A}
 * (ACTIVITY2) holds one second of samples as little-endian int16 x, y, z triplets. Other record
 * types (battery, events, metadata, ...) are counted but not decoded. The older NHANES-era layout
 * ({@code activity.bin}) is not supported and is reported as such.
 *
 * <h2>What the trial holds</h2>
 *
 * <p>One {@link ImuStream}, accelerometer only, in {@link Unit#STANDARD_GRAVITY} (the device unit:
 * counts / {@code Acceleration Scale}), {@link Frame#SENSOR}, at {@code Sample Rate}. The body
 * location comes from {@code Side} + {@code Limb} ({@code Left} + {@code Wrist} →
 * {@code LEFT_WRIST}), else {@code UNKNOWN}; set it with {@link ImuStream#withLocation}. Subject:
 * {@code Subject Name}, {@code Height} (cm), {@code Mass} (kg). Every {@code info.txt} pair is
 * kept as {@code gt3x.<key>}.
 *
 * <h2>Idle sleep and time</h2>
 *
 * <p>Devices stop writing ACTIVITY2 records while idle; ActiLife fills those seconds with the last
 * sample. This reader does not invent samples: the series holds only recorded samples, back to
 * back, and the gaps are reported: {@code gt3x.idle_gaps} (count), {@code gt3x.idle_seconds}
 * (total) and {@code gt3x.idle_gap_samples} (sample index after each gap). ACTIVITY2 records with
 * a 1-byte payload carry no samples and are skipped (counted in
 * {@code gt3x.empty_activity_records}). The first record's local time is
 * {@code gt3x.first_sample_epoch_s}.
 *
 * <h2>Bad input</h2>
 *
 * <p>A file that is not a ZIP, a missing entry, a non-numeric rate or scale throw
 * {@link GaitFormatException#ofFile}. Inside {@code log.bin} a missing separator, a record running
 * past the end, a checksum mismatch or an ACTIVITY2 payload that is not whole triplets throw
 * {@link GaitFormatException#atByte} with the offset inside {@code log.bin} (stated in the
 * message). {@code log.bin} is read only up to 1 GiB and never beyond 1100 times its compressed
 * size, whatever its entry claims.
 *
 * <p>Stateless and thread-safe.
 */
public final class ActiGraphGt3xReader implements TrialReader {
  private static final long MAX_LOG_BYTES = 1L << 30;
  private static final int ACTIVITY2 = 0x1A;

  /** A reader; stateless. */
  public ActiGraphGt3xReader() {}

  @Override
  public String formatName() {
    return "ActiGraph GT3X";
  }

  @Override
  public List<String> extensions() {
    return List.of("gt3x");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3
        && head[3] == 4;
    if (!zip) {
      return Match.NO;
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.contains("log.bin") || s.contains("info.txt") ? Match.YES : Match.MAYBE;
  }

  @Override
  public Trial read(Path path) throws IOException {
    Map<String, String> info = new LinkedHashMap<>();
    byte[] log;
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry infoEntry = zip.getEntry("info.txt");
      ZipEntry logEntry = zip.getEntry("log.bin");
      if (logEntry == null && zip.getEntry("activity.bin") != null) {
        throw GaitFormatException.ofFile(path,
            "old-format gt3x (activity.bin) is not supported; export to CSV or convert");
      }
      if (infoEntry == null || logEntry == null) {
        throw GaitFormatException.ofFile(path, "ZIP lacks info.txt or log.bin: not a gt3x file");
      }
      byte[] infoBytes = entry(path, zip, infoEntry, 1 << 20);
      for (String line : new String(infoBytes, StandardCharsets.UTF_8).split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          info.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
      long limit = MAX_LOG_BYTES;
      if (logEntry.getCompressedSize() >= 0 && logEntry.getMethod() == ZipEntry.DEFLATED) {
        limit = Math.min(limit, logEntry.getCompressedSize() * 1100 + 1024);
      }
      log = entry(path, zip, logEntry, limit);
    } catch (ZipException | IllegalArgumentException e) {
      throw GaitFormatException.ofFile(path, "not a readable ZIP archive: " + e.getMessage(), e);
    }
    double rateHz = infoNumber(path, info, "Sample Rate");
    double scale = info.containsKey("Acceleration Scale")
        ? infoNumber(path, info, "Acceleration Scale") : 341.0;
    return decode(path, log, rateHz, scale, info);
  }

  private static byte[] entry(Path path, ZipFile zip, ZipEntry e, long limit)
      throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      byte[] b = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (b.length > limit) {
        throw GaitFormatException.ofFile(path,
            e.getName() + " expands beyond " + limit + " bytes");
      }
      return b;
    } catch (ZipException ex) {
      throw GaitFormatException.ofFile(path, e.getName() + ": " + ex.getMessage(), ex);
    }
  }

  private static double infoNumber(Path path, Map<String, String> info, String key)
      throws GaitFormatException {
    String s = info.get(key);
    if (s == null) {
      throw GaitFormatException.ofFile(path, "info.txt lacks \"" + key + "\"");
    }
    try {
      double v = Double.parseDouble(s);
      if (!(v > 0) || !Double.isFinite(v)) {
        throw GaitFormatException.ofFile(path, "info.txt " + key + " " + s + " is not positive");
      }
      return v;
    } catch (NumberFormatException e) {
      throw GaitFormatException.ofFile(path, "info.txt " + key + " \"" + s + "\" is not a number",
          e);
    }
  }

  static Trial decode(Path path, byte[] log, double rateHz, double scale,
      Map<String, String> info) throws GaitFormatException {
    ByteBuffer b = ByteBuffer.wrap(log).order(ByteOrder.LITTLE_ENDIAN);
    // Every sample needs 6 bytes of log.bin, so this bounds the arrays by the data read.
    int capacity = log.length / 6;
    double[] x = new double[capacity];
    double[] y = new double[capacity];
    double[] z = new double[capacity];
    int n = 0;
    int records = 0;
    int activity = 0;
    int empty = 0;
    int gaps = 0;
    long idleSeconds = 0;
    long firstSecond = -1;
    long lastSecond = -1;
    StringBuilder gapSamples = new StringBuilder();
    int[] typeCounts = new int[256];
    int pos = 0;
    while (pos < log.length) {
      if (log.length - pos < 8) {
        throw GaitFormatException.atByte(path, pos,
            "log.bin: record header runs past the end (" + (log.length - pos) + " bytes left)");
      }
      if (log[pos] != 0x1E) {
        throw GaitFormatException.atByte(path, pos, String.format(Locale.ROOT,
            "log.bin: expected record separator 0x1E, found 0x%02X", log[pos] & 0xFF));
      }
      int type = log[pos + 1] & 0xFF;
      long second = b.getInt(pos + 2) & 0xFFFFFFFFL;
      int size = b.getShort(pos + 6) & 0xFFFF;
      if (pos + 8L + size + 1 > log.length) {
        throw GaitFormatException.atByte(path, pos + 6, "log.bin: record payload of " + size
            + " bytes runs past the end of log.bin");
      }
      int xor = 0;
      for (int i = pos; i < pos + 8 + size; i++) {
        xor ^= log[i];
      }
      if (((~xor) & 0xFF) != (log[pos + 8 + size] & 0xFF)) {
        throw GaitFormatException.atByte(path, pos + 8 + size, "log.bin: record checksum fails");
      }
      typeCounts[type]++;
      records++;
      if (type == ACTIVITY2) {
        if (size == 1) {
          empty++;
        } else {
          if (size % 6 != 0) {
            throw GaitFormatException.atByte(path, pos + 6, "log.bin: ACTIVITY2 payload of "
                + size + " bytes is not whole x, y, z int16 triplets");
          }
          if (lastSecond >= 0 && second != lastSecond + 1) {
            gaps++;
            idleSeconds += Math.max(0, second - lastSecond - 1);
            if (gapSamples.length() < 4000) {
              gapSamples.append(gapSamples.length() == 0 ? "" : ",").append(n);
            }
          }
          if (firstSecond < 0) {
            firstSecond = second;
          }
          lastSecond = second;
          for (int i = 0; i < size; i += 6) {
            x[n] = b.getShort(pos + 8 + i) / scale;
            y[n] = b.getShort(pos + 10 + i) / scale;
            z[n] = b.getShort(pos + 12 + i) / scale;
            n++;
          }
          activity++;
        }
      }
      pos += 9 + size;
    }
    if (n == 0) {
      throw GaitFormatException.ofFile(path, "log.bin holds no ACTIVITY2 samples");
    }
    SamplingRate rate = SamplingRate.ofHz(rateHz);
    String location = (info.getOrDefault("Side", "") + " " + info.getOrDefault("Limb", ""))
        .trim();
    ImuStream imu = ImuStream.builder("ActiGraph-" + info.getOrDefault("Serial Number", ""),
        Locations.parse(location))
        .accelerometer(Vector3Series.of("accelerometer", rate, Unit.STANDARD_GRAVITY,
            Frame.SENSOR, Arrays.copyOf(x, n), Arrays.copyOf(y, n), Arrays.copyOf(z, n)))
        .build();
    Subject subject = Subject.withId(info.getOrDefault("Subject Name", ""));
    double height = parseOr(info.get("Height"));
    if (height > 0) {
      subject = subject.withHeightM(height / 100.0);
    }
    double mass = parseOr(info.get("Mass"));
    if (mass > 0) {
      subject = subject.withMassKg(mass);
    }
    Trial.Builder t = Trial.builder(String.valueOf(path.getFileName())).subject(subject)
        .addImu(imu);
    info.forEach((k, v) -> t.putMetadata("gt3x." + k, v));
    t.putMetadata("gt3x.records", Integer.toString(records));
    t.putMetadata("gt3x.activity_records", Integer.toString(activity));
    t.putMetadata("gt3x.empty_activity_records", Integer.toString(empty));
    t.putMetadata("gt3x.first_sample_epoch_s", Long.toString(firstSecond));
    t.putMetadata("gt3x.idle_gaps", Integer.toString(gaps));
    t.putMetadata("gt3x.idle_seconds", Long.toString(idleSeconds));
    if (gaps > 0) {
      t.putMetadata("gt3x.idle_gap_samples", gapSamples.toString());
    }
    StringBuilder types = new StringBuilder();
    for (int i = 0; i < 256; i++) {
      if (typeCounts[i] > 0) {
        types.append(types.length() == 0 ? "" : ",")
            .append(String.format(Locale.ROOT, "0x%02X=%d", i, typeCounts[i]));
      }
    }
    t.putMetadata("gt3x.record_types", types.toString());
    return t.build();
  }

  private static double parseOr(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}

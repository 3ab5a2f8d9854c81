package org.gait4j.io.c3d;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.c3d.C3dParameters.Parameter;
import org.gait4j.io.c3d.C3dParameters.Processor;

/**
 * An opened C3D file: header, parameters and the validated layout of the data section; the data
 * itself is read on demand by {@link #readData()}, streaming through a bounded buffer. Every
 * count taken from the file is checked against the file's size before anything is allocated.
 */
final class C3dFile {
  static final int BLOCK = 512;
  static final int MAGIC = 0x50;
  /** Header words hold 18 event slots. */
  static final int HEADER_EVENT_SLOTS = 18;

  /** One event of the header's event table (words 150..234). */
  record HeaderEvent(String label, double timeS, boolean displayed) {}

  /** Decoded samples: per point x, y, z, residual word (NaN if invalid); per channel values. */
  static final class Data {
    final double[][] x;
    final double[][] y;
    final double[][] z;
    /** Residual in point units, NaN for invalid samples. */
    final double[][] residual;
    final double[][] analog;

    Data(int points, int frames, int channels, int analogSamples) {
      x = new double[points][frames];
      y = new double[points][frames];
      z = new double[points][frames];
      residual = new double[points][frames];
      analog = new double[channels][analogSamples];
    }
  }

  final Path file;
  final long fileSize;
  final Processor processor;
  final C3dParameters params;
  final int parameterBlock;
  final int headerPointCount;
  final int headerAnalogPerFrame;
  /** The header's first frame (1-based), or TRIAL:ACTUAL_START_FIELD when that is larger. */
  final long firstFrame;
  final int headerLastFrame;
  final int maxInterpolationGap;
  final List<HeaderEvent> headerEvents;

  final int points;
  final int channels;
  final int analogRatio;
  final int frames;
  final double pointScale;
  final boolean floatStorage;
  final double pointRate;
  final double analogRate;
  final long dataOffset;
  final int frameBytes;
  final boolean unsignedAnalog;
  final double[] analogScale;
  final int[] analogOffset;

  private C3dFile(Path file, long fileSize, ByteBuffer header, Processor processor,
      C3dParameters params) throws GaitFormatException {
    this.file = file;
    this.fileSize = fileSize;
    this.processor = processor;
    this.params = params;
    this.parameterBlock = header.get(0) & 0xFF;
    this.headerPointCount = header.getShort(2) & 0xFFFF;
    this.headerAnalogPerFrame = header.getShort(4) & 0xFFFF;
    int headerFirst = header.getShort(6) & 0xFFFF;
    this.headerLastFrame = header.getShort(8) & 0xFFFF;
    this.maxInterpolationGap = header.getShort(10);
    double headerScale = Codec.getFloat(header, 12, processor);
    int headerDataStart = header.getShort(16) & 0xFFFF;
    int headerRatio = header.getShort(18) & 0xFFFF;
    double headerRate = Codec.getFloat(header, 20, processor);
    this.headerEvents = headerEvents(header, processor);

    this.points = intParam("POINT", "USED").map(v -> v & 0xFFFF).orElse(headerPointCount);
    double scale = doubleParam("POINT", "SCALE").orElse(headerScale);
    this.pointScale = scale;
    this.floatStorage = scale < 0 || (scale == 0 && 1 / scale < 0);
    double rate = doubleParam("POINT", "RATE").orElse(headerRate);
    int usedAnalog = intParam("ANALOG", "USED").map(v -> v & 0xFFFF).orElse(-1);
    int ratio;
    int ch;
    if (usedAnalog < 0) {
      ratio = headerRatio;
      ch = ratio == 0 ? 0 : headerAnalogPerFrame / ratio;
    } else {
      ch = usedAnalog;
      ratio = ch == 0 ? 0 : headerRatio;
      if (ch > 0 && ratio == 0) {
        ratio = headerAnalogPerFrame / ch;
      }
    }
    if ((long) ch * ratio != headerAnalogPerFrame && !(ch == 0 && headerAnalogPerFrame == 0)) {
      throw GaitFormatException.atByte(file, 4, String.format(Locale.ROOT,
          "header word 3 says %d analog samples per frame but %d channels x %d samples per"
              + " frame (ANALOG:USED, header word 10) make %d", headerAnalogPerFrame, ch, ratio,
          (long) ch * ratio));
    }
    this.channels = ch;
    this.analogRatio = ch == 0 ? 0 : ratio;
    long[] range = frameRange(headerFirst);
    this.firstFrame = range[0];
    this.frames = (int) range[1];
    if (!(rate > 0) || !Double.isFinite(rate)) {
      throw GaitFormatException.atByte(file, 20, "the point rate (POINT:RATE or header words"
          + " 11-12) is " + rate + " Hz; it must be finite and > 0");
    }
    this.pointRate = rate;
    double ar = rate * Math.max(1, analogRatio);
    Optional<Double> stated = doubleParam("ANALOG", "RATE");
    this.analogRate = stated.isPresent() && Math.abs(stated.get() - ar) <= 1e-3 * ar
        ? stated.get() : ar;
    if (scale == 0 && (points > 0 || channels > 0)) {
      throw GaitFormatException.atByte(file, 12,
          "POINT:SCALE is 0, so the storage (integer or float) is undefined");
    }
    int block = headerDataStart > 0 ? headerDataStart
        : intParam("POINT", "DATA_START").map(v -> v & 0xFFFF).orElse(0);
    if (block < 2) {
      throw GaitFormatException.atByte(file, 16,
          "the data section starts at block " + block + " (header word 9); it must be >= 2");
    }
    this.dataOffset = (long) BLOCK * (block - 1);
    int bytesPerValue = floatStorage ? 4 : 2;
    long fb = ((long) points * 4 + (long) channels * analogRatio) * bytesPerValue;
    if (fb > Integer.MAX_VALUE / 4) {
      throw GaitFormatException.atByte(file, 2, "a frame of " + points + " points and "
          + channels * (long) analogRatio + " analog samples would take " + fb + " bytes");
    }
    this.frameBytes = (int) fb;
    long need = (long) frames * frameBytes;
    if (dataOffset + need > fileSize) {
      throw GaitFormatException.atByte(file, Math.min(dataOffset, fileSize),
          String.format(Locale.ROOT, "the data section needs %d bytes (%d frames x %d bytes)"
              + " from byte %d but the file ends at byte %d", need, frames, frameBytes,
              dataOffset, fileSize));
    }
    this.unsignedAnalog = params.parameter("ANALOG", "FORMAT")
        .filter(p -> p.type() == C3dParameters.DataType.CHAR)
        .map(p -> p.string().trim().equalsIgnoreCase("UNSIGNED")).orElse(false);
    double gen = doubleParam("ANALOG", "GEN_SCALE").orElse(1.0);
    double[] sc = params.doublesWithContinuations("ANALOG", "SCALE");
    double[] off = params.doublesWithContinuations("ANALOG", "OFFSET");
    this.analogScale = new double[channels];
    this.analogOffset = new int[channels];
    for (int c = 0; c < channels; c++) {
      analogScale[c] = (c < sc.length ? sc[c] : 1.0) * gen;
      int o = c < off.length ? (int) off[c] : 0;
      analogOffset[c] = unsignedAnalog ? o & 0xFFFF : o;
    }
  }

  /**
   * Opens {@code file}: reads and validates the header and the parameter section.
   *
   * @throws GaitFormatException if the file is not a valid C3D file
   */
  static C3dFile open(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < BLOCK) {
        throw GaitFormatException.atByte(file, size,
            "a C3D file has a 512-byte header but the file has " + size + " bytes");
      }
      ByteBuffer header = ByteBuffer.allocate(BLOCK);
      readFully(file, ch, header, 0);
      int pb = header.get(0) & 0xFF;
      if ((header.get(1) & 0xFF) != MAGIC) {
        throw GaitFormatException.atByte(file, 1, String.format(Locale.ROOT,
            "byte 1 is 0x%02X, not the C3D key 0x50", header.get(1) & 0xFF));
      }
      if (pb < 2) {
        throw GaitFormatException.atByte(file, 0,
            "the parameter section starts at block " + pb + "; it must be >= 2");
      }
      long paramOffset = (long) BLOCK * (pb - 1);
      if (paramOffset + 4 > size) {
        throw GaitFormatException.atByte(file, 0, "the parameter section starts at byte "
            + paramOffset + " (block " + pb + ") but the file has " + size + " bytes");
      }
      ByteBuffer ph = ByteBuffer.allocate(4);
      readFully(file, ch, ph, paramOffset);
      int blocks = ph.get(2) & 0xFF;
      int procCode = ph.get(3) & 0xFF;
      Processor proc = Processor.ofCode(procCode).orElseThrow(() -> GaitFormatException.atByte(
          file, paramOffset + 3, "processor type " + procCode
              + " is not 84 (Intel), 85 (DEC) or 86 (MIPS)"));
      long sectionBytes = Math.max(4, Math.min((long) blocks * BLOCK, size - paramOffset));
      ByteBuffer section = ByteBuffer.allocate((int) sectionBytes).order(Codec.order(proc));
      readFully(file, ch, section, paramOffset);
      header.order(Codec.order(proc));
      C3dParameters params = C3dParameters.parse(file, section, paramOffset, proc);
      return new C3dFile(file, size, header, proc, params);
    }
  }

  /** Reads and decodes the whole data section. */
  Data readData() throws IOException {
    int analogSamples = (int) Math.min(Integer.MAX_VALUE, (long) frames * analogRatio);
    Data d = new Data(points, frames, channels, channels == 0 ? 0 : analogSamples);
    if (frames == 0 || frameBytes == 0) {
      return d;
    }
    int framesPerChunk = Math.max(1, (1 << 16) / frameBytes);
    ByteBuffer buf = ByteBuffer.allocate(framesPerChunk * frameBytes)
        .order(Codec.order(processor));
    double absScale = Math.abs(pointScale);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int f0 = 0; f0 < frames; f0 += framesPerChunk) {
        int nf = Math.min(framesPerChunk, frames - f0);
        buf.clear().limit(nf * frameBytes);
        readFully(file, ch, buf, dataOffset + (long) f0 * frameBytes);
        for (int k = 0; k < nf; k++) {
          int f = f0 + k;
          int at = k * frameBytes;
          for (int p = 0; p < points; p++) {
            double x;
            double y;
            double z;
            int word;
            double fractional = -1;
            if (floatStorage) {
              x = Codec.getFloat(buf, at, processor);
              y = Codec.getFloat(buf, at + 4, processor);
              z = Codec.getFloat(buf, at + 8, processor);
              double r = Codec.getFloat(buf, at + 12, processor);
              word = r < 0 || Double.isNaN(r) ? -1 : (int) Math.min(r, 0xFFFF);
              fractional = word >= 0 && r != Math.rint(r) ? r : -1;
              at += 16;
            } else {
              x = buf.getShort(at) * pointScale;
              y = buf.getShort(at + 2) * pointScale;
              z = buf.getShort(at + 4) * pointScale;
              word = buf.getShort(at + 6);
              at += 8;
            }
            boolean invalid = word < 0 || (x == 0 && y == 0 && z == 0);
            d.x[p][f] = invalid ? Double.NaN : x;
            d.y[p][f] = invalid ? Double.NaN : y;
            d.z[p][f] = invalid ? Double.NaN : z;
            d.residual[p][f] = invalid ? Double.NaN
                : fractional >= 0 ? fractional : (word & 0xFF) * absScale;
          }
          for (int s = 0; s < analogRatio; s++) {
            int i = f * analogRatio + s;
            for (int c = 0; c < channels; c++) {
              double raw;
              if (floatStorage) {
                raw = Codec.getFloat(buf, at, processor);
                at += 4;
              } else {
                short v = buf.getShort(at);
                raw = unsignedAnalog ? v & 0xFFFF : v;
                at += 2;
              }
              // + 0.0 turns -0.0 (from a zero scale) into 0.0
              d.analog[c][i] = (raw - analogOffset[c]) * analogScale[c] + 0.0;
            }
          }
        }
      }
    }
    return d;
  }

  private long[] frameRange(int headerFirst) throws GaitFormatException {
    long first = headerFirst;
    long last = headerLastFrame;
    Optional<Parameter> s = params.parameter("TRIAL", "ACTUAL_START_FIELD");
    Optional<Parameter> e = params.parameter("TRIAL", "ACTUAL_END_FIELD");
    if (s.isPresent() && e.isPresent() && s.get().type() == C3dParameters.DataType.INT16
        && e.get().type() == C3dParameters.DataType.INT16 && s.get().count() == 2
        && e.get().count() == 2) {
      int[] a = s.get().ints();
      int[] b = e.get().ints();
      long fs = (a[0] & 0xFFFFL) | (a[1] & 0xFFFFL) << 16;
      long fe = (b[0] & 0xFFFFL) | (b[1] & 0xFFFFL) << 16;
      if (fs >= 1 && fe >= fs - 1 && fe - fs + 1 > last - first + 1) {
        first = fs;
        last = fe;
      }
    }
    long n = Math.max(0, last - first + 1);
    if (n > Integer.MAX_VALUE) {
      throw GaitFormatException.atByte(file, 8, "frame count " + n + " is too large");
    }
    return new long[] {first, n};
  }

  private static List<HeaderEvent> headerEvents(ByteBuffer h, Processor p) {
    int n = h.getShort(300);
    List<HeaderEvent> out = new ArrayList<>();
    if (n <= 0 || n > HEADER_EVENT_SLOTS) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      double t = Codec.getFloat(h, 304 + 4 * i, p);
      boolean shown = h.get(376 + i) != 0;
      byte[] l = new byte[4];
      h.get(396 + 4 * i, l);
      String label = new String(l, StandardCharsets.ISO_8859_1).replace('\0', ' ').trim();
      if (Double.isFinite(t)) {
        out.add(new HeaderEvent(label, t, shown));
      }
    }
    return out;
  }

  Optional<Integer> intParam(String group, String name) {
    return params.parameter(group, name)
        .filter(p -> p.type() != C3dParameters.DataType.CHAR && p.count() > 0)
        .map(Parameter::intValue);
  }

  Optional<Double> doubleParam(String group, String name) {
    return params.parameter(group, name)
        .filter(p -> p.type() != C3dParameters.DataType.CHAR && p.count() > 0)
        .map(Parameter::doubleValue);
  }

  /** The byte offset of the parameter section, used in messages about parameter values. */
  long parameterOffset() {
    return (long) BLOCK * (parameterBlock - 1);
  }

  static void readFully(Path file, FileChannel ch, ByteBuffer buf, long position)
      throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw GaitFormatException.atByte(file, pos, "unexpected end of file");
      }
      pos += n;
    }
    buf.flip();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "C3dFile[%s, %s, %s, %d points, %d channels x %d, %d frames"
        + " @ %s Hz]", file.getFileName(), processor, floatStorage ? "float" : "int16", points,
        channels, analogRatio, frames, pointRate);
  }
}

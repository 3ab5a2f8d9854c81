package org.gait4j.io.wearable;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Reads APDM Opal recordings saved as HDF5 ({@code .h5}, "file format version 5"), with the
 * pure-Java jHDF library.
 *
 * <h2>Layout</h2>
 *
 * <p>As described by public readers (skdh {@code io/apdm.py} and several MATLAB loaders); no real
 * device file was available to check it against, so the test fixture is generated from this
 * description ({@code src/test/resources/wearable/make_apdm_fixture.py}):
 *
 * <ul>
 *   <li>{@code /Sensors/<id>/}: one group per Opal, {@code <id>} its serial ({@code "3142"} or
 *       {@code "XI-010284"}), with datasets {@code Accelerometer} (N × 3, m/s²), {@code Gyroscope}
 *       (N × 3, rad/s), {@code Magnetometer} (N × 3, µT), {@code Temperature} (N, °C) and
 *       {@code Time} (N, uint64 µs since 1970-01-01 UTC);
 *   <li>{@code /Sensors/<id>/Configuration}: a group whose attributes include {@code Label 0}
 *       (the wear location, e.g. {@code "Lumbar"}, possibly NUL-terminated) and {@code Sample
 *       Rate} (Hz);
 *   <li>{@code /Processed/<id>/Orientation} (APDM's own orientation estimate) and
 *       {@code /Annotations} are not read.
 * </ul>
 *
 * <h2>What the trial holds</h2>
 *
 * <p>One {@link ImuStream} per sensor group, in file order, with the sensor id as its
 * {@code sensorId}. Units are the device's own as stored, never converted silently:
 * accelerometer {@link Unit#METRE_PER_SECOND_SQUARED}, gyroscope {@link Unit#RADIAN_PER_SECOND},
 * magnetometer {@link Unit#MICROTESLA}, all in {@link Frame#SENSOR}; temperature as an extra
 * channel in °C. The body location comes from {@code Label 0} ({@code Lumbar} →
 * {@code LOWER_BACK}, {@code Right Foot} → {@code RIGHT_FOOT}, {@code Left Ankle} →
 * {@code LEFT_SHANK}, ...), else {@link BodyLocation#UNKNOWN}; users set it with
 * {@link ImuStream#withLocation(BodyLocation)}. The label is kept in
 * {@code apdm.<id>.label}.
 *
 * <h2>Time</h2>
 *
 * <p>Series use {@code Sample Rate} (or, without it, the median {@code Time} step). Each sensor's
 * first {@code Time} (µs, UTC) is kept in {@code apdm.<id>.first_sample_epoch_us}; steps that differ
 * from the nominal period by more than half a period (dropped or repeated samples) are counted in
 * {@code apdm.<id>.timing_irregularities}, the samples staying contiguous. Sensors may start at
 * different instants; {@link Trial#startTimeS()} stays 0.
 *
 * <h2>Bad input</h2>
 *
 * <p>HDF5 is a tree of objects, not a byte stream: problems are reported with
 * {@link GaitFormatException#ofFile} naming the HDF5 path (for example
 * {@code /Sensors/3142/Gyroscope has 2 columns, expected 3}). Anything jHDF cannot parse is
 * wrapped the same way. Dataset sizes are checked before any data are read: a dataset may not
 * claim more than 64 times the file size (a generous bound for compressed chunks) nor more than
 * {@code Integer.MAX_VALUE} values.
 *
 * <p>Stateless and thread-safe.
 */
public final class ApdmOpalH5Reader implements TrialReader {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n'};
  private static final long EXPANSION_LIMIT = 64;

  /** A reader; stateless. */
  public ApdmOpalH5Reader() {}

  @Override
  public String formatName() {
    return "APDM Opal HDF5";
  }

  @Override
  public List<String> extensions() {
    return List.of("h5", "hdf5");
  }

  @Override
  public Match sniff(Path path, byte[] head) {
    if (head.length >= SIGNATURE.length
        && Arrays.equals(Arrays.copyOf(head, SIGNATURE.length), SIGNATURE)) {
      return Match.MAYBE;
    }
    return Match.NO;
  }

  @Override
  public Trial read(Path path) throws IOException {
    long fileSize = Files.size(path);
    byte[] head = new byte[SIGNATURE.length];
    try (var in = Files.newInputStream(path)) {
      int got = in.readNBytes(head, 0, head.length);
      if (got < head.length || !Arrays.equals(head, SIGNATURE)) {
        throw GaitFormatException.atByte(path, 0, "not an HDF5 file: signature missing");
      }
    }
    try (HdfFile hdf = new HdfFile(path)) {
      return read(path, hdf, fileSize);
    } catch (GaitFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // jHDF reports corrupt structures with unchecked exceptions of many kinds.
      throw GaitFormatException.ofFile(path, "unreadable HDF5 structure: " + e, e);
    }
  }

  private static Trial read(Path path, HdfFile hdf, long fileSize) throws GaitFormatException {
    Node sensorsNode = hdf.getChild("Sensors");
    if (!(sensorsNode instanceof Group)) {
      throw GaitFormatException.ofFile(path, "no /Sensors group: not an APDM Opal file");
    }
    Trial.Builder trial = Trial.builder(path.getFileName() == null ? path.toString()
        : path.getFileName().toString());
    Object version = attribute(hdf, "FileFormatVersion");
    if (version != null) {
      trial.putMetadata("apdm.file_format_version", version.toString());
    }
    int count = 0;
    for (Map.Entry<String, Node> e : ((Group) sensorsNode).getChildren().entrySet()) {
      if (!(e.getValue() instanceof Group)) {
        continue;
      }
      trial.addImu(sensor(path, (Group) e.getValue(), e.getKey(), fileSize, trial));
      count++;
    }
    if (count == 0) {
      throw GaitFormatException.ofFile(path, "/Sensors holds no sensor group");
    }
    return trial.build();
  }

  private static ImuStream sensor(Path path, Group g, String id, long fileSize,
      Trial.Builder trial) throws GaitFormatException {
    String where = "/Sensors/" + id;
    String prefix = "apdm." + id + ".";
    Node config = g.getChild("Configuration");
    String label = null;
    double rateHz = Double.NaN;
    if (config != null) {
      Object l = attribute(config, "Label 0");
      if (l != null) {
        label = text(l);
      }
      Object r = attribute(config, "Sample Rate");
      if (r != null) {
        rateHz = number(r);
        if (!(rateHz > 0) || !Double.isFinite(rateHz)) {
          throw GaitFormatException.ofFile(path,
              where + "/Configuration: Sample Rate " + r + " is not a positive rate");
        }
      }
    }
    double[][] acc = vectors(path, g, where, "Accelerometer", fileSize, true);
    int n = acc[0].length;
    double[][] gyro = vectors(path, g, where, "Gyroscope", fileSize, false);
    double[][] mag = vectors(path, g, where, "Magnetometer", fileSize, false);
    double[] temp = scalars(path, g, where, "Temperature", fileSize);
    double[] time = scalars(path, g, where, "Time", fileSize);
    requireLength(path, where + "/Gyroscope", gyro == null ? null : gyro[0], n);
    requireLength(path, where + "/Magnetometer", mag == null ? null : mag[0], n);
    requireLength(path, where + "/Temperature", temp, n);
    requireLength(path, where + "/Time", time, n);
    if (Double.isNaN(rateHz) && time != null && n >= 2) {
      double[] steps = new double[n - 1];
      for (int i = 1; i < n; i++) {
        steps[i - 1] = time[i] - time[i - 1];
      }
      Arrays.sort(steps);
      double median = steps[steps.length / 2];
      if (median > 0) {
        rateHz = 1e6 / median;
      }
    }
    if (!(rateHz > 0)) {
      throw GaitFormatException.ofFile(path,
          where + ": no Configuration \"Sample Rate\" and no usable Time to derive it");
    }
    if (time != null && n > 0) {
      double period = 1e6 / rateHz;
      int irregular = 0;
      for (int i = 1; i < n; i++) {
        if (Math.abs(time[i] - time[i - 1] - period) > 0.5 * period) {
          irregular++;
        }
      }
      trial.putMetadata(prefix + "first_sample_epoch_us", Long.toString((long) time[0]));
      trial.putMetadata(prefix + "timing_irregularities", Integer.toString(irregular));
    }
    trial.putMetadata(prefix + "rate_hz", Double.toString(rateHz));
    if (label != null) {
      trial.putMetadata(prefix + "label", label);
    }
    SamplingRate rate = SamplingRate.ofHz(rateHz);
    ImuStream.Builder b = ImuStream.builder(id, Locations.parse(label))
        .accelerometer(Vector3Series.of("accelerometer", rate, Unit.METRE_PER_SECOND_SQUARED,
            Frame.SENSOR, acc[0], acc[1], acc[2]));
    if (gyro != null) {
      b.gyroscope(Vector3Series.of("gyroscope", rate, Unit.RADIAN_PER_SECOND, Frame.SENSOR,
          gyro[0], gyro[1], gyro[2]));
    }
    if (mag != null) {
      b.magnetometer(Vector3Series.of("magnetometer", rate, Unit.MICROTESLA, Frame.SENSOR,
          mag[0], mag[1], mag[2]));
    }
    if (temp != null) {
      b.extra(MultiChannelSeries.of(rate, List.of("temperature"), List.of(Unit.DEGREE_CELSIUS),
          new double[][] {temp}));
    }
    return b.build();
  }

  private static void requireLength(Path path, String what, double[] v, int n)
      throws GaitFormatException {
    if (v != null && v.length != n) {
      throw GaitFormatException.ofFile(path,
          what + " has " + v.length + " samples, Accelerometer has " + n);
    }
  }

  private static Object attribute(Node node, String name) {
    Attribute a = node.getAttributes().get(name);
    if (a == null || a.isEmpty()) {
      return null;
    }
    Object d = a.getData();
    if (d != null && d.getClass().isArray() && Array.getLength(d) == 1) {
      return Array.get(d, 0);
    }
    return d;
  }

  private static String text(Object o) {
    String s;
    if (o instanceof byte[]) {
      s = new String((byte[]) o, java.nio.charset.StandardCharsets.UTF_8);
    } else {
      s = String.valueOf(o);
    }
    int nul = s.indexOf('\0');
    return (nul >= 0 ? s.substring(0, nul) : s).trim();
  }

  private static double number(Object o) {
    if (o instanceof Number) {
      return ((Number) o).doubleValue();
    }
    try {
      return Double.parseDouble(text(o));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Dataset dataset(Path path, Group g, String where, String name, long fileSize,
      boolean required, int rank) throws GaitFormatException {
    Node node = g.getChild(name);
    if (node == null) {
      if (required) {
        throw GaitFormatException.ofFile(path, where + "/" + name + " missing");
      }
      return null;
    }
    if (!(node instanceof Dataset)) {
      throw GaitFormatException.ofFile(path, where + "/" + name + " is not a dataset");
    }
    Dataset d = (Dataset) node;
    int[] dims = d.getDimensions();
    if (dims.length != rank || (rank == 2 && dims[1] != 3)) {
      throw GaitFormatException.ofFile(path, String.format(Locale.ROOT,
          "%s/%s has shape %s, expected %s", where, name, Arrays.toString(dims),
          rank == 2 ? "[N, 3]" : "[N]"));
    }
    long values = 1;
    for (int dim : dims) {
      if (dim < 0) {
        throw GaitFormatException.ofFile(path, where + "/" + name + ": negative dimension");
      }
      values *= dim;
    }
    long bytes = d.getSizeInBytes();
    if (values > Integer.MAX_VALUE - 8 || bytes < 0 || bytes > fileSize * EXPANSION_LIMIT) {
      throw GaitFormatException.ofFile(path, String.format(Locale.ROOT,
          "%s/%s claims %d values (%d bytes) in a file of %d bytes", where, name, values, bytes,
          fileSize));
    }
    Class<?> type = d.getJavaType();
    if (!(type == double.class || type == float.class || type == long.class
        || type == int.class || type == short.class || type == byte.class
        || type == BigInteger.class)) {
      throw GaitFormatException.ofFile(path,
          where + "/" + name + " holds " + type.getSimpleName() + ", expected numbers");
    }
    return d;
  }

  private static double[][] vectors(Path path, Group g, String where, String name,
      long fileSize, boolean required) throws GaitFormatException {
    Dataset d = dataset(path, g, where, name, fileSize, required, 2);
    if (d == null) {
      return null;
    }
    double[] flat = flat(path, where + "/" + name, d.getDataFlat());
    int n = flat.length / 3;
    double[][] out = new double[3][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = flat[3 * i];
      out[1][i] = flat[3 * i + 1];
      out[2][i] = flat[3 * i + 2];
    }
    return out;
  }

  private static double[] scalars(Path path, Group g, String where, String name, long fileSize)
      throws GaitFormatException {
    Dataset d = dataset(path, g, where, name, fileSize, false, 1);
    return d == null ? null : flat(path, where + "/" + name, d.getDataFlat());
  }

  private static double[] flat(Path path, String what, Object data) throws GaitFormatException {
    if (data == null || !data.getClass().isArray()) {
      throw GaitFormatException.ofFile(path, what + ": no numeric data");
    }
    int n = Array.getLength(data);
    double[] out = new double[n];
    if (data instanceof double[]) {
      System.arraycopy((double[]) data, 0, out, 0, n);
    } else {
      for (int i = 0; i < n; i++) {
        Object v = Array.get(data, i);
        if (!(v instanceof Number)) {
          throw GaitFormatException.ofFile(path, what + ": value " + i + " is not a number");
        }
        out[i] = ((Number) v).doubleValue();
      }
    }
    return out;
  }
}

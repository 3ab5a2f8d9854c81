package org.gait4j.io.c3d;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gait4j.io.GaitFormatException;

/**
 * The parameter section of a C3D file: every group and parameter, reachable by name, with typed
 * values. Obtain one with {@link C3dReader#readParameters(Path)}.
 *
 * <pre>{@code
 * C3dParameters p = C3dReader.readParameters(Path.of("walk.c3d"));
 * double rate = p.parameter("POINT", "RATE").orElseThrow().doubleValue();
 * List<String> labels = p.parameter("POINT", "LABELS").orElseThrow().strings();
 * }</pre>
 *
 * <p>Group and parameter names are looked up ignoring case (the C3D User Guide asks for upper
 * case, but Vicon writes e.g. {@code PROCESSING:Bodymass}); the spelling of the file is kept.
 * When a file holds two parameters of one name in one group, the first wins. Parameters whose
 * group record is missing are kept in a group called {@code GROUP_<id>}.
 *
 * <p>Multi-dimensional values are flattened with the first index varying fastest, as stored
 * (e.g. {@code FORCE_PLATFORM:CORNERS} of dimensions {@code (3, 4, n)} is x, y, z of corner 1
 * of plate 1, then corner 2 ...). Character parameters of dimensions {@code (len, d2, ...)} are
 * {@code d2 × ...} strings of {@code len} bytes (ISO-8859-1), trailing blanks and NULs removed.
 *
 * <p>Immutable and thread-safe.
 */
public final class C3dParameters {

  /** The processor type of parameter section byte 4: how numbers are encoded. */
  public enum Processor {
    /** Code 84: little-endian integers, IEEE-754 floats. */
    INTEL(84),
    /** Code 85: little-endian integers, VAX F-floating floats. */
    DEC(85),
    /** Code 86 (SGI/MIPS): big-endian integers and IEEE-754 floats. */
    MIPS(86);

    private final int code;

    Processor(int code) {
      this.code = code;
    }

    /** The byte stored in the file (83 + type). */
    public int code() {
      return code;
    }

    static Optional<Processor> ofCode(int code) {
      for (Processor p : values()) {
        if (p.code == code) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** The stored type of a parameter's values. */
  public enum DataType {
    /** Type -1: characters (ISO-8859-1 bytes). */
    CHAR(-1),
    /** Type 1: bytes, read as unsigned 0..255. */
    BYTE(1),
    /** Type 2: 16-bit signed integers. */
    INT16(2),
    /** Type 4: 32-bit floats (IEEE or VAX by processor). */
    FLOAT(4);

    private final int code;

    DataType(int code) {
      this.code = code;
    }

    /** The type byte stored in the file. */
    public int code() {
      return code;
    }

    /** Bytes per element. */
    int size() {
      return Math.abs(code);
    }
  }

  /** One parameter: name, description, dimensions and values. Immutable. */
  public static final class Parameter {
    private final String group;
    private final String name;
    private final String description;
    private final boolean locked;
    private final DataType type;
    private final int[] dims;
    private final byte[] bytes;
    private final int[] shorts;
    private final double[] floats;

    private Parameter(String group, String name, String description, boolean locked,
        DataType type, int[] dims, byte[] bytes, int[] shorts, double[] floats) {
      this.group = group;
      this.name = name;
      this.description = description;
      this.locked = locked;
      this.type = type;
      this.dims = dims;
      this.bytes = bytes;
      this.shorts = shorts;
      this.floats = floats;
    }

    static Parameter ofStrings(String group, String name, String description,
        List<String> values) {
      int len = 0;
      for (String s : values) {
        len = Math.max(len, s.length());
      }
      byte[] b = new byte[len * values.size()];
      Arrays.fill(b, (byte) ' ');
      for (int i = 0; i < values.size(); i++) {
        byte[] s = values.get(i).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(s, 0, b, i * len, s.length);
      }
      return new Parameter(group, name, description, false, DataType.CHAR,
          new int[] {len, values.size()}, b, null, null);
    }

    static Parameter ofString(String group, String name, String description, String value) {
      byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
      return new Parameter(group, name, description, false, DataType.CHAR,
          new int[] {b.length}, b, null, null);
    }

    static Parameter ofInts(String group, String name, String description, int[] dims,
        int[] values) {
      return new Parameter(group, name, description, false, DataType.INT16, dims.clone(),
          null, values.clone(), null);
    }

    static Parameter ofBytes(String group, String name, String description, int[] dims,
        byte[] values) {
      return new Parameter(group, name, description, false, DataType.BYTE, dims.clone(),
          values.clone(), null, null);
    }

    static Parameter ofFloats(String group, String name, String description, int[] dims,
        double[] values) {
      return new Parameter(group, name, description, false, DataType.FLOAT, dims.clone(),
          null, null, values.clone());
    }

    /** The same parameter in group {@code newGroup}. */
    Parameter inGroup(String newGroup) {
      return new Parameter(newGroup, name, description, locked, type, dims, bytes, shorts,
          floats);
    }

    /** The group's name as stored. */
    public String group() {
      return group;
    }

    /** The parameter's name as stored. */
    public String name() {
      return name;
    }

    public String description() {
      return description;
    }

    /** True if the file marks the parameter locked (negative name length). */
    public boolean locked() {
      return locked;
    }

    public DataType type() {
      return type;
    }

    /** The dimensions (empty for a scalar); a copy. */
    public int[] dimensions() {
      return dims.clone();
    }

    /** Number of stored elements (product of the dimensions, 1 for a scalar). */
    public int count() {
      return count(dims);
    }

    /**
     * Integer values, first index fastest: INT16 signed, BYTE unsigned, FLOAT rounded to the
     * nearest int.
     *
     * @throws IllegalStateException for a CHAR parameter
     */
    public int[] ints() {
      switch (type) {
        case INT16:
          return shorts.clone();
        case BYTE: {
          int[] out = new int[bytes.length];
          for (int i = 0; i < out.length; i++) {
            out[i] = bytes[i] & 0xFF;
          }
          return out;
        }
        case FLOAT: {
          int[] out = new int[floats.length];
          for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.round(floats[i]);
          }
          return out;
        }
        default:
          throw new IllegalStateException(group + ":" + name + " holds characters");
      }
    }

    /**
     * Numeric values as doubles, first index fastest.
     *
     * @throws IllegalStateException for a CHAR parameter
     */
    public double[] doubles() {
      if (type == DataType.FLOAT) {
        return floats.clone();
      }
      int[] i = ints();
      double[] out = new double[i.length];
      for (int k = 0; k < i.length; k++) {
        out[k] = i[k];
      }
      return out;
    }

    /**
     * The strings of a CHAR parameter: one for dimensions {@code ()} or {@code (len)},
     * {@code d2 × d3 × ...} for {@code (len, d2, d3, ...)}. Trailing blanks and NULs removed.
     *
     * @throws IllegalStateException for a numeric parameter
     */
    public List<String> strings() {
      if (type != DataType.CHAR) {
        throw new IllegalStateException(group + ":" + name + " is numeric (" + type + ")");
      }
      if (dims.length <= 1) {
        return List.of(trim(new String(bytes, StandardCharsets.ISO_8859_1)));
      }
      int len = dims[0];
      int n = count(Arrays.copyOfRange(dims, 1, dims.length));
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(len == 0 ? ""
            : trim(new String(bytes, i * len, len, StandardCharsets.ISO_8859_1)));
      }
      return Collections.unmodifiableList(out);
    }

    /** The first string of a CHAR parameter ("" if it has none). */
    public String string() {
      List<String> s = strings();
      return s.isEmpty() ? "" : s.get(0);
    }

    /** The first value as an int (see {@link #ints()}). */
    public int intValue() {
      int[] v = ints();
      if (v.length == 0) {
        throw new IllegalStateException(group + ":" + name + " is empty");
      }
      return v[0];
    }

    /** The first value as a double (see {@link #doubles()}). */
    public double doubleValue() {
      double[] v = doubles();
      if (v.length == 0) {
        throw new IllegalStateException(group + ":" + name + " is empty");
      }
      return v[0];
    }

    /** The values as text: strings joined by {@code "; "}, numbers by {@code ", "}. */
    public String valueText() {
      if (type == DataType.CHAR) {
        return String.join("; ", strings());
      }
      StringBuilder s = new StringBuilder();
      if (type == DataType.FLOAT) {
        for (double v : floats) {
          s.append(s.length() == 0 ? "" : ", ").append((float) v);
        }
      } else {
        for (int v : ints()) {
          s.append(s.length() == 0 ? "" : ", ").append(v);
        }
      }
      return s.toString();
    }

    byte[] rawBytes() {
      return bytes;
    }

    int[] rawShorts() {
      return shorts;
    }

    double[] rawFloats() {
      return floats;
    }

    /** True if both hold the same type, dimensions and values (descriptions ignored). */
    boolean sameValues(Parameter o) {
      return type == o.type && Arrays.equals(dims, o.dims) && Arrays.equals(bytes, o.bytes)
          && Arrays.equals(shorts, o.shorts) && Arrays.equals(floats, o.floats);
    }

    @Override
    public String toString() {
      String v = valueText();
      return group + ":" + name + " " + type + Arrays.toString(dims) + " = "
          + (v.length() > 80 ? v.substring(0, 80) + "..." : v);
    }

    private static String trim(String s) {
      int end = s.length();
      while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
        end--;
      }
      return s.substring(0, end);
    }

    static int count(int[] dims) {
      long n = 1;
      for (int d : dims) {
        n *= d;
      }
      return (int) n;
    }
  }

  /** A group: its stored name, description and parameters in file order. */
  static final class Group {
    final String name;
    final String description;
    final boolean locked;
    final Map<String, Parameter> params = new LinkedHashMap<>();

    Group(String name, String description, boolean locked) {
      this.name = name;
      this.description = description;
      this.locked = locked;
    }
  }

  private final Processor processor;
  private final Map<String, Group> groups;

  C3dParameters(Processor processor, Map<String, Group> groups) {
    this.processor = processor;
    this.groups = groups;
  }

  /** The processor type the file was written for. */
  public Processor processor() {
    return processor;
  }

  /** Group names in file order. */
  public List<String> groups() {
    List<String> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(g.name);
    }
    return Collections.unmodifiableList(out);
  }

  /** True if the file has a group called {@code group} (any case). */
  public boolean hasGroup(String group) {
    return groups.containsKey(key(group));
  }

  /** The description of {@code group}, if the group exists. */
  public Optional<String> groupDescription(String group) {
    Group g = groups.get(key(group));
    return g == null ? Optional.empty() : Optional.of(g.description);
  }

  /** The parameters of {@code group} in file order (empty if there is no such group). */
  public List<Parameter> parameters(String group) {
    Group g = groups.get(key(group));
    return g == null ? List.of() : List.copyOf(g.params.values());
  }

  /** The parameter {@code group:name} (any case), if present. */
  public Optional<Parameter> parameter(String group, String name) {
    Group g = groups.get(key(group));
    return g == null ? Optional.empty() : Optional.ofNullable(g.params.get(key(name)));
  }

  /**
   * The concatenation of the strings of {@code group:name}, {@code name2}, {@code name3}, ...
   * (the C3D convention for lists longer than 255 entries), up to the first one missing.
   */
  List<String> stringsWithContinuations(String group, String name) {
    List<String> out = new ArrayList<>();
    for (int k = 1;; k++) {
      Optional<Parameter> p = parameter(group, k == 1 ? name : name + k);
      if (p.isEmpty() || p.get().type() != DataType.CHAR) {
        return out;
      }
      out.addAll(p.get().strings());
    }
  }

  /** Like {@link #stringsWithContinuations} for numeric parameters. */
  double[] doublesWithContinuations(String group, String name) {
    double[] out = new double[0];
    for (int k = 1;; k++) {
      Optional<Parameter> p = parameter(group, k == 1 ? name : name + k);
      if (p.isEmpty() || p.get().type() == DataType.CHAR) {
        return out;
      }
      double[] v = p.get().doubles();
      double[] n = Arrays.copyOf(out, out.length + v.length);
      System.arraycopy(v, 0, n, out.length, v.length);
      out = n;
    }
  }

  Map<String, Group> groupMap() {
    return groups;
  }

  static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    int n = 0;
    for (Group g : groups.values()) {
      n += g.params.size();
    }
    return "C3dParameters[" + processor + ", " + groups.size() + " groups, " + n
        + " parameters]";
  }

  // ---------------------------------------------------------------------------------------
  // Parsing

  /**
   * Parses a parameter section.
   *
   * @param section the section's bytes (order set), starting at its 4-byte header. Not modified.
   * @param base the file offset of {@code section}'s byte 0, for messages
   */
  static C3dParameters parse(Path file, ByteBuffer section, long base, Processor processor)
      throws GaitFormatException {
    Map<Integer, Group> byId = new LinkedHashMap<>();
    Map<Integer, List<Parameter>> pending = new LinkedHashMap<>();
    int end = section.limit();
    int pos = 4;
    while (pos + 2 <= end) {
      int nameLen = section.get(pos);
      int id = section.get(pos + 1);
      if (nameLen == 0 || id == 0) {
        break;
      }
      int n = Math.abs(nameLen);
      int offsetPos = pos + 2 + n;
      if (offsetPos + 2 > end) {
        throw GaitFormatException.atByte(file, base + pos, String.format(Locale.ROOT,
            "parameter record of name length %d runs past the parameter section's end (byte %d)",
            n, base + end));
      }
      String name = ascii(section, pos + 2, n);
      int offset = section.getShort(offsetPos);
      if (offset < 0) {
        throw GaitFormatException.atByte(file, base + offsetPos,
            "record '" + name + "' points backwards to the next record (offset " + offset + ")");
      }
      int p = offsetPos + 2;
      if (id < 0) {
        requireBytes(file, base, p, 1, end, name, "description length");
        int dl = section.get(p) & 0xFF;
        requireBytes(file, base, p + 1, dl, end, name, "description");
        String desc = latin1(section, p + 1, dl);
        if (!byId.containsKey(-id)) {
          byId.put(-id, new Group(name, desc, nameLen < 0));
        }
      } else {
        requireBytes(file, base, p, 2, end, name, "type and dimension count");
        int typeCode = section.get(p);
        int nd = section.get(p + 1) & 0xFF;
        DataType type = null;
        for (DataType t : DataType.values()) {
          if (t.code == typeCode) {
            type = t;
          }
        }
        if (type == null) {
          throw GaitFormatException.atByte(file, base + p,
              "parameter '" + name + "' has data type " + typeCode + " (expected -1, 1, 2 or 4)");
        }
        if (nd > 7) {
          throw GaitFormatException.atByte(file, base + p + 1,
              "parameter '" + name + "' has " + nd + " dimensions (at most 7)");
        }
        requireBytes(file, base, p + 2, nd, end, name, "dimensions");
        int[] dims = new int[nd];
        long count = 1;
        for (int d = 0; d < nd; d++) {
          dims[d] = section.get(p + 2 + d) & 0xFF;
          count *= dims[d];
        }
        int data = p + 2 + nd;
        long size = count * type.size();
        if (size > end - data) {
          throw GaitFormatException.atByte(file, base + data, String.format(Locale.ROOT,
              "parameter '%s' of dimensions %s needs %d bytes but the parameter section has %d"
                  + " left", name, Arrays.toString(dims), size, end - data));
        }
        int c = (int) count;
        byte[] bytes = null;
        int[] shorts = null;
        double[] floats = null;
        switch (type) {
          case CHAR:
          case BYTE:
            bytes = new byte[c];
            section.get(data, bytes);
            break;
          case INT16:
            shorts = new int[c];
            for (int i = 0; i < c; i++) {
              shorts[i] = section.getShort(data + 2 * i);
            }
            break;
          default:
            floats = new double[c];
            for (int i = 0; i < c; i++) {
              floats[i] = Codec.getFloat(section, data + 4 * i, processor);
            }
            break;
        }
        int dpos = data + (int) size;
        String desc = "";
        if (dpos < end) {
          int dl = section.get(dpos) & 0xFF;
          requireBytes(file, base, dpos + 1, dl, end, name, "description");
          desc = latin1(section, dpos + 1, dl);
        }
        pending.computeIfAbsent(id, k -> new ArrayList<>()).add(new Parameter("", name, desc,
            nameLen < 0, type, dims, bytes, shorts, floats));
      }
      if (offset == 0) {
        break;
      }
      pos = offsetPos + offset;
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Group g : byId.values()) {
      groups.putIfAbsent(key(g.name), g);
    }
    for (Map.Entry<Integer, List<Parameter>> e : pending.entrySet()) {
      Group g = byId.get(e.getKey());
      if (g == null) {
        String gname = "GROUP_" + e.getKey();
        g = groups.computeIfAbsent(key(gname), k -> new Group(gname, "", false));
      } else {
        g = groups.get(key(g.name));
      }
      for (Parameter p : e.getValue()) {
        g.params.putIfAbsent(key(p.name), p.inGroup(g.name));
      }
    }
    return new C3dParameters(processor, groups);
  }

  private static void requireBytes(Path file, long base, int at, int n, int end, String name,
      String what) throws GaitFormatException {
    if (at + (long) n > end) {
      throw GaitFormatException.atByte(file, base + at, String.format(Locale.ROOT,
          "the %s of '%s' (%d bytes) runs past the parameter section's end (byte %d)", what,
          name, n, base + end));
    }
  }

  private static String ascii(ByteBuffer b, int at, int n) {
    byte[] s = new byte[n];
    b.get(at, s);
    return new String(s, StandardCharsets.US_ASCII);
  }

  private static String latin1(ByteBuffer b, int at, int n) {
    byte[] s = new byte[n];
    b.get(at, s);
    return new String(s, StandardCharsets.ISO_8859_1).trim();
  }
}

package org.gait4j.bench.accuracy.mobgap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gait4j.model.Side;

/**
 * The INDIP reference of one mobgap example recording ({@code *_reference_INDIP.json}): its
 * MicroWB walking bouts with their initial contacts, sides, final contacts, cadence and stride
 * lengths. Times are seconds from the first IMU sample. Parsed with Jackson's streaming parser
 * into plain lists and maps, then read field by field; a JSON {@code null} is NaN, a scalar where
 * a list is expected is a one-element list.
 *
 * <p>As mobgap's loader does, NaN initial contacts are dropped and an initial contact repeated at
 * the same time (INDIP sometimes lists it twice with both sides) is kept once, with its first
 * side.
 */
record IndipReference(List<Bout> bouts) {

  /** One reference MicroWB. */
  record Bout(double startS, double endS, double[] icS, Side[] icSide, double[] fcS,
      double cadenceStepsPerMin, double averageStrideLengthM) {}

  static IndipReference read(Path file) throws IOException {
    Object root;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      root = value(p);
    }
    if (!(root instanceof Map)) {
      throw new IOException(file + ": the top level is not a JSON object");
    }
    Object wbs = ((Map<?, ?>) root).get("MicroWB");
    List<Bout> bouts = new ArrayList<>();
    for (Object o : list(wbs)) {
      Map<?, ?> wb = (Map<?, ?>) o;
      double[] ic = numbers(wb.get("InitialContact_Event"));
      List<Object> lr = list(wb.get("InitialContact_LeftRight"));
      List<Double> icKept = new ArrayList<>();
      List<Side> sides = new ArrayList<>();
      for (int i = 0; i < ic.length; i++) {
        if (Double.isNaN(ic[i]) || (!icKept.isEmpty() && icKept.contains(ic[i]))) {
          continue;
        }
        icKept.add(ic[i]);
        Object s = i < lr.size() ? lr.get(i) : null;
        sides.add("Left".equals(s) ? Side.LEFT : "Right".equals(s) ? Side.RIGHT : Side.UNKNOWN);
      }
      double[] fc = java.util.Arrays.stream(numbers(wb.get("FinalContact_Event")))
          .filter(x -> !Double.isNaN(x)).toArray();
      bouts.add(new Bout(number(wb.get("Start")), number(wb.get("End")),
          icKept.stream().mapToDouble(Double::doubleValue).toArray(), sides.toArray(new Side[0]),
          fc, number(wb.get("Cadence")), number(wb.get("AverageStrideLength"))));
    }
    return new IndipReference(List.copyOf(bouts));
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String k = p.currentName();
          p.nextToken();
          m.put(k, value(p));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return Double.NaN;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getBooleanValue();
      default:
        throw new IOException("unexpected JSON token " + t + " at " + p.currentLocation());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    if (o == null) {
      return List.of();
    }
    return o instanceof List ? (List<Object>) o : List.of(o);
  }

  private static double number(Object o) {
    return o instanceof Double ? (Double) o : Double.NaN;
  }

  private static double[] numbers(Object o) {
    List<Object> l = list(o);
    double[] out = new double[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(l.get(i));
    }
    return out;
  }
}

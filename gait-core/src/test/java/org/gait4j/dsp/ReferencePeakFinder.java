package org.gait4j.dsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately plain reimplementation of {@code scipy.signal.find_peaks}, written from SciPy's
 * documented definitions with nothing clever in it: maxima by enumerating runs of equal samples,
 * bases by walking outward from every peak, the distance rule by repeatedly scanning all peaks.
 * O(n^2); for tests on short signals only.
 *
 * <p>The only shared piece is the visiting order among equal heights for the distance rule, taken
 * from {@link PeakDistance#argsort}, which the golden tests check against NumPy itself.
 */
final class ReferencePeakFinder {
  private ReferencePeakFinder() {}

  /** The conditions; NaN (or 0 for the ints) means "not given", as scipy's None. */
  static final class Criteria {
    double heightMin = Double.NaN;
    double heightMax = Double.NaN;
    double thresholdMin = Double.NaN;
    double thresholdMax = Double.NaN;
    int distance;
    double prominenceMin = Double.NaN;
    double prominenceMax = Double.NaN;
    int wlen;
    double widthMin = Double.NaN;
    double widthMax = Double.NaN;
    double relHeight = 0.5;
    int plateauMin = -1;
    int plateauMax = -1;

    PeakFinder toFinder() {
      PeakFinder f = PeakFinder.withDefaults();
      if (!Double.isNaN(heightMin)) {
        f = Double.isNaN(heightMax) ? f.withHeight(heightMin) : f.withHeight(heightMin, heightMax);
      }
      if (!Double.isNaN(thresholdMin)) {
        f = Double.isNaN(thresholdMax)
            ? f.withThreshold(thresholdMin)
            : f.withThreshold(thresholdMin, thresholdMax);
      }
      if (distance > 0) {
        f = f.withDistanceSamples(distance);
      }
      if (!Double.isNaN(prominenceMin)) {
        f = Double.isNaN(prominenceMax)
            ? f.withProminence(prominenceMin)
            : f.withProminence(prominenceMin, prominenceMax);
      }
      if (wlen > 0) {
        f = f.withWlenSamples(wlen);
      }
      if (!Double.isNaN(widthMin)) {
        f = Double.isNaN(widthMax) ? f.withWidthSamples(widthMin) : f.withWidthSamples(widthMin, widthMax);
      }
      f = f.withRelHeight(relHeight);
      if (plateauMin >= 0) {
        f = plateauMax < 0 ? f.withPlateauSizeSamples(plateauMin) : f.withPlateauSizeSamples(plateauMin, plateauMax);
      }
      return f;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Criteria[height %s..%s, threshold %s..%s, distance %d, prominence %s..%s, wlen %d,"
              + " width %s..%s, rel %s, plateau %d..%d]",
          heightMin, heightMax, thresholdMin, thresholdMax, distance, prominenceMin,
          prominenceMax, wlen, widthMin, widthMax, relHeight, plateauMin, plateauMax);
    }
  }

  /** One peak and every property scipy may report for it. */
  static final class Peak {
    int index;
    int leftEdge;
    int rightEdge;
    double leftThreshold;
    double rightThreshold;
    double prominence;
    int leftBase;
    int rightBase;
    double width;
    double widthHeight;
    double leftIp;
    double rightIp;
  }

  static List<Peak> find(double[] x, Criteria c) {
    List<Peak> peaks = localMaxima(x);
    if (c.plateauMin >= 0) {
      peaks.removeIf(
          p -> {
            int size = p.rightEdge - p.leftEdge + 1;
            return size < c.plateauMin || (c.plateauMax >= 0 && size > c.plateauMax);
          });
    }
    if (!Double.isNaN(c.heightMin)) {
      peaks.removeIf(p -> !within(x[p.index], c.heightMin, c.heightMax));
    }
    if (!Double.isNaN(c.thresholdMin)) {
      for (Peak p : peaks) {
        p.leftThreshold = x[p.index] - x[p.index - 1];
        p.rightThreshold = x[p.index] - x[p.index + 1];
      }
      peaks.removeIf(
          p ->
              !(c.thresholdMin <= Math.min(p.leftThreshold, p.rightThreshold)
                  && (Double.isNaN(c.thresholdMax)
                      || Math.max(p.leftThreshold, p.rightThreshold) <= c.thresholdMax)));
    }
    if (c.distance > 0) {
      peaks = byDistance(x, peaks, c.distance);
    }
    if (!Double.isNaN(c.prominenceMin) || !Double.isNaN(c.widthMin)) {
      for (Peak p : peaks) {
        prominence(x, p, c.wlen);
      }
    }
    if (!Double.isNaN(c.prominenceMin)) {
      peaks.removeIf(p -> !within(p.prominence, c.prominenceMin, c.prominenceMax));
    }
    if (!Double.isNaN(c.widthMin)) {
      for (Peak p : peaks) {
        width(x, p, c.relHeight);
      }
      peaks.removeIf(p -> !within(p.width, c.widthMin, c.widthMax));
    }
    return peaks;
  }

  private static boolean within(double v, double min, double max) {
    return min <= v && (Double.isNaN(max) || v <= max);
  }

  /** Every maximal run of equal samples with a lower sample on each side is a maximum. */
  static List<Peak> localMaxima(double[] x) {
    List<Peak> out = new ArrayList<>();
    int l = 0;
    while (l < x.length) {
      int r = l;
      while (r + 1 < x.length && x[r + 1] == x[l]) {
        r++;
      }
      if (l >= 1 && r <= x.length - 2 && x[l - 1] < x[l] && x[r + 1] < x[r]) {
        Peak p = new Peak();
        p.leftEdge = l;
        p.rightEdge = r;
        p.index = (l + r) / 2;
        out.add(p);
      }
      l = r + 1;
    }
    return out;
  }

  /** Highest first (ties in NumPy's argsort order, reversed); each survivor removes close peaks. */
  private static List<Peak> byDistance(double[] x, List<Peak> peaks, int distance) {
    double[] heights = new double[peaks.size()];
    for (int j = 0; j < heights.length; j++) {
      heights[j] = x[peaks.get(j).index];
    }
    int[] ascending = PeakDistance.argsort(heights, heights.length);
    boolean[] removed = new boolean[heights.length];
    for (int i = ascending.length - 1; i >= 0; i--) {
      int j = ascending[i];
      if (removed[j]) {
        continue;
      }
      for (int k = 0; k < heights.length; k++) {
        if (k != j && Math.abs(peaks.get(k).index - peaks.get(j).index) < distance) {
          removed[k] = true;
        }
      }
    }
    List<Peak> kept = new ArrayList<>();
    for (int j = 0; j < heights.length; j++) {
      if (!removed[j]) {
        kept.add(peaks.get(j));
      }
    }
    return kept;
  }

  /** Walks outward while samples are not higher than the peak; first lowest sample is the base. */
  private static void prominence(double[] x, Peak p, int wlen) {
    int lo = 0;
    int hi = x.length - 1;
    if (wlen >= 2) {
      lo = Math.max(p.index - wlen / 2, 0);
      hi = Math.min(p.index + wlen / 2, x.length - 1);
    }
    double top = x[p.index];
    p.leftBase = p.index;
    for (int i = p.index; i >= lo && x[i] <= top; i--) {
      if (x[i] < x[p.leftBase]) {
        p.leftBase = i;
      }
    }
    p.rightBase = p.index;
    for (int i = p.index; i <= hi && x[i] <= top; i++) {
      if (x[i] < x[p.rightBase]) {
        p.rightBase = i;
      }
    }
    p.prominence = top - Math.max(x[p.leftBase], x[p.rightBase]);
  }

  /** Width at {@code top - prominence * rel}, crossings interpolated linearly. */
  private static void width(double[] x, Peak p, double rel) {
    double h = x[p.index] - p.prominence * rel;
    p.widthHeight = h;
    int i = p.index;
    while (i > p.leftBase && x[i] > h) {
      i--;
    }
    p.leftIp = i;
    if (x[i] < h && x[i + 1] != x[i]) {
      p.leftIp = i + (h - x[i]) / (x[i + 1] - x[i]);
    }
    i = p.index;
    while (i < p.rightBase && x[i] > h) {
      i++;
    }
    p.rightIp = i;
    if (x[i] < h && x[i - 1] != x[i]) {
      p.rightIp = i - (h - x[i]) / (x[i - 1] - x[i]);
    }
    p.width = p.rightIp - p.leftIp;
  }

  static int[] indices(List<Peak> peaks) {
    return peaks.stream().mapToInt(p -> p.index).toArray();
  }

  static String describe(double[] x) {
    return Arrays.toString(x);
  }
}

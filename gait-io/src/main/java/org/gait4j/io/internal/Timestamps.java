package org.gait4j.io.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.gait4j.io.GaitFormatException;
import org.gait4j.model.Trial;

/**
 * Collects a timestamp column while a file streams past, refuses missing or non-increasing
 * times at once (naming the line), and at the end estimates the sampling rate and counts the
 * intervals that deviate from the nominal period by more than a tolerance.
 *
 * <p>When the rate is stated up front ({@link #checkedAgainst}) nothing is stored: each interval
 * is checked as it comes, so memory does not grow with the file and {@link
 * #irregularIntervals()} is known at every sample (block-by-block reading stops there under a
 * failing policy). Otherwise the times are kept until {@link #finish} estimates the rate. Both
 * give the same report.
 *
 * <p>Internal API. Not thread-safe.
 */
public final class Timestamps {
  private final Path file;
  private final String column;
  private final double toSeconds;
  private final DoubleBuffer times = new DoubleBuffer(1024);
  // Line numbers are stored as runs: sample i >= runStart[k] (the last such k) is on line
  // i + runOffset[k]. Files without blank or comment lines between samples need one run, so
  // the line numbers cost nothing per sample.
  private final DoubleBuffer runStart = new DoubleBuffer(16);
  private final DoubleBuffer runOffset = new DoubleBuffer(16);

  // checked as they come (stated rate): no times kept
  private final boolean streaming;
  private final double nominalHz;
  private final double toleranceFraction;
  private int count;
  private double first;
  private double previous;
  private final Deviations deviations;

  /**
   * Times kept until {@link #finish} (which may estimate the rate from them).
   *
   * @param toSeconds factor from the column's unit to seconds (1e-3 for milliseconds, ...)
   */
  public Timestamps(Path file, String column, double toSeconds) {
    this(file, column, toSeconds, false, Double.NaN, Double.NaN);
  }

  private Timestamps(Path file, String column, double toSeconds, boolean streaming,
      double nominalHz, double toleranceFraction) {
    this.file = file;
    this.column = column;
    this.toSeconds = toSeconds;
    this.streaming = streaming;
    this.nominalHz = nominalHz;
    this.toleranceFraction = toleranceFraction;
    this.deviations = streaming ? new Deviations(1.0 / nominalHz, toleranceFraction) : null;
  }

  /**
   * Times checked against {@code nominalHz} as they come, none kept; {@link #finish} must then be
   * given the same rate and tolerance.
   *
   * @param toSeconds factor from the column's unit to seconds (1e-3 for milliseconds, ...)
   */
  public static Timestamps checkedAgainst(Path file, String column, double toSeconds,
      double nominalHz, double toleranceFraction) {
    return new Timestamps(file, column, toSeconds, true, nominalHz, toleranceFraction);
  }

  /**
   * Adds the time of the next sample, in the column's unit.
   *
   * @throws GaitFormatException if the time is missing or not after the previous one
   */
  public void add(double raw, long line) throws GaitFormatException {
    if (Double.isNaN(raw)) {
      throw GaitFormatException.atLine(file, line, "time column '" + column + "' is empty");
    }
    int n = size();
    double last = streaming ? previous : n > 0 ? times.get(n - 1) : Double.NaN;
    if (n > 0 && !(raw > last)) {
      throw GaitFormatException.atLine(file, line, String.format(Locale.ROOT,
          "time is not increasing: %s after %s in column '%s'", raw, last, column));
    }
    if (streaming) {
      if (n == 0) {
        first = raw;
      } else {
        if (deviations.add((raw - previous) * toSeconds, n)) {
          deviations.firstLine = line;
        }
      }
      previous = raw;
      count++;
      return;
    }
    int runs = runStart.size();
    if (runs == 0 || (long) runOffset.get(runs - 1) + n != line) {
      runStart.add(n);
      runOffset.add(line - n);
    }
    times.add(raw);
  }

  /** Intervals beyond the tolerance so far; only when checked as they come. */
  public int irregularIntervals() {
    if (!streaming) {
      throw new IllegalStateException("the intervals are checked at the end");
    }
    return deviations.irregular;
  }

  /** The report so far; only when checked as they come. */
  public Report report() {
    if (!streaming) {
      throw new IllegalStateException("the intervals are checked at the end");
    }
    return deviations.report("stated", nominalHz, count, firstS());
  }

  /** Makes room for {@code samples} timestamps at once (an estimate from the file size). */
  public void ensureCapacity(long samples) {
    if (!streaming) {
      times.ensureCapacity(samples);
    }
  }

  /** The line of sample {@code i}. */
  private long lineOf(int i) {
    int lo = 0;
    int hi = runStart.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runStart.get(mid) <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return (long) runOffset.get(lo) + i;
  }

  /** Number of samples added. */
  public int size() {
    return streaming ? count : times.size();
  }

  /** Time of the first sample, seconds (0 if none). */
  public double firstS() {
    return size() == 0 ? 0 : (streaming ? first : times.get(0)) * toSeconds;
  }

  /**
   * Checks the intervals against a period.
   *
   * @param nominalHz the rate stated by the file or the configuration; NaN to estimate it as the
   *     inverse of the median interval (robust to dropped samples), rounded to 0.001 Hz when
   *     within 10 ppm of that (times printed to 8 decimals)
   * @param toleranceFraction largest accepted deviation of an interval from the period, as a
   *     fraction of the period
   * @throws GaitFormatException if no rate is given and fewer than two samples exist
   */
  public Report finish(double nominalHz, double toleranceFraction) throws GaitFormatException {
    if (streaming) {
      if (Double.compare(nominalHz, this.nominalHz) != 0
          || Double.compare(toleranceFraction, this.toleranceFraction) != 0) {
        throw new IllegalStateException("checked against " + this.nominalHz + " Hz, "
            + this.toleranceFraction + ", not " + nominalHz + " Hz, " + toleranceFraction);
      }
      return report();
    }
    int n = times.size();
    double rate = nominalHz;
    String source = "stated";
    if (Double.isNaN(rate)) {
      if (n < 2) {
        throw GaitFormatException.ofFile(file,
            "cannot infer the sampling rate from fewer than two timestamps");
      }
      double[] dt = new double[n - 1];
      for (int i = 1; i < n; i++) {
        dt[i - 1] = times.get(i) - times.get(i - 1);
      }
      java.util.Arrays.sort(dt);
      double median = dt.length % 2 == 1 ? dt[dt.length / 2]
          : 0.5 * (dt[dt.length / 2 - 1] + dt[dt.length / 2]);
      rate = 1.0 / (median * toSeconds);
      double r = Math.rint(rate * 1000) / 1000;
      if (r > 0 && Math.abs(r - rate) <= 1e-5 * rate) {
        rate = r;
      }
      if (!(rate > 0) || !Double.isFinite(rate)) {
        throw GaitFormatException.ofFile(file, "timestamps do not give a finite sampling rate");
      }
      source = "timestamps";
    }
    Deviations d = new Deviations(1.0 / rate, toleranceFraction);
    for (int i = 1; i < n; i++) {
      if (d.add((times.get(i) - times.get(i - 1)) * toSeconds, i)) {
        d.firstLine = lineOf(i);
      }
    }
    return d.report(source, rate, n, firstS());
  }

  /** Deviations of the intervals from a period, as they come. */
  private static final class Deviations {
    final double period;
    final double toleranceFraction;
    int irregular;
    double maxDev;
    long firstLine = -1;
    String firstWhat = "";

    Deviations(double period, double toleranceFraction) {
      this.period = period;
      this.toleranceFraction = toleranceFraction;
    }

    /** The interval {@code dt} (s) before sample {@code i}; true if it is the first irregular. */
    boolean add(double dt, int i) {
      double dev = Math.abs(dt - period) / period;
      if (dev > maxDev) {
        maxDev = dev;
      }
      if (dev > toleranceFraction) {
        irregular++;
        if (irregular == 1) {
          firstWhat = String.format(Locale.ROOT,
              "interval %s s before sample %d deviates %.1f %% from the period %s s "
                  + "(tolerance %.1f %%)", dt, i, dev * 100, period, toleranceFraction * 100);
          return true;
        }
      }
      return false;
    }

    Report report(String source, double rate, int n, double firstS) {
      return new Report(rate, source, n, firstS, irregular, maxDev, firstLine, firstWhat,
          toleranceFraction);
    }
  }

  /**
   * What {@link #finish} found.
   *
   * @param rateHz the sampling rate used for the series
   * @param rateSource {@code "stated"} or {@code "timestamps"}
   * @param firstS time of the first sample, seconds
   * @param irregularIntervals intervals beyond the tolerance
   * @param maxDeviationFraction largest deviation of an interval from the period, fraction
   * @param firstIrregularLine line of the first irregular sample, -1 if none
   */
  public record Report(double rateHz, String rateSource, int samples, double firstS,
      int irregularIntervals, double maxDeviationFraction, long firstIrregularLine,
      String firstIrregularity, double toleranceFraction) {

    /** Writes the {@code timing.*} metadata entries. */
    public void putMetadata(Trial.Builder b) {
      metadata().forEach(b::putMetadata);
    }

    /** The {@code timing.*} metadata entries, in a fixed order. */
    public java.util.Map<String, String> metadata() {
      java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put("timing.rateHz", Double.toString(rateHz));
      m.put("timing.rateSource", rateSource);
      m.put("timing.firstTimeS", Double.toString(firstS));
      m.put("timing.toleranceFraction", Double.toString(toleranceFraction));
      m.put("timing.irregularIntervals", Integer.toString(irregularIntervals));
      m.put("timing.maxIntervalDeviationFraction", Double.toString(maxDeviationFraction));
      if (irregularIntervals > 0) {
        m.put("timing.firstIrregularLine", Long.toString(firstIrregularLine));
        m.put("timing.firstIrregularity", firstIrregularity);
      }
      return m;
    }

    /** A format error describing the first irregular interval. */
    public GaitFormatException error(Path file) {
      return GaitFormatException.atLine(file, firstIrregularLine,
          "irregular timestamps: " + firstIrregularity + "; " + irregularIntervals
              + " irregular intervals in total");
    }
  }
}

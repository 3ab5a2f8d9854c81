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

  /**
   * @param toSeconds factor from the column's unit to seconds (1e-3 for milliseconds, ...)
   */
  public Timestamps(Path file, String column, double toSeconds) {
    this.file = file;
    this.column = column;
    this.toSeconds = toSeconds;
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
    int n = times.size();
    if (n > 0 && !(raw > times.get(n - 1))) {
      throw GaitFormatException.atLine(file, line, String.format(Locale.ROOT,
          "time is not increasing: %s after %s in column '%s'", raw, times.get(n - 1), column));
    }
    int runs = runStart.size();
    if (runs == 0 || (long) runOffset.get(runs - 1) + n != line) {
      runStart.add(n);
      runOffset.add(line - n);
    }
    times.add(raw);
  }

  /** Makes room for {@code samples} timestamps at once (an estimate from the file size). */
  public void ensureCapacity(long samples) {
    times.ensureCapacity(samples);
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
    return times.size();
  }

  /** Time of the first sample, seconds (0 if none). */
  public double firstS() {
    return times.size() == 0 ? 0 : times.get(0) * toSeconds;
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
    double period = 1.0 / rate;
    int irregular = 0;
    double maxDev = 0;
    long firstLine = -1;
    String firstWhat = "";
    for (int i = 1; i < n; i++) {
      double dt = (times.get(i) - times.get(i - 1)) * toSeconds;
      double dev = Math.abs(dt - period) / period;
      if (dev > maxDev) {
        maxDev = dev;
      }
      if (dev > toleranceFraction) {
        if (irregular == 0) {
          firstLine = lineOf(i);
          firstWhat = String.format(Locale.ROOT,
              "interval %s s before sample %d deviates %.1f %% from the period %s s "
                  + "(tolerance %.1f %%)", dt, i, dev * 100, period, toleranceFraction * 100);
        }
        irregular++;
      }
    }
    return new Report(rate, source, n, firstS(), irregular, maxDev, firstLine, firstWhat,
        toleranceFraction);
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
      b.putMetadata("timing.rateHz", Double.toString(rateHz));
      b.putMetadata("timing.rateSource", rateSource);
      b.putMetadata("timing.firstTimeS", Double.toString(firstS));
      b.putMetadata("timing.toleranceFraction", Double.toString(toleranceFraction));
      b.putMetadata("timing.irregularIntervals", Integer.toString(irregularIntervals));
      b.putMetadata("timing.maxIntervalDeviationFraction", Double.toString(maxDeviationFraction));
      if (irregularIntervals > 0) {
        b.putMetadata("timing.firstIrregularLine", Long.toString(firstIrregularLine));
        b.putMetadata("timing.firstIrregularity", firstIrregularity);
      }
    }

    /** A format error describing the first irregular interval. */
    public GaitFormatException error(Path file) {
      return GaitFormatException.atLine(file, firstIrregularLine,
          "irregular timestamps: " + firstIrregularity + "; " + irregularIntervals
              + " irregular intervals in total");
    }
  }
}

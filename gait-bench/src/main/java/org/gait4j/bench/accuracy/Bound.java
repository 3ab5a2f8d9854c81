package org.gait4j.bench.accuracy;

import java.util.Locale;

/**
 * The bound an accuracy figure must meet, as set by an issue: {@code value >= limit} or
 * {@code value <= limit}; {@link #report()} for figures printed without a bound.
 */
public record Bound(Kind kind, double limit) {

  /** How the value is compared with the limit. */
  public enum Kind {
    AT_LEAST,
    AT_MOST,
    REPORT_ONLY
  }

  public static Bound atLeast(double limit) {
    return new Bound(Kind.AT_LEAST, limit);
  }

  public static Bound atMost(double limit) {
    return new Bound(Kind.AT_MOST, limit);
  }

  public static Bound report() {
    return new Bound(Kind.REPORT_ONLY, Double.NaN);
  }

  /** True when {@code value} meets the bound (NaN never meets a real bound). */
  public boolean accepts(double value) {
    switch (kind) {
      case AT_LEAST:
        return value >= limit;
      case AT_MOST:
        return value <= limit;
      default:
        return true;
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case AT_LEAST:
        return String.format(Locale.ROOT, ">=%s", Figure.number(limit));
      case AT_MOST:
        return String.format(Locale.ROOT, "<=%s", Figure.number(limit));
      default:
        return "report";
    }
  }
}

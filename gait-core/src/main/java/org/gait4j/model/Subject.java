package org.gait4j.model;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gait4j.internal.Checks;

/**
 * What is known about the person recorded. Every measure is optional: absent means the source did
 * not state it. Immutable; {@code with...} methods return copies.
 */
public final class Subject {
  private static final Subject UNKNOWN = new Subject("", Double.NaN, Double.NaN, Double.NaN,
      Double.NaN);

  private final String id;
  private final double heightM;
  private final double legLengthM;
  private final double massKg;
  private final double ageYears;

  private Subject(String id, double heightM, double legLengthM, double massKg, double ageYears) {
    this.id = Checks.notNull(id, "id");
    this.heightM = heightM;
    this.legLengthM = legLengthM;
    this.massKg = massKg;
    this.ageYears = ageYears;
  }

  /** A subject of whom nothing is known. */
  public static Subject unknown() {
    return UNKNOWN;
  }

  /** A subject known by {@code id} only. */
  public static Subject withId(String id) {
    return new Subject(id, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  public String id() {
    return id;
  }

  public OptionalDouble heightM() {
    return opt(heightM);
  }

  /** Leg length (ASIS to medial malleolus, or greater trochanter to floor), metres. */
  public OptionalDouble legLengthM() {
    return opt(legLengthM);
  }

  public OptionalDouble massKg() {
    return opt(massKg);
  }

  public OptionalDouble ageYears() {
    return opt(ageYears);
  }

  public Subject withHeightM(double v) {
    return new Subject(id, Checks.positive(v, "heightM"), legLengthM, massKg, ageYears);
  }

  public Subject withLegLengthM(double v) {
    return new Subject(id, heightM, Checks.positive(v, "legLengthM"), massKg, ageYears);
  }

  public Subject withMassKg(double v) {
    return new Subject(id, heightM, legLengthM, Checks.positive(v, "massKg"), ageYears);
  }

  public Subject withAgeYears(double v) {
    return new Subject(id, heightM, legLengthM, massKg, Checks.nonNegative(v, "ageYears"));
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Subject)) {
      return false;
    }
    Subject s = (Subject) o;
    return id.equals(s.id) && Double.compare(heightM, s.heightM) == 0
        && Double.compare(legLengthM, s.legLengthM) == 0 && Double.compare(massKg, s.massKg) == 0
        && Double.compare(ageYears, s.ageYears) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, heightM, legLengthM, massKg, ageYears);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Subject[").append(id.isEmpty() ? "?" : id);
    heightM().ifPresent(v -> s.append(String.format(Locale.ROOT, ", height %.2f m", v)));
    legLengthM().ifPresent(v -> s.append(String.format(Locale.ROOT, ", leg %.2f m", v)));
    massKg().ifPresent(v -> s.append(String.format(Locale.ROOT, ", mass %.1f kg", v)));
    ageYears().ifPresent(v -> s.append(String.format(Locale.ROOT, ", age %.0f y", v)));
    return s.append(']').toString();
  }
}

package org.gait4j.model;

import java.util.Locale;

/**
 * Physical unit of a series. Each unit knows its quantity and its factor to the SI unit of that
 * quantity, so series convert exactly once, at the edge (e.g. g to m/s² with 9.80665).
 */
public enum Unit {
  METRE_PER_SECOND_SQUARED("m/s²", Quantity.ACCELERATION, 1.0),
  /** Standard gravity, 9.80665 m/s² exactly (CGPM 1901). */
  STANDARD_GRAVITY("g", Quantity.ACCELERATION, 9.80665),
  RADIAN_PER_SECOND("rad/s", Quantity.ANGULAR_VELOCITY, 1.0),
  DEGREE_PER_SECOND("deg/s", Quantity.ANGULAR_VELOCITY, Math.PI / 180.0),
  RADIAN("rad", Quantity.ANGLE, 1.0),
  DEGREE("deg", Quantity.ANGLE, Math.PI / 180.0),
  METRE("m", Quantity.LENGTH, 1.0),
  CENTIMETRE("cm", Quantity.LENGTH, 0.01),
  MILLIMETRE("mm", Quantity.LENGTH, 0.001),
  /** Image pixels: a length with no fixed metric size. */
  PIXEL("px", Quantity.IMAGE_LENGTH, 1.0),
  /** Coordinates normalised to the image size (MediaPipe image landmarks). */
  IMAGE_FRACTION("frac", Quantity.IMAGE_LENGTH, 1.0),
  METRE_PER_SECOND("m/s", Quantity.VELOCITY, 1.0),
  NEWTON("N", Quantity.FORCE, 1.0),
  NEWTON_METRE("N·m", Quantity.MOMENT, 1.0),
  NEWTON_MILLIMETRE("N·mm", Quantity.MOMENT, 0.001),
  PASCAL("Pa", Quantity.PRESSURE, 1.0),
  KILOPASCAL("kPa", Quantity.PRESSURE, 1000.0),
  /** Newton per square centimetre, used by insoles (1 N/cm² = 10 kPa). */
  NEWTON_PER_SQUARE_CENTIMETRE("N/cm²", Quantity.PRESSURE, 1.0e4),
  MICROTESLA("µT", Quantity.MAGNETIC_FIELD, 1.0e-6),
  GAUSS("G", Quantity.MAGNETIC_FIELD, 1.0e-4),
  TESLA("T", Quantity.MAGNETIC_FIELD, 1.0),
  VOLT("V", Quantity.VOLTAGE, 1.0),
  MILLIVOLT("mV", Quantity.VOLTAGE, 1.0e-3),
  DEGREE_CELSIUS("°C", Quantity.TEMPERATURE, 1.0),
  SECOND("s", Quantity.TIME, 1.0),
  /** A pure number (ratios, confidences, quaternion components). */
  DIMENSIONLESS("1", Quantity.DIMENSIONLESS, 1.0),
  /** Raw device counts or a unit the file does not state. */
  UNSPECIFIED("?", Quantity.UNSPECIFIED, 1.0);

  /** What a unit measures. Units convert only within one quantity. */
  public enum Quantity {
    ACCELERATION,
    ANGULAR_VELOCITY,
    ANGLE,
    LENGTH,
    IMAGE_LENGTH,
    VELOCITY,
    FORCE,
    MOMENT,
    PRESSURE,
    MAGNETIC_FIELD,
    VOLTAGE,
    TEMPERATURE,
    TIME,
    DIMENSIONLESS,
    UNSPECIFIED
  }

  private final String symbol;
  private final Quantity quantity;
  private final double toSi;

  Unit(String symbol, Quantity quantity, double toSi) {
    this.symbol = symbol;
    this.quantity = quantity;
    this.toSi = toSi;
  }

  /** The printed symbol, e.g. {@code m/s²}. */
  public String symbol() {
    return symbol;
  }

  /** The quantity this unit measures. */
  public Quantity quantity() {
    return quantity;
  }

  /** The factor that multiplies a value in this unit to give it in {@code target}. */
  public double factorTo(Unit target) {
    if (target == this) {
      return 1.0;
    }
    if (target.quantity != quantity || quantity == Quantity.UNSPECIFIED
        || quantity == Quantity.IMAGE_LENGTH || quantity == Quantity.TEMPERATURE) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "cannot convert %s (%s) to %s (%s)",
              symbol, quantity, target.symbol, target.quantity));
    }
    return toSi / target.toSi;
  }

  /**
   * The unit with this symbol, accepting common spellings ({@code m/s^2}, {@code deg/s},
   * {@code dps}, {@code mm}, {@code N}, {@code g}, ...), case-sensitive only where it matters
   * ({@code G} gauss vs {@code g} gravity is resolved as gravity for {@code g}).
   *
   * @throws IllegalArgumentException if the spelling is not known
   */
  public static Unit parse(String text) {
    String s = text.trim();
    switch (s) {
      case "g":
      case "G_accel":
        return STANDARD_GRAVITY;
      case "G":
        return GAUSS;
      default:
        break;
    }
    String k = s.toLowerCase(Locale.ROOT).replace(" ", "");
    switch (k) {
      case "m/s²": case "m/s^2": case "m/s2": case "ms^-2": case "m.s-2": case "ms-2":
        return METRE_PER_SECOND_SQUARED;
      case "rad/s": case "rads-1": case "rad.s-1":
        return RADIAN_PER_SECOND;
      case "deg/s": case "dps": case "°/s": case "degrees/s": case "deg.s-1":
        return DEGREE_PER_SECOND;
      case "rad": case "radians":
        return RADIAN;
      case "deg": case "degrees": case "°":
        return DEGREE;
      case "m": case "meters": case "metres":
        return METRE;
      case "cm":
        return CENTIMETRE;
      case "mm": case "millimeters": case "millimetres":
        return MILLIMETRE;
      case "px": case "pixel": case "pixels":
        return PIXEL;
      case "m/s":
        return METRE_PER_SECOND;
      case "n": case "newton": case "newtons":
        return NEWTON;
      case "nm": case "n.m": case "n·m": case "n*m":
        return NEWTON_METRE;
      case "nmm": case "n.mm": case "n·mm": case "n*mm":
        return NEWTON_MILLIMETRE;
      case "pa":
        return PASCAL;
      case "kpa":
        return KILOPASCAL;
      case "n/cm²": case "n/cm^2": case "n/cm2":
        return NEWTON_PER_SQUARE_CENTIMETRE;
      case "ut": case "µt": case "microtesla":
        return MICROTESLA;
      case "t":
        return TESLA;
      case "v":
        return VOLT;
      case "mv":
        return MILLIVOLT;
      case "s":
        return SECOND;
      case "°c": case "degc": case "c":
        return DEGREE_CELSIUS;
      case "1": case "": case "-":
        return DIMENSIONLESS;
      default:
        throw new IllegalArgumentException("unknown unit '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return symbol;
  }
}

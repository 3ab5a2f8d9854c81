package org.gait4j.params;

/** The spatiotemporal parameters computed per cycle, with their units. */
public enum Parameter {
  STRIDE_TIME("stride_time", "s"),
  /** From the opposite foot's initial contact to this foot's, ending at this cycle's start. */
  STEP_TIME("step_time", "s"),
  /** Steps per minute of this stride: 120 / stride time. */
  CADENCE("cadence", "steps/min"),
  STANCE_TIME("stance_time", "s"),
  SWING_TIME("swing_time", "s"),
  /** Initial plus terminal double support. */
  DOUBLE_SUPPORT_TIME("double_support_time", "s"),
  SINGLE_SUPPORT_TIME("single_support_time", "s"),
  STANCE_PERCENT("stance", "% cycle"),
  SWING_PERCENT("swing", "% cycle"),
  DOUBLE_SUPPORT_PERCENT("double_support", "% cycle"),
  SINGLE_SUPPORT_PERCENT("single_support", "% cycle"),
  STRIDE_LENGTH("stride_length", "m"),
  STEP_LENGTH("step_length", "m"),
  STEP_WIDTH("step_width", "m"),
  /** Stride length / stride time. */
  SPEED("speed", "m/s");

  private final String key;
  private final String unit;

  Parameter(String key, String unit) {
    this.key = key;
    this.unit = unit;
  }

  /** A snake_case name for tables and JSON, e.g. {@code stride_time}. */
  public String key() {
    return key;
  }

  /** The unit, e.g. {@code s}, {@code m}, {@code % cycle}. */
  public String unit() {
    return unit;
  }
}

package org.gait4j.model;

/** Kinds of gait events, in the order they occur within one side's cycle. */
public enum GaitEventType {
  /** First contact of the foot with the ground (heel strike in typical gait). */
  INITIAL_CONTACT("IC"),
  /** The whole foot is on the ground. */
  FOOT_FLAT("FF"),
  /** Mid stance: the foot is still (minimum foot velocity). */
  MID_STANCE("MS"),
  /** The heel leaves the ground. */
  HEEL_OFF("HO"),
  /** Last contact of the foot with the ground (toe off, final contact). */
  TOE_OFF("TO"),
  /** Mid swing: peak forward angular velocity of the shank/foot. */
  MID_SWING("MSw");

  private final String code;

  GaitEventType(String code) {
    this.code = code;
  }

  /** A short code: IC, FF, MS, HO, TO, MSw. */
  public String code() {
    return code;
  }
}

package org.gait4j.cycles;

/**
 * Phases of a gait cycle. Three families tile the cycle independently: stance/swing; the support
 * phases (which tile stance); and Perry's eight sub-phases (which tile the whole cycle).
 *
 * <p>Reference: Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed.
 * SLACK, 2010 (ISBN 978-1-55642-766-4).
 */
public enum Phase {
  /** Initial contact to toe off. */
  STANCE(Family.STANCE_SWING),
  /** Toe off to the next initial contact. */
  SWING(Family.STANCE_SWING),
  /** Initial contact to opposite toe off: both feet on the ground. */
  INITIAL_DOUBLE_SUPPORT(Family.SUPPORT),
  /** Opposite toe off to opposite initial contact: this foot alone on the ground. */
  SINGLE_SUPPORT(Family.SUPPORT),
  /** Opposite initial contact to toe off. */
  TERMINAL_DOUBLE_SUPPORT(Family.SUPPORT),
  /** Perry: initial contact to opposite toe off (0–12 % in normal gait). */
  LOADING_RESPONSE(Family.PERRY),
  /** Perry: opposite toe off to heel rise (12–31 %). */
  MID_STANCE(Family.PERRY),
  /** Perry: heel rise to opposite initial contact (31–50 %). */
  TERMINAL_STANCE(Family.PERRY),
  /** Perry: opposite initial contact to toe off (50–62 %). */
  PRE_SWING(Family.PERRY),
  /** Perry: toe off to feet adjacent (62–75 %). */
  INITIAL_SWING(Family.PERRY),
  /** Perry: feet adjacent to vertical tibia (75–87 %). */
  MID_SWING(Family.PERRY),
  /** Perry: vertical tibia to initial contact (87–100 %). */
  TERMINAL_SWING(Family.PERRY);

  /** Which tiling a phase belongs to. */
  public enum Family {
    STANCE_SWING,
    SUPPORT,
    PERRY
  }

  private final Family family;

  Phase(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }
}

package org.gait4j.io.internal;

import java.util.Locale;
import org.gait4j.model.BodyLocation;

/**
 * Maps the sensor labels vendors write (APDM {@code "Right Ankle"}, {@code "Lumbar"},
 * {@code "left_sensor"}, ...) to {@link BodyLocation}s.
 *
 * <p>Internal API. Stateless and thread-safe.
 */
public final class BodyLocations {
  private BodyLocations() {}

  /**
   * The location a label names, {@link BodyLocation#UNKNOWN} if it names none. APDM's "Ankle"
   * placement (strap just above the malleoli) counts as the shank; "Lumbar", "Sacrum", "Pelvis",
   * "Waist" and "Lower back" as the lower back; "Chest" and "Sternum" as the trunk.
   */
  public static BodyLocation fromLabel(String label) {
    String s = label.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').trim();
    boolean left = s.startsWith("left") || s.startsWith("l ") || s.contains(" left");
    boolean right = s.startsWith("right") || s.startsWith("r ") || s.contains(" right");
    if (s.contains("lumbar") || s.contains("sacrum") || s.contains("pelvis")
        || s.contains("waist") || s.contains("lower back") || s.contains("lowerback")) {
      return BodyLocation.LOWER_BACK;
    }
    if (s.contains("chest") || s.contains("sternum") || s.contains("trunk")
        || s.contains("thorax")) {
      return BodyLocation.TRUNK;
    }
    if (s.contains("head") || s.contains("forehead")) {
      return BodyLocation.HEAD;
    }
    if (left == right) {
      return BodyLocation.UNKNOWN;
    }
    String side = left ? "LEFT_" : "RIGHT_";
    if (s.contains("foot") || s.contains("shoe")) {
      return BodyLocation.valueOf(side + "FOOT");
    }
    if (s.contains("ankle") || s.contains("shank") || s.contains("shin") || s.contains("tibia")) {
      return BodyLocation.valueOf(side + "SHANK");
    }
    if (s.contains("thigh")) {
      return BodyLocation.valueOf(side + "THIGH");
    }
    if (s.contains("wrist")) {
      return BodyLocation.valueOf(side + "WRIST");
    }
    return BodyLocation.UNKNOWN;
  }
}

package org.gait4j.io.wearable;

import java.util.Locale;
import org.gait4j.model.BodyLocation;

/**
 * Maps the free-text wear locations that wearable files store ({@code "back"}, {@code "Lumbar"},
 * {@code "Right Ankle"}, {@code "left wrist"}, ...) to {@link BodyLocation}. Unknown or empty text
 * gives {@link BodyLocation#UNKNOWN}; the reader keeps the original text in the trial metadata.
 */
final class Locations {
  private Locations() {}

  /** The body location that {@code text} names, or {@code UNKNOWN}. */
  static BodyLocation parse(String text) {
    if (text == null) {
      return BodyLocation.UNKNOWN;
    }
    String s = text.replace('\0', ' ').trim().toLowerCase(Locale.ROOT).replace('_', ' ')
        .replace('-', ' ');
    if (s.isEmpty()) {
      return BodyLocation.UNKNOWN;
    }
    boolean left = s.startsWith("left ") || s.startsWith("l ") || s.endsWith(" left");
    boolean right = s.startsWith("right ") || s.startsWith("r ") || s.endsWith(" right");
    if (s.contains("lumbar") || s.contains("lower back") || s.equals("back")
        || s.contains("sacrum") || s.contains("pelvis") || s.contains("waist")
        || s.equals("hip") || s.contains("l5")) {
      return BodyLocation.LOWER_BACK;
    }
    if (s.contains("chest") || s.contains("sternum") || s.contains("trunk")
        || s.contains("upper back")) {
      return BodyLocation.TRUNK;
    }
    if (s.contains("head") || s.contains("forehead")) {
      return BodyLocation.HEAD;
    }
    if (left == right) {
      return BodyLocation.UNKNOWN;
    }
    if (s.contains("foot")) {
      return left ? BodyLocation.LEFT_FOOT : BodyLocation.RIGHT_FOOT;
    }
    if (s.contains("ankle") || s.contains("shank") || s.contains("shin")) {
      return left ? BodyLocation.LEFT_SHANK : BodyLocation.RIGHT_SHANK;
    }
    if (s.contains("thigh")) {
      return left ? BodyLocation.LEFT_THIGH : BodyLocation.RIGHT_THIGH;
    }
    if (s.contains("wrist") || s.contains("arm")) {
      return left ? BodyLocation.LEFT_WRIST : BodyLocation.RIGHT_WRIST;
    }
    return BodyLocation.UNKNOWN;
  }
}

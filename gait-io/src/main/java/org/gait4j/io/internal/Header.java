package org.gait4j.io.internal;

import java.util.Optional;
import org.gait4j.model.Unit;

/**
 * Splits column headers of the form {@code name[unit]} or {@code name (unit)}.
 *
 * <p>Internal API. Stateless and thread-safe.
 */
public final class Header {
  private Header() {}

  /** The name part of {@code name[unit]}, trimmed. */
  public static String name(String column) {
    String c = column.trim();
    int b = c.lastIndexOf('[');
    if (b > 0 && c.endsWith("]")) {
      return c.substring(0, b).trim();
    }
    return c;
  }

  /** The unit text of {@code name[unit]}, if bracketed. */
  public static Optional<String> unitText(String column) {
    String c = column.trim();
    int b = c.lastIndexOf('[');
    if (b >= 0 && c.endsWith("]")) {
      return Optional.of(c.substring(b + 1, c.length() - 1).trim());
    }
    return Optional.empty();
  }

  /** The unit of {@code name[unit]}: parsed, {@link Unit#UNSPECIFIED} if absent or unknown. */
  public static Unit unit(String column) {
    Optional<String> u = unitText(column);
    if (u.isEmpty()) {
      return Unit.UNSPECIFIED;
    }
    try {
      return Unit.parse(u.get());
    } catch (IllegalArgumentException e) {
      return Unit.UNSPECIFIED;
    }
  }
}

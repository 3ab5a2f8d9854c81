package org.gait4j.internal;

import org.gait4j.model.Axis;
import org.gait4j.model.Vector3Series;

/**
 * Read access to the arrays inside the model's immutable series, for hot paths that read a long
 * recording once and would otherwise copy it first (a day at 100 Hz is 69 MB per axis). The
 * arrays are the series' own: callers must neither modify them nor let them escape.
 *
 * <p>The model registers its accessor when its class is initialised (the pattern of the JDK's
 * {@code SharedSecrets}), so the public types need no public method for it.
 *
 * <p>Internal: not part of the public API and may change without notice.
 */
public final class SeriesAccess {
  /** Implemented by {@link Vector3Series}. */
  @FunctionalInterface
  public interface Vector3 {
    /** The array behind component {@code axis} of {@code s}. */
    double[] component(Vector3Series s, Axis axis);
  }

  private static volatile Vector3 vector3;

  private SeriesAccess() {}

  /**
   * Called once, by {@link Vector3Series}'s class initialisation.
   *
   * @throws IllegalStateException if an accessor is registered already
   */
  public static synchronized void register(Vector3 access) {
    if (vector3 != null) {
      throw new IllegalStateException("a Vector3Series accessor is registered already");
    }
    vector3 = Checks.notNull(access, "access");
  }

  /**
   * The array behind component {@code axis} of {@code s}, not a copy: read it, never modify or
   * keep it.
   */
  public static double[] component(Vector3Series s, Axis axis) {
    return vector3.component(Checks.notNull(s, "s"), axis);
  }
}

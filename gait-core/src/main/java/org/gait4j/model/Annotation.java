package org.gait4j.model;

import org.gait4j.internal.Checks;

/**
 * An event exactly as a file stores it (a C3D {@code EVENT} entry, a Moticon step code, ...):
 * label, context and time, kept even when it maps to no {@link GaitEventType}.
 *
 * @param label the stored label, e.g. {@code "Foot Strike"}
 * @param context the stored context, e.g. {@code "Left"}; empty if none
 * @param timeS time in seconds from the start of the recording
 */
public record Annotation(String label, String context, double timeS) {
  public Annotation {
    Checks.notNull(label, "label");
    Checks.notNull(context, "context");
    Checks.finite(timeS, "timeS");
  }
}

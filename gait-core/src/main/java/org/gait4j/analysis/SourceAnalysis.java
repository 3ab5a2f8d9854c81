package org.gait4j.analysis;

import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvents;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.StrideSpatial;

/**
 * What one modality of a trial gave: the detected events, the strides' spatial measures (when the
 * modality measures them) and the parameters computed from both.
 *
 * @param modality the measurement used
 * @param method the detector and estimator, with their references, e.g.
 *     {@code "gyroscope events (Rampp 2015), ZUPT stride length"}
 * @param events detected events (never copied from the file), at the source's rate
 * @param spatial per-stride spatial measures; empty when the modality has none
 * @param parameters spatiotemporal parameters from {@code events} and {@code spatial}
 */
public record SourceAnalysis(Modality modality, String method, GaitEvents events,
    List<StrideSpatial> spatial, GaitParameters parameters) {

  public SourceAnalysis {
    Checks.notNull(modality, "modality");
    Checks.notNull(method, "method");
    Checks.notNull(events, "events");
    spatial = List.copyOf(spatial);
    Checks.notNull(parameters, "parameters");
  }
}

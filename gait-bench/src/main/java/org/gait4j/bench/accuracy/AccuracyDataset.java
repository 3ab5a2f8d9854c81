package org.gait4j.bench.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One real dataset with reference labels, evaluated by the accuracy harness. */
public interface AccuracyDataset {

  /** The dataset's folder name under the data root, e.g. {@code "gaitmap_foot_imu"}. */
  String name();

  /**
   * Runs the detectors on every recording of the dataset and returns the figures.
   *
   * @param folder the dataset's folder (exists)
   */
  List<Figure> evaluate(Path folder) throws IOException;
}

package org.gait4j.examples.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.io.GaitFormatException;
import org.gait4j.io.GaitIO;
import org.gait4j.io.TrialReader;
import org.gait4j.model.BodyLocation;
import org.gait4j.model.ImuStream;
import org.gait4j.model.Trial;
import org.gait4j.params.GaitParameters;
import org.gait4j.params.Parameter;
import org.gait4j.params.Summary;

/**
 * One recording of a cohort in one line: its format, the primary modality {@link GaitAnalysis}
 * analysed and the headline spatiotemporal parameters of that analysis, or why it could not be
 * read.
 *
 * <p>Plain Java, no Spark: {@link #of} is what each Spark task calls per file, and what a test or
 * a single-machine loop calls directly. Nothing is shared between calls (readers and the analysis
 * are created per call), so any number of calls may run at once in one JVM.
 *
 * @param file the recording as it was named to the job
 * @param format the format name of the reader that recognised it, empty when none did
 * @param modality the primary modality analysed ({@link org.gait4j.analysis.Modality} name),
 *     empty when nothing could be analysed
 * @param cycles number of gait cycles of the primary analysis (0 when none)
 * @param cadenceStepsPerMin 120 / mean stride time
 * @param strideTimeMeanS mean stride time over all cycles, s
 * @param strideTimeCvPercent coefficient of variation of stride time, %
 * @param strideLengthMeanM mean stride length, m, when the modality measures it
 * @param speedMeanMps mean stride speed, m/s, when the modality measures stride length
 * @param stancePercent mean stance, % of the cycle
 * @param doubleSupportPercent mean double support, % of the cycle
 * @param strideTimeSymmetryPercent symmetry index of stride time, % (positive: left longer)
 * @param notes the analysis' notes joined with {@code "; "} (skipped modalities and why)
 * @param error why the file could not be read or analysed; empty on success
 */
public record RecordingSummary(String file, Optional<String> format, Optional<String> modality,
    int cycles, OptionalDouble cadenceStepsPerMin, OptionalDouble strideTimeMeanS,
    OptionalDouble strideTimeCvPercent, OptionalDouble strideLengthMeanM,
    OptionalDouble speedMeanMps, OptionalDouble stancePercent,
    OptionalDouble doubleSupportPercent, OptionalDouble strideTimeSymmetryPercent,
    String notes, Optional<String> error) {

  /** Column names, in the order of {@link #values()}. */
  public static final List<String> COLUMNS = List.of("file", "format", "modality", "cycles",
      "cadence_steps_per_min", "stride_time_mean_s", "stride_time_cv_pct",
      "stride_length_mean_m", "speed_mean_m_per_s", "stance_pct", "double_support_pct",
      "stride_time_symmetry_index_pct", "notes", "error");

  /**
   * Reads {@code path} (sniffing its format with {@link GaitIO}), analyses it with {@link
   * GaitAnalysis#withDefaults()} and summarises the primary analysis. Never throws for a bad
   * file: a file that cannot be read or analysed gives a summary whose {@link #error()} says why.
   *
   * @param name the name to report in {@link #file()} (the path as the job was given it)
   * @param path the local file (or folder, for OpenPose JSON)
   * @param imuLocation body location to give the IMU of a file with exactly one IMU whose location
   *     the file does not state ({@link BodyLocation#UNKNOWN}); {@code Optional.empty()} to leave
   *     locations as read
   */
  public static RecordingSummary of(String name, Path path, Optional<BodyLocation> imuLocation) {
    Optional<String> format = Optional.empty();
    try {
      TrialReader reader = GaitIO.readerFor(path).orElseThrow(() -> GaitFormatException.ofFile(
          path, "no reader recognises this file"));
      format = Optional.of(reader.formatName());
      Trial trial = withLocation(reader.read(path), imuLocation);
      return of(name, format.get(), GaitAnalysis.withDefaults().analyze(trial));
    } catch (Exception e) { // one bad recording must not stop a cohort: report it instead
      return failed(name, format, e);
    }
  }

  /** The summary of an analysis already made. */
  public static RecordingSummary of(String name, String format, GaitReport report) {
    String notes = String.join("; ", report.notes());
    Optional<SourceAnalysis> primary = report.primary();
    if (primary.isEmpty()) {
      OptionalDouble none = OptionalDouble.empty();
      return new RecordingSummary(name, Optional.of(format), Optional.empty(), 0, none, none,
          none, none, none, none, none, none, notes, Optional.empty());
    }
    GaitParameters p = primary.get().parameters();
    Optional<Summary> stride = p.summary(Parameter.STRIDE_TIME);
    return new RecordingSummary(name, Optional.of(format),
        Optional.of(primary.get().modality().name()), p.cycles().size(),
        p.cadenceStepsPerMin(),
        stride.map(s -> OptionalDouble.of(s.mean())).orElse(OptionalDouble.empty()),
        stride.map(s -> OptionalDouble.of(s.cvPercent())).orElse(OptionalDouble.empty()),
        mean(p, Parameter.STRIDE_LENGTH), mean(p, Parameter.SPEED),
        mean(p, Parameter.STANCE_PERCENT), mean(p, Parameter.DOUBLE_SUPPORT_PERCENT),
        p.symmetry(Parameter.STRIDE_TIME).map(s -> OptionalDouble.of(s.indexPercent()))
            .orElse(OptionalDouble.empty()),
        notes, Optional.empty());
  }

  /** The summary of a file that could not be read or analysed. */
  public static RecordingSummary failed(String name, Optional<String> format, Exception e) {
    OptionalDouble none = OptionalDouble.empty();
    String m = e.getMessage();
    String why = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    return new RecordingSummary(name, format, Optional.empty(), 0, none, none, none, none, none,
        none, none, none, "", Optional.of(why));
  }

  /** The values in column order ({@link #COLUMNS}), absent values as {@code null}. */
  public Object[] values() {
    return new Object[] {file, format.orElse(null), modality.orElse(null), cycles,
        boxed(cadenceStepsPerMin), boxed(strideTimeMeanS), boxed(strideTimeCvPercent),
        boxed(strideLengthMeanM), boxed(speedMeanMps), boxed(stancePercent),
        boxed(doubleSupportPercent), boxed(strideTimeSymmetryPercent), notes,
        error.orElse(null)};
  }

  /** True when the file was read and analysed (even if no modality gave cycles). */
  public boolean ok() {
    return error.isEmpty();
  }

  private static OptionalDouble mean(GaitParameters p, Parameter which) {
    return p.summary(which).map(s -> OptionalDouble.of(s.mean())).orElse(OptionalDouble.empty());
  }

  private static Double boxed(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  /** Gives the single IMU of unstated location the location asked for. */
  private static Trial withLocation(Trial t, Optional<BodyLocation> location) {
    if (location.isEmpty() || t.imus().size() != 1
        || t.imus().get(0).location() != BodyLocation.UNKNOWN) {
      return t;
    }
    List<ImuStream> imus = new ArrayList<>(t.imus());
    imus.set(0, imus.get(0).withLocation(location.get()));
    Trial.Builder b = t.toBuilder().clearImus();
    imus.forEach(b::addImu);
    return b.build();
  }
}

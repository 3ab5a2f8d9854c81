package org.gait4j.examples;

import java.util.concurrent.Callable;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.model.Trial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Detects gait events (never copies the events stored in the file) and prints them as CSV:
 * {@code side,type,sample_index,time_s}.
 */
@Command(name = "events", description = "Detect gait events and print them as CSV "
    + "(side,type,sample_index,time_s). Stored events are never copied.")
final class EventsCommand implements Callable<Integer> {

  @Mixin
  TrialOptions trial;

  @Option(names = "--modality", paramLabel = "MODALITY",
      description = "Which measurement to detect from (default: the primary one). "
          + "Valid: ${COMPLETION-CANDIDATES}.")
  Modality modality;

  @Override
  public Integer call() throws Exception {
    Trial t = trial.read();
    GaitAnalysis analysis = modality == null ? GaitAnalysis.withDefaults()
        : GaitAnalysis.withDefaults().withPreference(modality);
    GaitReport report = analysis.analyze(t);
    SourceAnalysis a = report.primary().orElseThrow(() -> new IllegalArgumentException(
        t.name() + ": no events detected" + (report.notes().isEmpty() ? ""
            : " (" + String.join("; ", report.notes()) + ")")));
    System.out.print(a.events().toTable());
    return 0;
  }
}

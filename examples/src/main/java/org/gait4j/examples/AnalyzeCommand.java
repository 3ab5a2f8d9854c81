package org.gait4j.examples;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.io.report.ReportCsv;
import org.gait4j.io.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Detects events, splits cycles and prints the parameters per side. */
@Command(name = "analyze", description = "Detect events, split the walk into cycles and print "
    + "the spatiotemporal parameters per side, for every modality the recording holds.")
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin
  TrialOptions trial;

  @Option(names = "--modality", paramLabel = "MODALITY",
      description = "Analyse only this measurement. Valid: ${COMPLETION-CANDIDATES}.")
  Modality modality;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  @Option(names = "--cycles-csv", paramLabel = "FILE",
      description = "Also write the primary analysis' per-cycle table as CSV.")
  Path cyclesCsv;

  @Override
  public Integer call() throws Exception {
    GaitAnalysis analysis = modality == null ? GaitAnalysis.withDefaults()
        : GaitAnalysis.withDefaults().withPreference(modality);
    GaitReport report = analysis.analyze(trial.read());
    System.out.println(report);
    if (json != null) {
      ReportJson.write(report, json);
    }
    if (cyclesCsv != null && report.primary().isPresent()) {
      try (Writer w = Files.newBufferedWriter(cyclesCsv, StandardCharsets.UTF_8)) {
        ReportCsv.writeCycles(report.primary().get().parameters(), w);
      }
    }
    return report.analyses().isEmpty() ? 1 : 0;
  }
}

package org.gait4j.examples;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.io.report.ReportCsv;
import org.gait4j.io.report.ReportJson;

/** Detects events, splits cycles and prints the parameters per side. */
final class AnalyzeCommand implements Subcommand {
  static final String DESCRIPTION = "Detect events, split the walk into cycles and print the "
      + "spatiotemporal parameters per side, for every modality the recording holds.";

  final TrialOptions trial = new TrialOptions();
  Modality modality;
  Path json;
  Path cyclesCsv;

  @Override
  public String help() {
    return Args.help("gait analyze [--modality=MODALITY] [--json=FILE] [--cycles-csv=FILE] "
        + "[--location=LOCATION] [--sensor=ID=LOCATION]... [--verbose] FILE", DESCRIPTION,
        Args.rows(TrialOptions.helpRows(),
            "--modality=MODALITY", "Analyse only this measurement. Valid: "
                + Args.candidates(Modality.class) + ".",
            "--json=FILE", "Also write the report as JSON.",
            "--cycles-csv=FILE", "Also write the primary analysis' per-cycle table as CSV."));
  }

  @Override
  public void parse(Args args) throws Args.UsageException {
    while (args.hasNext()) {
      String a = args.next();
      switch (a) {
        case "--modality":
          modality = args.enumValue(a, Modality.class);
          break;
        case "--json":
          json = args.path(a);
          break;
        case "--cycles-csv":
          cyclesCsv = args.path(a);
          break;
        default:
          if (!trial.accept(a, args)) {
            throw Args.unexpected(a);
          }
      }
    }
    trial.requireFile();
  }

  @Override
  public boolean verbose() {
    return trial.verbose;
  }

  @Override
  public int call() throws Exception {
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

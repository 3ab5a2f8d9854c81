package org.gait4j.examples;

import org.gait4j.analysis.GaitAnalysis;
import org.gait4j.analysis.GaitReport;
import org.gait4j.analysis.Modality;
import org.gait4j.analysis.SourceAnalysis;
import org.gait4j.model.Trial;

/**
 * Detects gait events (never copies the events stored in the file) and prints them as CSV:
 * {@code side,type,sample_index,time_s}.
 */
final class EventsCommand implements Subcommand {
  static final String DESCRIPTION = "Detect gait events and print them as CSV "
      + "(side,type,sample_index,time_s). Stored events are never copied.";

  final TrialOptions trial = new TrialOptions();
  Modality modality;

  @Override
  public String help() {
    return Args.help("gait events [--modality=MODALITY] [--location=LOCATION] "
        + "[--sensor=ID=LOCATION]... [--verbose] FILE", DESCRIPTION,
        Args.rows(TrialOptions.helpRows(),
            "--modality=MODALITY", "Which measurement to detect from (default: the primary "
                + "one). Valid: " + Args.candidates(Modality.class) + "."));
  }

  @Override
  public void parse(Args args) throws Args.UsageException {
    while (args.hasNext()) {
      String a = args.next();
      if (a.equals("--modality")) {
        modality = args.enumValue(a, Modality.class);
      } else if (!trial.accept(a, args)) {
        throw Args.unexpected(a);
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

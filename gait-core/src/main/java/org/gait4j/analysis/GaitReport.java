package org.gait4j.analysis;

import java.util.List;
import java.util.Optional;
import org.gait4j.internal.Checks;

/**
 * The result of analysing one trial: one {@link SourceAnalysis} per modality that could be
 * analysed (the first is the primary one, chosen by {@link GaitAnalysis}'s order of preference),
 * and notes on what was skipped and why. Immutable and thread-safe.
 *
 * @param trialName the trial's name
 * @param analyses results per modality, primary first
 * @param notes human-readable notes (skipped modalities, gaps, warnings)
 */
public record GaitReport(String trialName, List<SourceAnalysis> analyses, List<String> notes) {

  public GaitReport {
    Checks.notNull(trialName, "trialName");
    analyses = List.copyOf(analyses);
    notes = List.copyOf(notes);
  }

  /** The primary analysis, if any modality could be analysed. */
  public Optional<SourceAnalysis> primary() {
    return analyses.isEmpty() ? Optional.empty() : Optional.of(analyses.get(0));
  }

  /** The analysis of {@code modality}, if made. */
  public Optional<SourceAnalysis> analysis(Modality modality) {
    return analyses.stream().filter(a -> a.modality() == modality).findFirst();
  }

  /** A readable multi-line summary: per modality, events and the parameter table. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GaitReport[").append(trialName).append(", ")
        .append(analyses.size()).append(analyses.size() == 1 ? " analysis]" : " analyses]");
    for (SourceAnalysis a : analyses) {
      s.append("\n== ").append(a.modality()).append(": ").append(a.method());
      s.append("\n  ").append(a.events());
      for (String line : a.parameters().toString().split("\n")) {
        s.append("\n  ").append(line);
      }
    }
    for (String n : notes) {
      s.append("\nnote: ").append(n);
    }
    return s.toString();
  }
}

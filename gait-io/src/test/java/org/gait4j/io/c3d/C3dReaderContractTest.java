package org.gait4j.io.c3d;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gait4j.io.TrialReader;
import org.gait4j.io.TrialReaderContract;

/** The reader contract (fuzzing, mutations of the real files, determinism, service) for C3D. */
class C3dReaderContractTest extends TrialReaderContract {
  private static List<Path> samples;

  @Override
  protected TrialReader reader() {
    return new C3dReader();
  }

  @Override
  protected synchronized List<Path> validSamples() {
    if (samples == null) {
      List<Path> s = new ArrayList<>(C3dTestFiles.realFilesIfPresent());
      for (String f : C3dTestFiles.FIXTURES) {
        s.add(C3dTestFiles.fixture(f));
      }
      samples = List.copyOf(s);
    }
    return samples;
  }

  @Override
  protected String fuzzExtension() {
    return "c3d";
  }
}

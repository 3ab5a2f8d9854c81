package org.gait4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gait4j.analysis.BoutSummary;
import org.gait4j.analysis.LowerBackBoutAnalysis;
import org.gait4j.analysis.LowerBackBoutStream;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.junit.jupiter.api.Test;

/**
 * The lower-back pipeline's exact streaming face ({@link LowerBackBoutAnalysis#newStream}) on the
 * 9 real Mobilise-D recordings: pushed sample by sample it gives the batch pipeline's bouts and
 * the batch detector's initial contacts in them, event for event (skipped without the data).
 */
class LowerBackPipelineStreamTest {

  @Test
  void streamedRecordingsGiveTheBatchBoutsAndContacts() throws IOException {
    int bouts = 0;
    int contacts = 0;
    for (MobgapLowerBack r : MobgapLowerBack.all()) {
      LowerBackBoutAnalysis analysis = LowerBackBoutAnalysis.of(0.95);
      List<BoutSummary> streamed = new ArrayList<>();
      LowerBackBoutStream s = analysis.newStream(MobgapLowerBack.RATE, streamed::add);
      double[][] c = r.channels();
      for (int i = 0; i < r.size(); i++) {
        s.push(c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i]);
      }
      s.flush();
      assertEquals(analysis.analyze(r.imu()), streamed, r.name());
      // and the batch detectors directly: bouts, then each bout's initial contacts
      List<WalkingBout> batchBouts = LowerBackWalkingBoutDetector.withDefaults().detect(r.imu());
      assertEquals(batchBouts, streamed.stream().map(BoutSummary::bout).distinct().toList(),
          r.name());
      for (BoutSummary b : streamed) {
        GaitEvents batch = LowerBackIcDetector.withDefaults().detect(r.imu(), b.fromIndex(),
            b.toIndex()).ofType(GaitEventType.INITIAL_CONTACT);
        assertEquals(batch, b.initialContacts(), r.name() + " " + b.bout());
        contacts += batch.size();
      }
      bouts += batchBouts.size();
    }
    // measured: 23 bouts, 196 contacts; fewer would mean the comparison covered less than it should
    assertTrue(bouts >= 20 && contacts >= 150, bouts + " bouts, " + contacts + " contacts");
  }
}

package org.gait4j.io.imu;

import java.io.IOException;
import java.util.List;
import org.gait4j.model.ImuStream;

/**
 * Receives the blocks of {@link ImuCsvReader#readBlocks}: consecutive runs of samples, in order,
 * on the reading thread.
 *
 * <p>Each block is new and immutable (nothing is reused), so the sink may keep it; a sink that
 * keeps every block holds the whole file.
 */
@FunctionalInterface
public interface ImuBlockSink {

  /**
   * Called once per block.
   *
   * @param firstSample index of the block's first sample in the file (0 for the first data row)
   * @param sensors one stream per configured sensor, in configuration order, all of the same
   *     length (at least 1 sample) and rate
   * @throws IOException to stop reading; it propagates out of {@code readBlocks}
   */
  void accept(long firstSample, List<ImuStream> sensors) throws IOException;
}

package org.gait4j.io.c3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gait4j.io.c3d.C3dParameters.Processor;
import org.junit.jupiter.api.Test;

/**
 * DEC (VAX F-floating) decoding against hand-computed bit patterns.
 *
 * <p>A VAX F-float in a file is two little-endian 16-bit words: word 0 holds the sign (bit 15),
 * the exponent e (bits 14..7, bias 128) and the 7 high fraction bits; word 1 the 16 low fraction
 * bits. Its value is (−1)^s × 0.1f × 2^(e−128) (binary, hidden bit right of the point). Swapping
 * the words gives an IEEE-754 layout whose IEEE reading is 1.f × 2^(e−127), i.e. 4 × the VAX
 * value. Worked examples (file bytes b0 b1 b2 b3):
 * <ul>
 *   <li>1.0 = 0.1b × 2^1: e = 129, f = 0 → word0 = 0x4080, word1 = 0 → bytes 80 40 00 00.
 *       (IEEE reading of 0x40800000 is 4.0; 4.0 / 4 = 1.0.)
 *   <li>0.5 = 0.1b × 2^0: e = 128 → word0 = 0x4000 → bytes 00 40 00 00.
 *   <li>−2.5 = −0.101b × 2^2: s = 1, e = 130, f = 0x200000 → 0xC1200000 → bytes 20 C1 00 00.
 *   <li>1 + 2^−23 = 0.1000...01b × 2^1 (lowest fraction bit set): 0x40800001 → word0 0x4080,
 *       word1 0x0001 → bytes 80 40 01 00.
 *   <li>e = 0 with s = 0 is 0 whatever the fraction; e = 0 with s = 1 (reserved operand) → NaN.
 * </ul>
 */
class CodecTest {

  private static double dec(int b0, int b1, int b2, int b3) {
    ByteBuffer b = ByteBuffer.wrap(new byte[] {(byte) b0, (byte) b1, (byte) b2, (byte) b3})
        .order(ByteOrder.LITTLE_ENDIAN);
    return Codec.getFloat(b, 0, Processor.DEC);
  }

  private static byte[] encode(double v) {
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    Codec.putFloat(b, v, Processor.DEC);
    return b.array();
  }

  @Test
  void decodesHandComputedPatterns() {
    assertEquals(1.0, dec(0x80, 0x40, 0x00, 0x00));
    assertEquals(0.5, dec(0x00, 0x40, 0x00, 0x00));
    assertEquals(-2.5, dec(0x20, 0xC1, 0x00, 0x00));
    assertEquals(1 + Math.scalb(1.0, -23), dec(0x80, 0x40, 0x01, 0x00));
    assertEquals(0.0, dec(0x00, 0x00, 0x12, 0x34));
    assertTrue(Double.isNaN(dec(0x00, 0x80, 0x00, 0x00)));
    // Largest VAX value: e = 255, all fraction bits: (1 - 2^-24) × 2^127, beyond IEEE's reading.
    assertEquals((1 - Math.scalb(1.0, -24)) * Math.scalb(1.0, 127), dec(0xFF, 0x7F, 0xFF, 0xFF));
  }

  @Test
  void encodesHandComputedPatterns() {
    assertArrayEquals(new byte[] {(byte) 0x80, 0x40, 0, 0}, encode(1.0));
    assertArrayEquals(new byte[] {0x00, 0x40, 0, 0}, encode(0.5));
    assertArrayEquals(new byte[] {0x20, (byte) 0xC1, 0, 0}, encode(-2.5));
    assertArrayEquals(new byte[] {(byte) 0x80, 0x40, 0x01, 0x00},
        encode(1 + Math.scalb(1.0, -23)));
    assertArrayEquals(new byte[4], encode(0.0));
    assertThrows(IllegalArgumentException.class, () -> encode(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> encode(3e38));
  }

  /** Every IEEE float in the VAX range survives DEC encoding and decoding exactly. */
  @Property(tries = 2000)
  void decRoundTripIsExactForFloats(@ForAll float f) {
    if (!Float.isFinite(f) || Math.abs(f) > 1.7e38f || (f != 0 && Math.abs(f) < 1e-38f)) {
      return;
    }
    double back = Codec.vaxToDouble(Codec.doubleToVax(f));
    assertEquals((double) f, back);
  }

  /** The DEC point scale of gait-pig.c3d's header equals files_summary.csv's value. */
  @Test
  void realDecHeaderScaleMatchesTheSummary() throws Exception {
    Path f = C3dTestFiles.requireData().resolve("gait-pig.c3d");
    byte[] h = Files.readAllBytes(f);
    assertEquals(0.1091621071100235, dec(h[12] & 0xFF, h[13] & 0xFF, h[14] & 0xFF,
        h[15] & 0xFF), 0.0);
  }
}

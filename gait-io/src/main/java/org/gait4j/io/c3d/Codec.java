package org.gait4j.io.c3d;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.gait4j.io.c3d.C3dParameters.Processor;

/**
 * Number encodings of the three C3D processor types.
 *
 * <p>Intel: little-endian two's-complement integers and IEEE-754 binary32 floats. MIPS (SGI):
 * the same, big-endian. DEC (VAX): little-endian integers and VAX F-floating floats.
 *
 * <p>VAX F-floating, as stored in a file: two little-endian 16-bit words, the first holding the
 * sign, the 8-bit exponent and the 7 high fraction bits, the second the 16 low fraction bits.
 * Swapping the two words gives a 32-bit pattern {@code s eeeeeeee fffffff...} laid out like
 * IEEE-754, but its value is {@code 0.1f × 2^(e - 128)} (hidden bit before the binary point's
 * first place, bias 128) where IEEE reads {@code 1.f × 2^(e - 127)}: the VAX value is the IEEE
 * value divided by 4, exactly, whenever the IEEE reading is normal ({@code 3 <= e <= 254}
 * after the swap gives no change of precision). {@code e = 0} is zero (sign clear) or a VAX
 * "reserved operand" (sign set, read here as NaN). We decode into {@code double} from the
 * fields, so {@code e} of 1, 2 and 255 (IEEE denormal or infinite readings) are exact too.
 */
final class Codec {
  private Codec() {}

  static ByteOrder order(Processor p) {
    return p == Processor.MIPS ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  /** The 32-bit float at {@code pos} of {@code b} (whose order is already set), as a double. */
  static double getFloat(ByteBuffer b, int pos, Processor p) {
    if (p != Processor.DEC) {
      return b.getFloat(pos);
    }
    int b0 = b.get(pos) & 0xFF;
    int b1 = b.get(pos + 1) & 0xFF;
    int b2 = b.get(pos + 2) & 0xFF;
    int b3 = b.get(pos + 3) & 0xFF;
    return vaxToDouble((b1 << 24) | (b0 << 16) | (b3 << 8) | b2);
  }

  /** Writes {@code v} as a 32-bit float at the buffer's position (order already set). */
  static void putFloat(ByteBuffer b, double v, Processor p) {
    if (p != Processor.DEC) {
      b.putFloat((float) v);
      return;
    }
    int bits = doubleToVax(v);
    int w0 = bits >>> 16;
    int w1 = bits & 0xFFFF;
    b.put((byte) w0).put((byte) (w0 >>> 8)).put((byte) w1).put((byte) (w1 >>> 8));
  }

  /**
   * The value of a VAX F-float whose words are already swapped into {@code bits} (sign in bit
   * 31, exponent in bits 30..23, fraction in bits 22..0).
   */
  static double vaxToDouble(int bits) {
    int e = (bits >>> 23) & 0xFF;
    boolean negative = bits < 0;
    if (e == 0) {
      return negative ? Double.NaN : 0.0;
    }
    double m = (bits & 0x7FFFFF) | 0x800000;
    double v = Math.scalb(m, e - 128 - 24);
    return negative ? -v : v;
  }

  /**
   * The VAX F-float bit pattern (words swapped, as {@link #vaxToDouble} takes it) nearest to
   * {@code v}; values below the VAX range become 0.
   *
   * @throws IllegalArgumentException if {@code v} is NaN, infinite or above about 1.7e38
   */
  static int doubleToVax(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("DEC (VAX) floats cannot hold " + v);
    }
    if (v == 0) {
      return 0;
    }
    int sign = v < 0 ? 0x80000000 : 0;
    double a = Math.abs(v);
    int exp = Math.getExponent(a);
    long mant = Math.round(Math.scalb(a, 23 - exp));
    if (mant == 1L << 24) {
      mant >>= 1;
      exp++;
    }
    int e = exp + 129;
    if (e > 255) {
      throw new IllegalArgumentException("value " + v + " is too large for a DEC (VAX) float");
    }
    if (e < 1) {
      return 0;
    }
    return sign | (e << 23) | ((int) mant & 0x7FFFFF);
  }
}

package org.gait4j.io.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gait4j.io.GaitFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files give {@link GaitFormatException} naming the file, byte and problem. */
class C3dBadInputTest {
  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private GaitFormatException fails(Path f) {
    GaitFormatException e = assertThrows(GaitFormatException.class,
        () -> new C3dReader().read(f));
    assertEquals(f, e.file());
    assertTrue(e.position().isPresent(), e.getMessage());
    return e;
  }

  private static byte[] intelFixture() throws IOException {
    return Files.readAllBytes(C3dTestFiles.fixture("synthetic_intel_int16.c3d"));
  }

  @Test
  void wrongMagic() throws IOException {
    byte[] b = intelFixture();
    b[1] = 0x51;
    GaitFormatException e = fails(write("magic.c3d", b));
    assertEquals(1, e.position().getAsLong());
    assertTrue(e.problem().contains("0x51"), e.problem());
  }

  @Test
  void shorterThanTheHeader() throws IOException {
    GaitFormatException e = fails(write("short.c3d", new byte[100]));
    assertTrue(e.problem().contains("512-byte header"), e.problem());
  }

  @Test
  void truncatedDataSection() throws IOException {
    byte[] b = intelFixture();
    GaitFormatException e = fails(write("cut.c3d", Arrays.copyOf(b, b.length - 10)));
    assertTrue(e.problem().contains("data section needs"), e.problem());
  }

  @Test
  void truncatedParameterSection() throws IOException {
    byte[] b = intelFixture();
    GaitFormatException e = fails(write("cutparams.c3d", Arrays.copyOf(b, 600)));
    assertTrue(e.position().getAsLong() >= 512, e.getMessage());
  }

  @Test
  void unknownProcessor() throws IOException {
    byte[] b = intelFixture();
    b[512 + 3] = 90;
    GaitFormatException e = fails(write("proc.c3d", b));
    assertEquals(515, e.position().getAsLong());
  }

  /** A header claiming 65535 frames of 32767 points would need gigabytes: refused up front. */
  @Test
  void lyingCountsAreRefusedBeforeAllocating() throws IOException {
    byte[] b = intelFixture();
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    h.putShort(8, (short) 0xFFFF);
    GaitFormatException e = fails(write("frames.c3d", b));
    assertTrue(e.problem().contains("but the file ends at byte " + b.length), e.problem());
    // POINT:USED is authoritative: make it 32767 by patching the parameter value in place.
    byte[] c = intelFixture();
    int point = indexOf(c, "POINT".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 512);
    int at = indexOf(c, "USED".getBytes(java.nio.charset.StandardCharsets.US_ASCII), point);
    // record: name, offset (2), type (1), ndims (1) = 0, value (2)
    ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putShort(at + 4 + 2 + 2, (short) 32767);
    GaitFormatException e2 = fails(write("points.c3d", c));
    assertTrue(e2.problem().contains("data section needs"), e2.problem());
  }

  @Test
  void parameterLargerThanItsSection() throws IOException {
    byte[] c = intelFixture();
    int at = indexOf(c, "LABELS".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 512);
    c[at + 6 + 2 + 2] = (byte) 255;
    c[at + 6 + 2 + 3] = (byte) 255;
    GaitFormatException e = fails(write("labels.c3d", c));
    assertTrue(e.problem().contains("LABELS"), e.problem());
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i < hay.length - needle.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }
}

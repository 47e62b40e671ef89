package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SIDs by hand: the well-known ones' text is documented (SYSTEM is S-1-5-18). */
class SidsTest {
  @Test
  void wellKnownAndLargeAuthorities() {
    List<String> problems = new ArrayList<>();
    assertEquals("S-1-5-18", Sids.text(new byte[] {1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0},
        problems));
    assertEquals("S-1-5-32-544", Sids.text(new byte[] {1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0,
        0x20, 0x02, 0, 0}, problems));
    assertEquals("S-1-0x010000000000", Sids.text(new byte[] {1, 0, 1, 0, 0, 0, 0, 0},
        problems));
    assertEquals("S-1-5-4294967295", Sids.text(new byte[] {1, 1, 0, 0, 0, 0, 0, 5, -1, -1, -1,
        -1}, problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void malformedSidsAndTokensGiveNull() {
    List<String> problems = new ArrayList<>();
    assertNull(Sids.text(new byte[] {1, 3, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0}, problems));
    assertNull(Sids.text(new byte[3], problems));
    ByteBuffer token = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    token.putLong(0, 0x1000 + 16).put(16, (byte) 1).put(17, (byte) 15);
    assertNull(Sids.tokenUser(token, 0x1000, problems), "15 sub-authorities do not fit");
    token.putLong(0, 0x5000);
    assertNull(Sids.tokenUser(token, 0x1000, problems), "pointer outside");
    assertNull(Sids.tokenUser(ByteBuffer.allocate(4), 0, problems));
    assertEquals(5, problems.size(), problems.toString());
  }
}

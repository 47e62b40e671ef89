package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Process environment blocks as the harness read them with ReadProcessMemory (its own and its
 * child's, whose command line, environment and directory it chose): decoded against its struct
 * reading (peb.expect.txt) and against the values it set; the command line split against Wine's
 * CommandLineToArgvW. WOW64's 32-bit layout is tested with blocks built here: Debian's wine64
 * cannot run a 32-bit harness (that needs the i386 wine32 package), so no WOW64 process was
 * recorded.
 */
class ProcessParametersTest {
  final Recordings rec = recordings();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("processes");
  }

  private ProcessParameters params(String which, List<String> problems) {
    long at = ProcessParameters.parametersAddress(rec.bytes(which + "_peb"), PebLayout.NATIVE64,
        problems);
    assertEquals(rec.base(which + "_params"), at, "the PEB points at the block recorded");
    return ProcessParameters.decode(rec.bytes(which + "_params"), at, PebLayout.NATIVE64,
        problems);
  }

  @Test
  void selfAndChildMatchTheHarnessReading() {
    for (List<String> e : rec.expect("peb")) {
      List<String> problems = new ArrayList<>();
      ProcessParameters p = params(e.get(0), problems);
      assertEquals(List.of(), problems);
      assertEquals(e.get(2), p.commandLine());
      assertEquals(e.get(3), p.cwd());
      assertEquals(e.get(4), p.imagePath());
      assertEquals(Long.parseUnsignedLong(e.get(5), 16), p.environment());
    }
  }

  @Test
  void theChildHasTheCommandLineDirectoryAndEnvironmentItWasGiven() {
    var facts = rec.facts("facts.txt");
    ProcessParameters p = params("child", new ArrayList<>());
    assertEquals(facts.get("child_cmdline").get(0), p.commandLine());
    assertEquals(facts.get("child_cwd").get(0), p.cwdForPsutil());
    assertEquals(facts.get("child_argv"), CommandLines.split(p.commandLine()));
    List<String> problems = new ArrayList<>();
    Map<String, String> env = EnvironmentBlock.parse(rec.bytes("child_environ"), problems);
    assertEquals(List.of(), problems);
    String[] set = facts.get("child_env").get(0).split("=", 2);
    assertEquals(set[1], env.get(set[0]));
    for (List<String> e : rec.expect("child_environ")) {
      String entry = e.get(0);
      int eq = entry.indexOf('=', 1);
      if (entry.charAt(0) != '=' && eq > 0) {
        assertTrue(env.containsKey(entry.substring(0, eq).toUpperCase()), entry);
      }
    }
  }

  @Test
  void commandLinesSplitAsCommandLineToArgvW() {
    for (List<String> e : rec.expect("argv")) {
      assertEquals(e.subList(1, e.size()), CommandLines.split(e.get(0)), e.get(0));
    }
  }

  @Test
  void wow64BlocksAreReadAtTheir32BitOffsets() {
    long base = 0x00601000L;
    String cmd = "\"C:\\x86\\old.exe\" -v";
    String cwd = "C:\\x86\\";
    ByteBuffer block = ByteBuffer.allocate(0x300).order(ByteOrder.LITTLE_ENDIAN);
    int strings = 0x2a0;
    byte[] c = cmd.getBytes(StandardCharsets.UTF_16LE);
    byte[] d = cwd.getBytes(StandardCharsets.UTF_16LE);
    block.put(strings, c).put(strings + c.length, d);
    block.putShort(0x40, (short) c.length).putShort(0x42, (short) (c.length + 2));
    block.putInt(0x44, (int) base + strings);
    block.putShort(0x24, (short) d.length).putInt(0x28, (int) (base + strings + c.length));
    block.putInt(0x48, 0x00700000).putInt(0x290, 0x1234);
    ByteBuffer peb = ByteBuffer.allocate(0x20).order(ByteOrder.LITTLE_ENDIAN);
    peb.putInt(0x10, (int) base);
    List<String> problems = new ArrayList<>();
    assertEquals(base, ProcessParameters.parametersAddress(peb, PebLayout.WOW64, problems));
    ProcessParameters p = ProcessParameters.decode(block, base, PebLayout.WOW64, problems);
    assertEquals(List.of(), problems);
    assertEquals(cmd, p.commandLine());
    assertEquals("C:\\x86", p.cwdForPsutil());
    assertEquals("", p.imagePath());
    assertEquals(0x00700000L, p.environment());
    assertEquals(0x1234L, p.environmentSize());
    assertEquals(List.of("C:\\x86\\old.exe", "-v"), CommandLines.split(p.commandLine()));
  }

  @Test
  void badBlocksGiveNullsNotExceptions() {
    List<String> problems = new ArrayList<>();
    assertNull(ProcessParameters.decode(ByteBuffer.allocate(0x40), 0, PebLayout.NATIVE64,
        problems));
    assertEquals(0, ProcessParameters.parametersAddress(ByteBuffer.allocate(8),
        PebLayout.NATIVE64, problems));
    assertEquals(2, problems.size());

    ByteBuffer b = ProcessInfoBufferTest.copy(rec.bytes("child_params"));
    long base = rec.base("child_params");
    b.putShort(0x70, (short) 5);                      // an odd command-line length
    b.putLong(0x40, base - 4096);                     // the directory elsewhere in memory
    problems.clear();
    ProcessParameters p = ProcessParameters.decode(b, base, PebLayout.NATIVE64, problems);
    assertNull(p.commandLine());
    assertNull(p.cwd());
    assertEquals(base - 4096, p.cwdRef().address(), "the reader is told where to read it");
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void anEnvironmentWithoutItsTerminatorKeepsTheWholeEntries() {
    ByteBuffer env = rec.bytes("child_environ");
    int cut = 0;
    while (env.getChar(cut) != 0) {
      cut += 2;
    }
    // the first entry, its NUL, and half of the second
    ByteBuffer part = env.duplicate().limit(cut + 2 + 6).slice();
    List<String> problems = new ArrayList<>();
    Map<String, String> got = EnvironmentBlock.parse(part, problems);
    assertEquals(1, got.size());
    assertEquals(1, problems.size());
    problems.clear();
    assertEquals(Map.of(), EnvironmentBlock.parse(ByteBuffer.allocate(1), problems));
    assertEquals(1, problems.size());
    byte[] drives = "=C:=C:\\dir\0path=x\0\0".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(Map.of("PATH", "x"), EnvironmentBlock.parse(ByteBuffer.wrap(drives), problems));
  }
}

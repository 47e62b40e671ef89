package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes what NtQuerySystemInformation(SystemProcessInformation) fills: a chain of
 * SYSTEM_PROCESS_INFORMATION entries linked by NextEntryOffset, each followed by its
 * SYSTEM_THREAD_INFORMATION array, with the image name a UNICODE_STRING pointing into the same
 * buffer (the 64-bit layouts). Never throws: an entry that does not fit is skipped and the walk
 * ends; a link that goes backwards, to itself or past the end ends the walk; a name outside the
 * buffer is null; each is a problem.
 */
final class ProcessInfoBuffer {
  static final int ENTRY_SIZE = 0x100;
  static final int THREAD_SIZE = 0x50;

  private ProcessInfoBuffer() {
  }

  /**
   * The processes in the buffer.
   *
   * @param base the buffer's address when it was filled (the name pointers are relative to it)
   */
  static List<ProcessEntry> decode(ByteBuffer buffer, long base, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<ProcessEntry> out = new ArrayList<>();
    long off = 0;
    while (true) {
      if (off + ENTRY_SIZE > b.limit()) {
        problems.add("process entry at offset " + off + " runs past the " + b.limit()
            + "-byte buffer");
        return out;
      }
      int at = (int) off;
      out.add(entry(b, base, at, problems));
      long next = b.getInt(at) & 0xffffffffL;
      if (next == 0) {
        return out;
      }
      // Entries only move forwards, and by at least one entry: anything else would loop.
      if (next < ENTRY_SIZE) {
        problems.add("process entry at offset " + off + " links " + next + " bytes on, inside "
            + "itself");
        return out;
      }
      off += next;
    }
  }

  private static ProcessEntry entry(ByteBuffer b, long base, int at, List<String> problems) {
    int pid = (int) b.getLong(at + 0x50);
    int numThreads = b.getInt(at + 4);
    String name = CountedStrings.at(b, base, b.getLong(at + 0x40), b.getChar(at + 0x38),
        "process " + pid + " name", problems);
    List<ProcessEntry.ThreadEntry> threads = new ArrayList<>();
    for (long i = 0; i < (numThreads & 0xffffffffL); i++) {
      long t = at + ENTRY_SIZE + i * THREAD_SIZE;
      if (t + THREAD_SIZE > b.limit()) {
        problems.add("process " + pid + ": thread " + i + " of " + numThreads
            + " runs past the buffer");
        break;
      }
      int ti = (int) t;
      threads.add(new ProcessEntry.ThreadEntry((int) b.getLong(ti + 0x30), b.getLong(ti + 8),
          b.getLong(ti), b.getLong(ti + 0x10), b.getInt(ti + 0x38), b.getInt(ti + 0x3c),
          b.getInt(ti + 0x40) & 0xffffffffL, b.getInt(ti + 0x44), b.getInt(ti + 0x48)));
    }
    return new ProcessEntry(pid, (int) b.getLong(at + 0x58), name, numThreads,
        b.getInt(at + 0x60), b.getInt(at + 0x64), b.getInt(at + 0x48), b.getLong(at + 0x20),
        b.getLong(at + 0x28), b.getLong(at + 0x30), b.getInt(at + 0x80) & 0xffffffffL,
        b.getLong(at + 0x88), b.getLong(at + 0x90), b.getLong(at + 0x98), b.getLong(at + 0xa0),
        b.getLong(at + 0xa8), b.getLong(at + 0xb0), b.getLong(at + 0xb8), b.getLong(at + 0xc0),
        b.getLong(at + 0xc8), b.getLong(at + 0x70), b.getLong(at + 0x78), b.getLong(at + 0xd0),
        b.getLong(at + 0xd8), b.getLong(at + 0xe0), b.getLong(at + 0xe8), b.getLong(at + 0xf0),
        b.getLong(at + 0xf8), List.copyOf(threads));
  }
}

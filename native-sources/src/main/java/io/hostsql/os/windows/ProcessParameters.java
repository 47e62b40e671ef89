package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A process's RTL_USER_PROCESS_PARAMETERS, as read from its memory the way psutil reads
 * another process: the PEB gives the block's address, the block gives each string's length and
 * address, and the environment block's address. The strings are taken from the block when they
 * lie inside what was read (a normalized block holds them); otherwise they stay null and the
 * reader fetches them at {@link StringRef#address()}.
 *
 * @param commandLine the command line, or null when it is not in the block read
 * @param cwd the current directory (with its trailing backslash, as the block keeps it)
 * @param imagePath the executable's path
 * @param commandLineRef where the command line is
 * @param cwdRef where the current directory is
 * @param environment the environment block's address
 * @param environmentSize its size in bytes, 0 where the block does not record it
 */
record ProcessParameters(String commandLine, String cwd, String imagePath,
    StringRef commandLineRef, StringRef cwdRef, long environment, long environmentSize) {

  /**
   * A UNICODE_STRING as the block holds it.
   *
   * @param lengthBytes its length in bytes
   * @param address where its characters are in the process
   */
  record StringRef(int lengthBytes, long address) {
  }

  /** The parameters' address from the first bytes of a PEB, or 0 when they are too short. */
  static long parametersAddress(ByteBuffer peb, PebLayout layout, List<String> problems) {
    ByteBuffer b = peb.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (layout.processParameters + layout.pointer > b.limit()) {
      problems.add("PEB: " + b.limit() + " bytes do not reach ProcessParameters");
      return 0;
    }
    return pointer(b, layout.processParameters, layout);
  }

  /**
   * The parameters in a block read from {@code base}; null (with a problem) when the block is
   * too short to hold the fields.
   */
  static ProcessParameters decode(ByteBuffer block, long base, PebLayout layout,
      List<String> problems) {
    ByteBuffer b = block.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (layout.environment + layout.pointer > b.limit()) {
      problems.add("process parameters: " + b.limit() + " bytes are too few");
      return null;
    }
    StringRef cmd = ref(b, layout.commandLine, layout);
    StringRef cwd = ref(b, layout.currentDirectory, layout);
    StringRef image = ref(b, layout.imagePathName, layout);
    long envSize = layout.environmentSize + layout.pointer <= b.limit()
        ? pointer(b, layout.environmentSize, layout) : 0;
    return new ProcessParameters(string(b, base, cmd, "command line", problems),
        string(b, base, cwd, "current directory", problems),
        string(b, base, image, "image path", problems), cmd, cwd,
        pointer(b, layout.environment, layout), envSize);
  }

  /**
   * psutil's cwd: the directory without the trailing backslash the block keeps, except for a
   * drive's root ("C:\").
   */
  String cwdForPsutil() {
    return cwd == null ? null : trimCwd(cwd);
  }

  /** A directory as the block keeps it (C:\dir\) as psutil gives it (C:\dir; C:\ stays). */
  static String trimCwd(String dir) {
    return dir.length() > 3 && dir.endsWith("\\") ? dir.substring(0, dir.length() - 1) : dir;
  }

  private static String string(ByteBuffer b, long base, StringRef ref, String what,
      List<String> problems) {
    long offset = ref.address() - base;
    if (ref.lengthBytes() > 0 && ref.address() != 0
        && (offset < 0 || offset + ref.lengthBytes() > b.limit())) {
      return null; // not in this block: the reader reads it where it is
    }
    return CountedStrings.at(b, base, ref.address(), ref.lengthBytes(), what, problems);
  }

  private static StringRef ref(ByteBuffer b, int at, PebLayout layout) {
    return new StringRef(b.getChar(at), pointer(b, at + layout.stringBuffer(), layout));
  }

  private static long pointer(ByteBuffer b, int at, PebLayout layout) {
    return layout.pointer == 8 ? b.getLong(at) : b.getInt(at) & 0xffffffffL;
  }
}

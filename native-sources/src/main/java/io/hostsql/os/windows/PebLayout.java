package io.hostsql.os.windows;

/**
 * Where a process environment block keeps its parameters, and where those parameters keep their
 * strings: the native 64-bit layout, and the 32-bit one a WOW64 process has (psutil reads the
 * latter through NtWow64 calls, at these offsets).
 */
enum PebLayout {
  NATIVE64(8, 0x20, 0x38, 0x60, 0x70, 0x80, 0x3f0),
  WOW64(4, 0x10, 0x24, 0x38, 0x40, 0x48, 0x290);

  /** A pointer's size. */
  final int pointer;
  /** PEB.ProcessParameters. */
  final int processParameters;
  /** RTL_USER_PROCESS_PARAMETERS.CurrentDirectory.DosPath. */
  final int currentDirectory;
  /** RTL_USER_PROCESS_PARAMETERS.ImagePathName. */
  final int imagePathName;
  /** RTL_USER_PROCESS_PARAMETERS.CommandLine. */
  final int commandLine;
  /** RTL_USER_PROCESS_PARAMETERS.Environment. */
  final int environment;
  /** RTL_USER_PROCESS_PARAMETERS.EnvironmentSize (Vista and later). */
  final int environmentSize;

  PebLayout(int pointer, int processParameters, int currentDirectory, int imagePathName,
      int commandLine, int environment, int environmentSize) {
    this.pointer = pointer;
    this.processParameters = processParameters;
    this.currentDirectory = currentDirectory;
    this.imagePathName = imagePathName;
    this.commandLine = commandLine;
    this.environment = environment;
    this.environmentSize = environmentSize;
  }

  /** The offset of a UNICODE_STRING's Buffer pointer from the string's start. */
  int stringBuffer() {
    return pointer;
  }
}

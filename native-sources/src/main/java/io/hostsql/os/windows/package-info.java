/**
 * The Windows backend. The Win32 calls and the decoding of what they fill are kept apart: a
 * decoder (ProcessInfoBuffer, ProcessParameters, ConnectionTables, CpuBuffers...) is a pure
 * function of the bytes an API filled (and the address they were at, for buffers holding
 * pointers) that never throws out of a scan, so the decoders are tested on any OS against
 * buffers that Wine's implementation of the API filled (native-sources/src/test/win32). May
 * import io.hostsql.os, io.hostsql.os.spi, io.hostsql.os.common, JNA and the JDK; never another
 * backend.
 */
package io.hostsql.os.windows;

/**
 * The Windows backend: WindowsPlatform (registered through WindowsPlatformProvider, picked when
 * os.name is Windows) over the Win32 API through JNA. The calls and the decoding of what they
 * fill are kept apart: a control (ServiceControl, ProcessCalls, SystemCalls) makes the calls and
 * hands back the raw buffers with the address they were at (Win32Buffer); a decoder
 * (ServiceBuffers, ProcessInfoBuffer, ProcessParameters, ConnectionTables, CpuBuffers...) is a
 * pure function of those bytes that never throws out of a scan, so the decoders are tested on
 * any OS against buffers that Wine's implementation of the API filled
 * (native-sources/src/test/win32). 64-bit layouts, and the WOW64 process environment block.
 * May import io.hostsql.os, io.hostsql.os.spi, io.hostsql.os.common, JNA and the JDK; never
 * another backend.
 */
package io.hostsql.os.windows;

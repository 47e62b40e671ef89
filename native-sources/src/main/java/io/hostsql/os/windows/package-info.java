/**
 * The Windows backend: WindowsPlatform (registered through WindowsPlatformProvider, picked when
 * os.name is Windows) over the Win32 API through JNA. The calls and the decoding of what they
 * fill are kept apart: a control (ServiceControl...) makes the calls and hands back the raw
 * buffers with the address they were at (Win32Buffer); a decoder (ServiceBuffers...) is a pure
 * function of those bytes that never throws out of a scan, so the decoders are tested on any OS
 * against buffers that Wine's implementation of the API filled (native-sources/src/test/win32).
 * Only 64-bit Windows layouts are decoded. May import io.hostsql.os, io.hostsql.os.spi,
 * io.hostsql.os.common, JNA and the JDK; never another backend.
 */
package io.hostsql.os.windows;

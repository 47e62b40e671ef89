/*
 * JNI entry points of io.hostsql.os.linux.JniCalls: system calls so cheap that JNA's own call
 * path (argument conversion, errno capture, libffi) would cost as much as the call does.
 * Arguments are plain integers and addresses of memory the Java side owns; nothing here keeps
 * state or calls back into the JVM.
 */
#include <jni.h>
#include <stdint.h>
#include <sys/sysinfo.h>

JNIEXPORT jint JNICALL Java_io_hostsql_os_linux_JniCalls_sysinfo(JNIEnv *env, jclass cls,
                                                                  jlong address) {
  (void) env;
  (void) cls;
  return sysinfo((struct sysinfo *) (intptr_t) address);
}

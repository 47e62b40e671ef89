/*
 * JNI entry points of io.hostsql.os.linux.JniCalls: system calls so cheap, or made so often,
 * that JNA's own call path (argument conversion, errno capture, libffi) costs as much as the
 * call does. Arguments are plain integers, byte arrays and addresses of memory the Java side
 * owns; nothing here keeps state or calls back into the JVM.
 */
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <unistd.h>

JNIEXPORT jint JNICALL Java_io_hostsql_os_linux_JniCalls_sysinfo(JNIEnv *env, jclass cls,
                                                                  jlong address) {
  (void) env;
  (void) cls;
  return sysinfo((struct sysinfo *) (intptr_t) address);
}

/* What the first read asks for, as SyscallReads.BUFFER: most /proc files fit in it. */
#define FIRST_READ (32 * 1024)

static jbyteArray failed(JNIEnv *env, jintArray error, int errnum) {
  jint e = errnum;
  (*env)->SetIntArrayRegion(env, error, 0, 1, &e);
  return NULL;
}

/*
 * Reads the file at path (NUL-terminated bytes) to its end and returns its bytes, or NULL with
 * errno in error[0]. One crossing into native code per file, where JNA made one per open, read
 * and close. With seqFile set, a read shorter than asked is the end (a seq_file fills each read
 * up to its content's end), and the read that would return 0 is skipped.
 */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_readFile(
    JNIEnv *env, jclass cls, jbyteArray path, jboolean seqFile, jintArray error) {
  (void) cls;
  char name[PATH_MAX];
  jsize length = (*env)->GetArrayLength(env, path);
  if (length < 1 || length > PATH_MAX) {
    return failed(env, error, ENAMETOOLONG);
  }
  (*env)->GetByteArrayRegion(env, path, 0, length, (jbyte *) name);
  name[length - 1] = '\0';
  int fd = open(name, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return failed(env, error, errno);
  }
  char first[FIRST_READ];
  char *buf = first;
  size_t capacity = sizeof first;
  size_t filled = 0;
  for (;;) {
    if (filled == capacity) {
      /* Only files larger than the first read (smaps, maps of big processes) get here. */
      size_t grown = capacity * 2;
      char *bigger = buf == first ? malloc(grown) : realloc(buf, grown);
      if (bigger == NULL) {
        if (buf != first) {
          free(buf);
        }
        close(fd);
        return failed(env, error, ENOMEM);
      }
      if (buf == first) {
        memcpy(bigger, first, filled);
      }
      buf = bigger;
      capacity = grown;
    }
    size_t asked = capacity - filled;
    ssize_t n = read(fd, buf + filled, asked);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      int saved = errno;
      if (buf != first) {
        free(buf);
      }
      close(fd);
      return failed(env, error, saved);
    }
    filled += (size_t) n;
    if (n == 0 || (seqFile && (size_t) n < asked)) {
      break;
    }
  }
  close(fd);
  jbyteArray out = (*env)->NewByteArray(env, (jsize) filled);
  if (out != NULL) {
    (*env)->SetByteArrayRegion(env, out, 0, (jsize) filled, (const jbyte *) buf);
  }
  if (buf != first) {
    free(buf);
  }
  return out;
}

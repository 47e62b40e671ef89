/*
 * JNI entry points of io.hostsql.os.linux.JniCalls: system calls so cheap, or made so often,
 * that JNA's own call path (argument conversion, errno capture, libffi) or the JDK's file API
 * (a Path per name, an exception per failure) costs as much as the call does. Arguments are
 * plain integers, byte arrays and addresses of memory the Java side owns; nothing here keeps
 * state or calls back into the JVM. A failure returns NULL (or -1) with errno in error[0].
 */
#define _GNU_SOURCE  /* statx */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <unistd.h>

JNIEXPORT jint JNICALL Java_io_hostsql_os_linux_JniCalls_sysinfo(JNIEnv *env, jclass cls,
                                                                  jlong address) {
  (void) env;
  (void) cls;
  return sysinfo((struct sysinfo *) (intptr_t) address);
}

/*
 * The stack buffer a read or listing starts in: most /proc files fit, larger ones move to the
 * heap. Small, as it takes the stack of whatever Java thread makes the call.
 */
#define FIRST_BUFFER (8 * 1024)

/* A buffer that starts on the caller's stack and moves to the heap when it must grow. */
struct buffer {
  char *data;
  size_t capacity;
  size_t filled;
  char *stack;
};

static void buffer_init(struct buffer *b, char *stack, size_t capacity) {
  b->data = stack;
  b->stack = stack;
  b->capacity = capacity;
  b->filled = 0;
}

/* Makes room for at least `more` bytes: 0, ENOMEM, or EFBIG past what a Java array holds. */
static int buffer_reserve(struct buffer *b, size_t more) {
  if (b->filled + more <= b->capacity) {
    return 0;
  }
  if (b->filled + more > (size_t) INT32_MAX - 8) {
    return EFBIG;
  }
  size_t grown = b->capacity * 2;
  while (grown < b->filled + more) {
    grown *= 2;
  }
  if (grown > (size_t) INT32_MAX - 8) {
    grown = (size_t) INT32_MAX - 8;
  }
  char *bigger = b->data == b->stack ? malloc(grown) : realloc(b->data, grown);
  if (bigger == NULL) {
    return ENOMEM;
  }
  if (b->data == b->stack) {
    memcpy(bigger, b->stack, b->filled);
  }
  b->data = bigger;
  b->capacity = grown;
  return 0;
}

static void buffer_free(struct buffer *b) {
  if (b->data != b->stack) {
    free(b->data);
  }
}

static jbyteArray failed(JNIEnv *env, jintArray error, int errnum) {
  jint e = errnum;
  (*env)->SetIntArrayRegion(env, error, 0, 1, &e);
  return NULL;
}

/* A new Java array of the bytes (NULL with an OutOfMemoryError pending if it cannot be made). */
static jbyteArray bytes_of(JNIEnv *env, const char *data, size_t length) {
  jbyteArray out = (*env)->NewByteArray(env, (jsize) length);
  if (out != NULL) {
    (*env)->SetByteArrayRegion(env, out, 0, (jsize) length, (const jbyte *) data);
  }
  return out;
}

/* The buffer's bytes as a new Java array; frees the buffer. */
static jbyteArray buffer_release(JNIEnv *env, struct buffer *b) {
  jbyteArray out = bytes_of(env, b->data, b->filled);
  buffer_free(b);
  return out;
}

/* Copies a NUL-terminated path out of its Java array: 0, or ENAMETOOLONG. */
static int path_of(JNIEnv *env, jbyteArray path, char name[PATH_MAX]) {
  jsize length = (*env)->GetArrayLength(env, path);
  if (length < 1 || length > PATH_MAX) {
    return ENAMETOOLONG;
  }
  (*env)->GetByteArrayRegion(env, path, 0, length, (jbyte *) name);
  name[length - 1] = '\0';
  return 0;
}

/*
 * Reads the file at path to its end and returns its bytes. One crossing into native code per
 * file, where JNA made one per open, read and close. With seqFile set, a read shorter than
 * asked is the end (a seq_file fills each read up to its content's end), and the read that
 * would return 0 is skipped.
 */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_readFile(
    JNIEnv *env, jclass cls, jbyteArray path, jboolean seqFile, jintArray error) {
  (void) cls;
  char name[PATH_MAX];
  int bad = path_of(env, path, name);
  if (bad) {
    return failed(env, error, bad);
  }
  int fd = open(name, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return failed(env, error, errno);
  }
  char stack[FIRST_BUFFER];
  struct buffer b;
  buffer_init(&b, stack, sizeof stack);
  for (;;) {
    /* Only files larger than the first buffer (smaps, maps of big processes) grow it. */
    int full = b.filled == b.capacity ? buffer_reserve(&b, 1) : 0;
    if (full) {
      buffer_free(&b);
      close(fd);
      return failed(env, error, full);
    }
    size_t asked = b.capacity - b.filled;
    ssize_t n = read(fd, b.data + b.filled, asked);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      int saved = errno;
      buffer_free(&b);
      close(fd);
      return failed(env, error, saved);
    }
    b.filled += (size_t) n;
    if (n == 0 || (seqFile && (size_t) n < asked)) {
      break;
    }
  }
  close(fd);
  return buffer_release(env, &b);
}

/* readlink(2): the target. One that fills the buffer may be cut short: refused as too long. */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_readLink(
    JNIEnv *env, jclass cls, jbyteArray path, jintArray error) {
  (void) cls;
  char name[PATH_MAX];
  int bad = path_of(env, path, name);
  if (bad) {
    return failed(env, error, bad);
  }
  char target[PATH_MAX];
  ssize_t n = readlink(name, target, sizeof target);
  if (n < 0) {
    return failed(env, error, errno);
  }
  if ((size_t) n == sizeof target) {
    return failed(env, error, ENAMETOOLONG);
  }
  return bytes_of(env, target, (size_t) n);
}

#define LIST_STAT_MASK (STATX_BASIC_STATS | STATX_BTIME)
/* list_into's with_stat for a set-id walk, and the fields that walk reads. */
#define SET_ID_WALK 2
#define SET_ID_MASK (STATX_TYPE | STATX_MODE | STATX_UID | STATX_GID)

/*
 * Appends a directory's entries but "." and ".." to b, each as its name and a NUL and, when
 * with_stat, the 4-byte errno of its statx(2) taken relative to the open directory (links
 * not followed; 0 when it succeeded) and the 256-byte struct statx: 0, or an errno.
 */
static int list_into(const char *name, struct buffer *b, int with_stat) {
  DIR *dir = opendir(name);
  if (dir == NULL) {
    return errno;
  }
  int fd = dirfd(dir);
  size_t record = with_stat ? sizeof(int32_t) + sizeof(struct statx) : 0;
  for (;;) {
    errno = 0;
    struct dirent *entry = readdir(dir);
    if (entry == NULL) {
      int saved = errno;
      closedir(dir);
      return saved;
    }
    const char *d = entry->d_name;
    if (d[0] == '.' && (d[1] == '\0' || (d[1] == '.' && d[2] == '\0'))) {
      continue;
    }
    struct statx st;
    memset(&st, 0, sizeof st);
    int32_t status = 0;
    if (with_stat == SET_ID_WALK) {
      /*
       * Only what a set-id walk keeps: directories (known from d_type without a statx) and
       * set-id regular files. Links, devices, fifos and sockets are neither; a regular file
       * must be stat'ed for its mode, and most are then dropped here, not copied to Java.
       */
      unsigned char t = entry->d_type;
      if (t == DT_DIR) {
        st.stx_mode = S_IFDIR;
      } else if (t == DT_REG || t == DT_UNKNOWN) {
        status = statx(fd, d, AT_SYMLINK_NOFOLLOW, SET_ID_MASK, &st) == 0 ? 0 : errno;
        if (status == 0 && !S_ISDIR(st.stx_mode)
            && !(S_ISREG(st.stx_mode) && (st.stx_mode & (S_ISUID | S_ISGID)) != 0)) {
          continue;
        }
      } else {
        continue;
      }
    } else if (with_stat) {
      status = statx(fd, d, AT_SYMLINK_NOFOLLOW, LIST_STAT_MASK, &st) == 0 ? 0 : errno;
    }
    size_t length = strlen(d) + 1;
    int full = buffer_reserve(b, length + record);
    if (full) {
      closedir(dir);
      return full;
    }
    memcpy(b->data + b->filled, d, length);
    b->filled += length;
    if (with_stat) {
      memcpy(b->data + b->filled, &status, sizeof status);
      b->filled += sizeof status;
      memcpy(b->data + b->filled, &st, sizeof st);
      b->filled += sizeof st;
    }
  }
}

static jbyteArray list(JNIEnv *env, jbyteArray path, jintArray error, int with_stat) {
  char name[PATH_MAX];
  int bad = path_of(env, path, name);
  if (bad) {
    return failed(env, error, bad);
  }
  char stack[FIRST_BUFFER];
  struct buffer b;
  buffer_init(&b, stack, sizeof stack);
  int err = list_into(name, &b, with_stat);
  if (err) {
    buffer_free(&b);
    return failed(env, error, err);
  }
  return buffer_release(env, &b);
}

/*
 * The names in a directory but "." and "..", each followed by a NUL. One call per directory,
 * where the JDK's directory stream duplicated, inspected and flagged the descriptor first and
 * made a Path per name.
 */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_listNames(
    JNIEnv *env, jclass cls, jbyteArray path, jintArray error) {
  (void) cls;
  return list(env, path, error, 0);
}

/*
 * A directory's entries with their statx, in one crossing and without the kernel resolving the
 * whole path again per entry (what a recursive walk needs of each entry); see list_into.
 */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_listStat(
    JNIEnv *env, jclass cls, jbyteArray path, jintArray error) {
  (void) cls;
  return list(env, path, error, 1);
}

/*
 * As listStat, but only the entries a walk for set-id files keeps: directories (their statx
 * holds only the type) and set-id regular files, and entries whose statx failed.
 */
JNIEXPORT jbyteArray JNICALL Java_io_hostsql_os_linux_JniCalls_listSetId(
    JNIEnv *env, jclass cls, jbyteArray path, jintArray error) {
  (void) cls;
  return list(env, path, error, SET_ID_WALK);
}

/* stat(2), following links: st_mode, or -1. */
JNIEXPORT jint JNICALL Java_io_hostsql_os_linux_JniCalls_statMode(
    JNIEnv *env, jclass cls, jbyteArray path, jintArray error) {
  (void) cls;
  char name[PATH_MAX];
  int bad = path_of(env, path, name);
  struct stat st;
  if (bad || stat(name, &st) != 0) {
    failed(env, error, bad ? bad : errno);
    return -1;
  }
  return (jint) st.st_mode;
}

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

/*
 * The CPUID instruction for one leaf (and sub-leaf): eax, ebx, ecx, edx into out[0..3].
 * Returns 0, or -1 where the leaf is above the CPU's highest (or the CPU is not x86).
 */
JNIEXPORT jint JNICALL Java_io_hostsql_os_linux_JniCalls_cpuid(JNIEnv *env, jclass cls,
                                                                jint leaf, jint subleaf,
                                                                jintArray out) {
  (void) cls;
#if defined(__x86_64__) || defined(__i386__)
  unsigned int r[4];
  if (__get_cpuid_max((unsigned int) leaf & 0x80000000u, NULL) < (unsigned int) leaf) {
    return -1;
  }
  __cpuid_count((unsigned int) leaf, (unsigned int) subleaf, r[0], r[1], r[2], r[3]);
  (*env)->SetIntArrayRegion(env, out, 0, 4, (const jint *) r);
  return 0;
#else
  (void) env;
  (void) leaf;
  (void) subleaf;
  (void) out;
  return -1;
#endif
}

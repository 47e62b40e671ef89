package io.hostsql.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.testing.Psutil;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every live process, read by hostsql and by Debian's python3-psutil 5.9.4, field by field.
 */
public class PsutilOracleTest {
  private static final int SELF = (int) ProcessHandle.current().pid();

  @Test
  void everyLiveProcessAgreesWithPsutil() {
    List<String> mismatches = new ArrayList<>();
    List<Integer> differing = new ArrayList<>();
    int compared = compareAll(Psutil.dump(List.of()), mismatches, differing);
    assertTrue(compared > 5, "compared only " + compared + " processes");
    if (!differing.isEmpty()) {
      // A busy machine changes between the two readings (a parent exits and its child is
      // handed to init, a process renames itself): the processes that differed are read again,
      // psutil first, and only a difference that holds on the second reading counts.
      mismatches.clear();
      compareAll(Psutil.dump(differing), mismatches, new ArrayList<>());
    }
    assertEquals(List.of(), mismatches);
  }

  /**
   * Compares every process of a psutil dump with hostsql's reading of it, adding each
   * difference to {@code mismatches} and its pid to {@code differing}; the number compared.
   */
  private static int compareAll(JsonNode all, List<String> mismatches, List<Integer> differing) {
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      int pid = Integer.parseInt(e.getKey());
      JsonNode ps = e.getValue();
      if (ps.has("error") || pid == SELF) {
        continue; // gone before psutil read it; the JVM itself changes while we look
      }
      Process p;
      try {
        p = Process.of(pid);
      } catch (NoSuchProcessException gone) {
        continue;
      }
      if ("python3".equals(ps.path("name").asText())
          && ps.path("cmdline").toString().contains("psutil_dump")) {
        continue; // the oracle itself, gone by now
      }
      int before = mismatches.size();
      try {
        compareStable(p, ps, mismatches);
        compared++;
      } catch (NoSuchProcessException gone) {
        // exited between psutil's read and ours
      }
      if (mismatches.size() > before) {
        differing.add(pid);
      }
    }
    return compared;
  }

  /** The attributes that do not change while a quiet process sleeps (also for linux/ tests). */
  public static void compareStable(Process p, JsonNode ps, List<String> out) {
    int pid = p.pid();
    boolean kernelThread = p.isKernelThread();
    check(out, pid, "ppid", ps, () -> p.ppid(), n -> n.asInt());
    if (kernelThread) {
      // Workqueue threads rename themselves as they pick up work: "+flush" while running it,
      // "-events" after (kworker/0:1-events). psutil's own tests allow kernel threads this; the
      // worker's identity is the part before the first '+' or '-'.
      check(out, pid, "name", ps, () -> p.name().split("[-+]")[0],
          n -> n.asText().split("[-+]")[0]);
    } else {
      check(out, pid, "name", ps, p::name, JsonNode::asText);
    }
    JsonNode cmd = ps.path("cmdline");
    if (!ps.path("exe").has("error") && cmd.isArray() && cmd.size() > 0
        && ps.get("exe").asText().equals(cmd.get(0).asText())) {
      // Refused the exe link (another user's process, read by an ordinary user), psutil
      // guesses it from an absolute cmdline[0]; hostsql reports the refusal instead.
      check(out, pid, "exe", ps, () -> {
        try {
          return p.exe();
        } catch (AccessDeniedException refused) {
          return cmd.get(0).asText();
        }
      }, JsonNode::asText);
    } else {
      check(out, pid, "exe", ps, p::exe, JsonNode::asText);
    }
    check(out, pid, "cmdline", ps, p::cmdline, PsutilOracleTest::strings);
    check(out, pid, "cwd", ps, p::cwd, JsonNode::asText);
    check(out, pid, "username", ps, p::username, JsonNode::asText);
    check(out, pid, "uids", ps, p::uids, n -> new Ids(n.get("real").asInt(),
        n.get("effective").asInt(), n.get("saved").asInt()));
    check(out, pid, "gids", ps, p::gids, n -> new Ids(n.get("real").asInt(),
        n.get("effective").asInt(), n.get("saved").asInt()));
    check(out, pid, "terminal", ps, p::terminal, n -> n.isNull() ? null : n.asText());
    check(out, pid, "nice", ps, p::nice, JsonNode::asInt);
    check(out, pid, "cpu_affinity", ps, () -> toList(p.cpuAffinity()),
        PsutilOracleTest::ints);
    check(out, pid, "ionice", ps, p::ionice, n -> new IoNice(
        IoPriorityClass.values()[n.get("ioclass").asInt()], n.get("value").asInt()));
    check(out, pid, "create_time", ps, () -> p.createTime().toEpochMilli() / 10,
        n -> Math.round(n.asDouble() * 100));
    if (kernelThread) {
      // psutil 5.9.4 reports NoSuchProcess for a live kernel thread's environ on kernels
      // >= 6.x (ESRCH); the right answer is an empty environment.
      // Run by an ordinary user, both are refused it (AccessDenied).
      if ("AccessDenied".equals(ps.get("environ").path("error").asText())) {
        check(out, pid, "environ", ps, () -> new TreeMap<>(p.environ()),
            PsutilOracleTest::stringMap);
      } else {
        assertEquals(Map.of(), p.environ(), "environ of kernel thread " + pid);
        assertTrue(ps.get("environ").has("error") || ps.get("environ").isEmpty());
      }
    } else {
      check(out, pid, "environ", ps, () -> new TreeMap<>(p.environ()),
          PsutilOracleTest::stringMap);
    }
    String status = ps.get("status").asText();
    if (!status.equals("running") && p.status() != ProcessStatus.RUNNING) {
      check(out, pid, "status", ps, () -> p.status().label(), JsonNode::asText);
    }
  }

  private static <T> void check(List<String> out, int pid, String field, JsonNode ps,
      Supplier<T> ours, java.util.function.Function<JsonNode, T> theirs) {
    JsonNode v = ps.get(field);
    Object mine;
    try {
      mine = ours.get();
    } catch (AccessDeniedException e) {
      mine = "AccessDenied";
    } catch (ZombieProcessException e) {
      mine = "ZombieProcess";
    }
    Object expected = v.isObject() && v.has("error") ? v.get("error").asText()
        : asDecoded(theirs.apply(v));
    if (!java.util.Objects.equals(mine, expected)) {
      out.add(pid + "." + field + ": hostsql=" + mine + " psutil=" + expected);
    }
  }

  /**
   * psutil's text as hostsql decodes bytes that are not UTF-8: Python keeps each such byte as a
   * lone surrogate (U+DC80..U+DCFF, "surrogateescape"), which no JDBC string can carry; hostsql
   * gives U+FFFD, the replacement character, instead.
   */
  static Object asDecoded(Object psutil) {
    if (psutil instanceof String s) {
      return s.replaceAll("[\\x{DC80}-\\x{DCFF}]", "\uFFFD");
    }
    if (psutil instanceof List<?> l) {
      return l.stream().map(PsutilOracleTest::asDecoded).toList();
    }
    if (psutil instanceof Map<?, ?> m) {
      Map<Object, Object> out = new TreeMap<>();
      m.forEach((k, v) -> out.put(asDecoded(k), asDecoded(v)));
      return out;
    }
    return psutil;
  }

  static List<String> strings(JsonNode n) {
    List<String> l = new ArrayList<>();
    n.forEach(x -> l.add(x.asText()));
    return l;
  }

  static List<Integer> ints(JsonNode n) {
    List<Integer> l = new ArrayList<>();
    n.forEach(x -> l.add(x.asInt()));
    return l;
  }

  static List<Integer> toList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int x : a) {
      l.add(x);
    }
    return l;
  }

  static Map<String, String> stringMap(JsonNode n) {
    Map<String, String> m = new TreeMap<>();
    n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  @Test
  void goneProcessRaisesForEveryGetter() throws Exception {
    Popen child = Popen.start("true");
    child.waitFor(java.time.Duration.ofSeconds(10));
    for (Supplier<?> getter : List.<Supplier<?>>of(child::ppid, child::name, child::cmdline,
        child::memoryInfo, child::uids, child::environ, child::openFiles, child::threads,
        child::cpuAffinity, child::ionice)) {
      try {
        getter.get();
        fail("a getter answered for a reaped process");
      } catch (NoSuchProcessException expected) {
        assertEquals(child.pid(), expected.pid());
      }
    }
    assertThrows(NoSuchProcessException.class, child::kill);
  }
}

package io.hostsql.os.testing;

import io.hostsql.os.Process;
import java.util.List;
import java.util.Map;

/**
 * Run as an unprivileged user by AccessDeniedTest: prints, for each psutil attribute of the
 * given pid, "name=OK" or "name=AD" (AccessDenied).
 */
public final class AccessProbe {
  private static final Object DENIED = new Object();

  private AccessProbe() {
  }

  public static void main(String[] args) {
    Process p = Process.of(Integer.parseInt(args[0]));
    for (String name : Process.ATTRIBUTES) {
      Map<String, Object> v = p.asMap(List.of(name), DENIED);
      System.out.println(name + "=" + (v.get(name) == DENIED ? "AD" : "OK"));
    }
  }
}

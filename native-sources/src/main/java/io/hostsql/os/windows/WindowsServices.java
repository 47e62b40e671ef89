package io.hostsql.os.windows;

import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Parsed;
import io.hostsql.os.ServiceStartType;
import io.hostsql.os.ServiceStatus;
import io.hostsql.os.Services;
import io.hostsql.os.WindowsService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * {@link Services} over a {@link ServiceControl}: the listing, then each service's
 * configuration, description and ServiceDll, as psutil and osquery read them. A service whose
 * configuration is refused keeps its listing's fields; one deleted after the listing is
 * dropped; each is a problem, never a failed listing.
 */
public final class WindowsServices implements Services {
  /** More names than this in one lookup are read by listing all, which is then cheaper. */
  private static final int MAX_NAMED = 256;

  private final ServiceControl control;

  public WindowsServices(ServiceControl control) {
    this.control = control;
  }

  @Override
  public Parsed<WindowsService> all() {
    List<String> problems = new ArrayList<>();
    Win32Buffer listing = control.enumerate();
    if (listing.failed()) {
      problems.add("EnumServicesStatusExW failed: Win32 error " + listing.error());
      return new Parsed<>(List.of(), problems);
    }
    List<WindowsService> out = new ArrayList<>();
    for (ServiceBuffers.Entry e : ServiceBuffers.entries(listing.bytes(), listing.base(),
        listing.count(), problems)) {
      WindowsService s = complete(e.name(), e.displayName(), e.status(), problems);
      if (s != null) {
        out.add(s);
      }
    }
    return new Parsed<>(out, problems);
  }

  @Override
  public Parsed<WindowsService> named(Collection<String> names) {
    if (names.size() > MAX_NAMED) {
      Parsed<WindowsService> all = all();
      List<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
      return new Parsed<>(all.values().stream()
          .filter(s -> wanted.contains(s.name().toLowerCase(Locale.ROOT))).toList(),
          all.problems());
    }
    List<String> problems = new ArrayList<>();
    List<WindowsService> out = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      WindowsService s = byName(name, problems);
      if (s != null) {
        out.add(s);
      }
    }
    return new Parsed<>(out, problems);
  }

  @Override
  public WindowsService get(String name) {
    List<String> problems = new ArrayList<>();
    WindowsService s = byName(name, problems);
    if (s == null) {
      throw new NoSuchProcessException(-1, name, "service '" + name + "' does not exist"
          + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
    }
    return s;
  }

  /** One service opened by name; null when there is none of that name (or it went away). */
  private WindowsService byName(String name, List<String> problems) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    Win32Buffer status = control.status(name);
    if (status.failed()) {
      if (status.notFound()) {
        return null;
      }
      // Refused its status (its security descriptor denies SERVICE_QUERY_STATUS): the listing
      // still shows it, as a scan without the name filter would.
      problems.add("service '" + name + "' status: Win32 error " + status.error()
          + "; read from the listing instead");
      return fromListing(name, problems);
    }
    ServiceBuffers.Status st = ServiceBuffers.status(status.bytes(), name, problems);
    if (st == null) {
      return null;
    }
    WindowsService s = complete(name, null, st, problems);
    if (s == null || s.displayName() == null) {
      return s;
    }
    String key = control.keyName(s.displayName());
    if (key == null || key.equals(name) || !key.equalsIgnoreCase(name)) {
      return s;
    }
    return new WindowsService(key, s.displayName(), s.binpath(), s.username(), s.startType(),
        s.pid(), s.status(), s.description(), s.serviceType(), s.win32ExitCode(),
        s.serviceExitCode(), s.modulePath());
  }

  /** The listed service of this name (in any case), completed; null when none is listed. */
  private WindowsService fromListing(String name, List<String> problems) {
    Win32Buffer listing = control.enumerate();
    if (listing.failed()) {
      problems.add("EnumServicesStatusExW failed: Win32 error " + listing.error());
      return null;
    }
    for (ServiceBuffers.Entry e : ServiceBuffers.entries(listing.bytes(), listing.base(),
        listing.count(), problems)) {
      if (e.name().equalsIgnoreCase(name)) {
        return complete(e.name(), e.displayName(), e.status(), problems);
      }
    }
    return null;
  }

  /**
   * The service with its configuration, description and ServiceDll read; null when it was
   * deleted since it was listed or opened.
   */
  private WindowsService complete(String name, String displayName, ServiceBuffers.Status st,
      List<String> problems) {
    Win32Buffer configBuffer = control.config(name);
    ServiceBuffers.Config config = null;
    if (configBuffer.failed()) {
      if (configBuffer.notFound()) {
        problems.add("service '" + name + "' was deleted after it was listed");
        return null;
      }
      problems.add("service '" + name + "' configuration: Win32 error " + configBuffer.error()
          + (configBuffer.error() == Win32Buffer.ACCESS_DENIED ? " (access denied)" : ""));
    } else {
      config = ServiceBuffers.config(configBuffer.bytes(), configBuffer.base(), name, problems);
    }
    String description = null;
    Win32Buffer d = control.description(name);
    if (d.failed()) {
      if (!d.notFound()) {
        problems.add("service '" + name + "' description: Win32 error " + d.error());
      }
    } else {
      description = ServiceBuffers.description(d.bytes(), d.base(), name, problems);
    }
    Win32Buffer dll = control.serviceDll(name);
    String modulePath = dll == null || dll.failed() ? null : ServiceBuffers.serviceDll(dll.bytes());
    String display = displayName != null ? displayName
        : config == null ? null : config.displayName();
    return new WindowsService(name, display, config == null ? null : config.binaryPath(),
        config == null ? null : config.startName(),
        config == null ? null : ServiceStartType.of(config.startType()),
        st.processId() == 0 ? null : st.processId(), ServiceStatus.of(st.currentState()),
        description == null || description.isEmpty() ? null : description,
        st.serviceType(), st.win32ExitCode(), st.serviceExitCode(), modulePath);
  }
}

package io.hostsql.os;

import java.util.Collection;

/**
 * The Windows services (psutil's {@code win_service_iter()} and {@code win_service_get()}),
 * through the service control manager. Only a Windows platform has them.
 */
public interface Services {
  /** The running machine's, through {@link Platform#current()}. */
  static Services live() {
    return Platform.current().system().services();
  }

  /**
   * Every Win32 service (not drivers, as psutil and osquery list them), with a problem for each
   * one whose configuration or description could not be read (its fields are then null) and
   * each entry that could not be decoded (skipped).
   */
  Parsed<WindowsService> all();

  /**
   * The services of these names, each opened by name instead of listing all; a name no
   * service has is left out.
   */
  Parsed<WindowsService> named(Collection<String> names);

  /**
   * One service by name (psutil's win_service_get).
   *
   * @throws NoSuchProcessException when no service has this name, as psutil raises
   *     NoSuchProcess
   */
  WindowsService get(String name);
}

package io.hostsql.os.windows;

import io.hostsql.os.Battery;
import io.hostsql.os.Fan;
import io.hostsql.os.OsException;
import io.hostsql.os.Sensors;
import io.hostsql.os.Temperature;
import java.util.ArrayList;
import java.util.List;

/**
 * psutil's sensors on Windows: only sensors_battery, from GetSystemPowerStatus (psutil has no
 * temperatures or fans there, and neither does this).
 */
final class WindowsSensors implements Sensors {
  private final SystemCalls calls;

  WindowsSensors(SystemCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<Temperature> temperatures() {
    throw new OsException("psutil reads no temperatures on Windows");
  }

  @Override
  public List<Fan> fans() {
    throw new OsException("psutil reads no fans on Windows");
  }

  /** Null when the machine has no battery (BatteryFlag 128), as psutil's None. */
  @Override
  public Battery battery() {
    List<String> problems = new ArrayList<>();
    Win32Buffer status = calls.powerStatus();
    Battery b = PowerStatusBuffer.battery(Calls.ok(status, "GetSystemPowerStatus"), problems);
    if (b == null && !problems.isEmpty()) {
      throw new OsException(String.join("; ", problems));
    }
    return b;
  }
}

package io.hostsql.os.windows;

import io.hostsql.os.Battery;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Decodes GetSystemPowerStatus's SYSTEM_POWER_STATUS as psutil's sensors_battery does: no
 * battery (BatteryFlag 128) is null; plugged in (ACLineStatus 1) or charging (flag 8) leaves
 * POWER_TIME_UNLIMITED seconds; a BatteryLifeTime of -1 is POWER_TIME_UNKNOWN.
 */
final class PowerStatusBuffer {
  /** sizeof(SYSTEM_POWER_STATUS). */
  static final int SIZE = 12;
  private static final int NO_BATTERY = 128;
  private static final int CHARGING = 8;

  private PowerStatusBuffer() {
  }

  /** The battery, or null when there is none or the buffer is short (a problem). */
  static Battery battery(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    if (b.limit() < SIZE) {
      problems.add("system power status: " + b.limit() + " bytes, " + SIZE + " needed");
      return null;
    }
    int acLine = b.get(0) & 0xff;
    int flags = b.get(1) & 0xff;
    int percent = b.get(2) & 0xff;
    int lifeTime = b.getInt(4);
    if ((flags & NO_BATTERY) != 0) {
      return null;
    }
    boolean plugged = acLine == 1;
    long secondsLeft = plugged || (flags & CHARGING) != 0 ? Battery.UNLIMITED
        : lifeTime == -1 ? Battery.UNKNOWN : lifeTime & 0xffffffffL;
    return new Battery(percent, secondsLeft, plugged);
  }
}

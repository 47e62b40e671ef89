package io.hostsql.os;

import java.util.Map;

/**
 * The firmware's description of the machine (SMBIOS/DMI) as the kernel exports it under
 * /sys/class/dmi/id: vendor, product, board, serials. Serial numbers and the product UUID are
 * readable by root only; virtual machines and containers may have no DMI at all.
 */
public interface Dmi {
  /** The running machine's, through {@link Platform#current()}. */
  static Dmi live() {
    return Platform.current().system().dmi();
  }

  /**
   * Every readable field (sys_vendor, product_name, product_uuid, board_serial...), by file
   * name, trimmed. A field the caller may not read is absent, as is the whole table on a
   * machine without DMI.
   */
  Map<String, String> fields();
}

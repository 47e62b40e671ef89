package io.hostsql.os;

/**
 * A USB device attached now (/sys/bus/usb/devices, interfaces left out), with the strings the
 * device itself reports; a string the device does not report is null.
 *
 * @param bus the bus number
 * @param address the device's address on its bus
 * @param port the port of its parent hub it is plugged into (the last number of its path;
 *     0 for a root hub)
 * @param path the kernel's name for it (1-1.2: bus 1, port 1, then port 2 of that hub)
 * @param vendorId idVendor, four hex digits
 * @param vendor the manufacturer string
 * @param modelId idProduct, four hex digits
 * @param model the product string
 * @param version bcdDevice, the device's release, four hex digits
 * @param serial the serial number string
 * @param classId bDeviceClass, two hex digits (00: defined per interface)
 * @param subclassId bDeviceSubClass
 * @param protocolId bDeviceProtocol
 * @param removable "removable", "fixed" or "unknown", as the hub describes the port
 */
public record UsbDevice(int bus, int address, int port, String path, String vendorId,
    String vendor, String modelId, String model, String version, String serial,
    String classId, String subclassId, String protocolId, String removable) {
}

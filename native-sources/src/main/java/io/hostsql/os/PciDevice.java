package io.hostsql.os;

/**
 * A PCI function the kernel enumerated (/sys/bus/pci/devices), with the names the PCI ID
 * database (pci.ids) gives its numbers; a name is null where the database has none (or is
 * not installed). Ids are lowercase hex without "0x", as lspci -nn prints them.
 *
 * @param slot the domain:bus:device.function address (0000:00:02.0)
 * @param classId the base class, two hex digits (02)
 * @param className the base class's name (Network controller)
 * @param subclassId the subclass, two hex digits (00)
 * @param subclassName the subclass's name (Ethernet controller)
 * @param progIf the programming interface, two hex digits
 * @param vendorId the vendor, four hex digits
 * @param vendor the vendor's name
 * @param modelId the device, four hex digits
 * @param model the device's name
 * @param subsystemVendorId the subsystem (board) vendor, or null when it is 0000 (none)
 * @param subsystemVendor its name
 * @param subsystemModelId the subsystem device, or null with no subsystem vendor
 * @param subsystemModel its name
 * @param revision the revision, two hex digits
 * @param driver the bound kernel driver, or null when none is bound
 */
public record PciDevice(String slot, String classId, String className, String subclassId,
    String subclassName, String progIf, String vendorId, String vendor, String modelId,
    String model, String subsystemVendorId, String subsystemVendor, String subsystemModelId,
    String subsystemModel, String revision, String driver) {
}

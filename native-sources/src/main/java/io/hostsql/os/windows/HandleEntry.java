package io.hostsql.os.windows;

/**
 * One SYSTEM_HANDLE_TABLE_ENTRY_INFO_EX: a handle some process holds.
 *
 * @param pid UniqueProcessId, the holder
 * @param handle HandleValue, in the holder's table
 * @param access GrantedAccess
 * @param typeIndex ObjectTypeIndex: the kind of object (file, event, key...)
 */
record HandleEntry(long pid, long handle, int access, int typeIndex, int attributes) {
}

package io.hostsql.os;

/**
 * One record of utmp or wtmp (utmp(5)): a login, a logout, a boot, a run-level change.
 *
 * @param username the user (for a boot record, "reboot"; for a run-level, "runlevel")
 * @param tty the terminal line, "~" for system records
 * @param pid the process
 * @param type the ut_type number
 * @param typeName its name: empty, run-lvl, boot-time, new-time, old-time, init-process,
 *     login-process, user-process, dead-process, accounting
 * @param time when, in seconds since the epoch
 * @param host the remote host or the kernel release of a boot record
 */
public record LoginRecord(String username, String tty, int pid, int type, String typeName,
    long time, String host) {
}

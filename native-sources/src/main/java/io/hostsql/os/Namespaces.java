package io.hostsql.os;

/**
 * The namespaces a process is in, each as its nsfs inode number (what /proc/PID/ns/NAME
 * links to, "net:[4026531840]"); null where the kernel refuses the link to the reader (another
 * user's process) or has no such namespace.
 *
 * @param pid the process
 * @param cgroup the cgroup namespace
 * @param ipc the IPC namespace
 * @param mnt the mount namespace
 * @param net the network namespace
 * @param pidNs the pid namespace
 * @param user the user namespace
 * @param uts the UTS (host name) namespace
 */
public record Namespaces(int pid, String cgroup, String ipc, String mnt, String net,
    String pidNs, String user, String uts) {
}

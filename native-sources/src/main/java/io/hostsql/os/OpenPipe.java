package io.hostsql.os;

/**
 * One end of a pipe a process holds open, paired with one descriptor of another end (osquery's
 * process_open_pipes row). A pipe nobody else holds gives one row without a partner.
 *
 * @param pid the process holding this end
 * @param fd its descriptor number
 * @param mode "r", "w" or "rw", from the descriptor's open flags
 * @param inode the pipe's inode: pipefs's for an anonymous pipe, the FIFO file's for a named one
 * @param type "anonymous" (pipe(2)) or "named" (a FIFO in the file system)
 * @param partnerPid the process holding the other descriptor, or null when there is none
 * @param partnerFd that process's descriptor number, or null
 * @param partnerMode that descriptor's mode, or null
 */
public record OpenPipe(int pid, int fd, String mode, long inode, String type,
    Integer partnerPid, Integer partnerFd, String partnerMode) {
}

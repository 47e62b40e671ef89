package io.hostsql.os;

/**
 * A socket, psutil's {@code sconn}/{@code pconn}.
 *
 * @param fd the owner's descriptor number, -1 when unknown
 * @param family INET, INET6 or UNIX
 * @param type STREAM, DGRAM or SEQPACKET
 * @param laddr the local end
 * @param raddr the remote end ({@link Endpoint#NONE} when not connected; always for UNIX)
 * @param status the TCP state, NONE for UDP and UNIX
 * @param pid the owning process, or null when unknown (not visible to the caller)
 * @param inode the socket's inode, the key that ties it to its owner's descriptor
 */
public record NetConnection(int fd, AddressFamily family, SocketType type, Endpoint laddr,
    Endpoint raddr, ConnectionStatus status, Integer pid, long inode) {
}

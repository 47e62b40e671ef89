package io.hostsql.os;

/**
 * A login session from utmp, psutil's {@code suser}.
 *
 * @param name the user name
 * @param terminal the tty ("pts/0"), or null
 * @param host the remote host, "localhost" for a local X display
 * @param started when the session started, whole seconds since the epoch
 * @param pid the login process
 */
public record User(String name, String terminal, String host, long started, int pid) {
}

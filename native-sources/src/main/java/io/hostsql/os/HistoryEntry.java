package io.hostsql.os;

/**
 * One command of a user's shell history.
 *
 * @param uid the user whose file it is
 * @param username that user's name
 * @param time when it ran (seconds since the epoch), from bash's #EPOCH lines or zsh's
 *     extended format; 0 where the file does not say
 * @param command the command line (a multi-line zsh command joined with newlines)
 * @param historyFile the file's path
 */
public record HistoryEntry(long uid, String username, long time, String command, String historyFile) {
}

package io.hostsql.os;

/**
 * A real/effective/saved id triple, as psutil's {@code uids()} and {@code gids()} return.
 *
 * @param real the real id
 * @param effective the effective id, the one permission checks use
 * @param saved the saved set-id
 */
public record Ids(int real, int effective, int saved) {
}

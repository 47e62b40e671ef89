package io.hostsql.os;

import java.util.List;

/**
 * What {@link Processes#waitProcs} found: the processes that ended (each with its
 * {@link Process#exitCode()}) and those still running when the time ran out.
 *
 * @param gone ended processes
 * @param alive still running
 */
public record WaitResult(List<Process> gone, List<Process> alive) {
}

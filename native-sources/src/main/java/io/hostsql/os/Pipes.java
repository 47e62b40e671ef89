package io.hostsql.os;

import java.util.Set;

/**
 * The pipes processes hold open and which processes hold their other ends, so that a pipeline
 * (or a covert channel between two processes) shows as pairs of descriptors.
 */
public interface Pipes {
  /**
   * The pipe descriptors of these processes, each paired with every descriptor of the same
   * pipe that can talk to it (a reader with a writer, or any end opened for both). Partners are
   * looked for among every process the reader may inspect; processes it may not are counted in
   * the problems.
   *
   * @param pids the processes whose ends are wanted, or null for all
   */
  Parsed<OpenPipe> open(Set<Integer> pids);
}

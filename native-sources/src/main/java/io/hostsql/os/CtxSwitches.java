package io.hostsql.os;

/**
 * psutil's {@code num_ctx_switches()}.
 *
 * @param voluntary switches because the process waited
 * @param involuntary switches because the scheduler preempted it
 */
public record CtxSwitches(long voluntary, long involuntary) {
}

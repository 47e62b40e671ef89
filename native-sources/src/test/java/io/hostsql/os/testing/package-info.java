/**
 * What the tests of every module share (published in native-sources' test jar): fixture procfs
 * trees, child processes, commands run as oracles, psutil's view, query rows as text, and
 * LiveBounds for comparing live values with an oracle read before and after.
 */
package io.hostsql.os.testing;

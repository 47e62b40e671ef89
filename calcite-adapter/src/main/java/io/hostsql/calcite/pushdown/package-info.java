/**
 * What a scan may take from its filters: pinned keys, equality guards, OR shortcuts. May import
 * io.hostsql.calcite.table and Calcite.
 */
package io.hostsql.calcite.pushdown;

/**
 * hostsql schedule: osqueryd's scheduled queries and result logs. May import io.hostsql.jdbc and
 * io.hostsql.calcite.osquery.
 */
package io.hostsql.jdbc.schedule;

/**
 * Tests of the audit tables (kernel, accounts, network configuration, devices...) through the
 * driver, each against the tool or file that answers the same question.
 */
package io.hostsql.jdbc.audit;

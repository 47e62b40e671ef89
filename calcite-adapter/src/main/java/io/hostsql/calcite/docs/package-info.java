/**
 * docs/tables.md, generated from the table declarations. May import io.hostsql.calcite.table
 * only.
 */
package io.hostsql.calcite.docs;

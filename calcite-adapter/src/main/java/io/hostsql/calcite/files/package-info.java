/**
 * The files and file_hashes tables: PathKeyedTable reads only the paths and directories a
 * filter or a lookup join names (PathConstraints), and refuses to walk without one; DigestCache
 * keeps a file's digests while its size and times stay the same. May import
 * io.hostsql.calcite.table, plan and pushdown, io.hostsql.os.files and Calcite.
 */
package io.hostsql.calcite.files;

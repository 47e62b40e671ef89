-- File systems over 90 % full, in space or in inodes.
-- What it finds: mounted file systems with less than 10 % left for unprivileged users.
-- Why it matters: a full disk stops databases, logs and package managers; running out of inodes
-- does the same with space left.
-- A hit means: clean up or grow the file system before it fills.
SELECT mountpoint, device, fstype, total, used, free, percent,
       CASE WHEN inodes_total > 0
            THEN 100.0 * (inodes_total - inodes_free) / inodes_total END AS inodes_percent
  FROM disk_partitions
 WHERE percent > 90
    OR (inodes_total > 0 AND 100.0 * (inodes_total - inodes_free) / inodes_total > 90);

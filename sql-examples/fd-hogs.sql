-- Processes close to their open-file limit.
-- What it finds: processes using more than 80 % of their RLIMIT_NOFILE soft limit.
-- Why it matters: at the limit, accept() and open() fail with EMFILE and services fall over.
-- A hit means: a descriptor leak or a limit set too low.
SELECT p.pid, p.name, p.num_fds, r.soft AS nofile_limit,
       100.0 * p.num_fds / r.soft AS percent_used
  FROM processes p
  JOIN process_rlimits r ON r.pid = p.pid AND r.resource = 'nofile'
 WHERE r.soft > 0 AND p.num_fds > 0.8 * r.soft
 ORDER BY percent_used DESC;

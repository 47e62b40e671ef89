-- Root processes working in world-writable directories.
-- What it finds: processes running as root whose working directory is /tmp, /var/tmp or /dev/shm.
-- Why it matters: a root process that writes relative paths in a world-writable directory can be
-- tricked by files another user plants there.
-- A hit means: review what the process writes, and run it from a private directory.
SELECT pid, name, cwd, cmdline
  FROM processes
 WHERE uid = 0 AND (cwd IN ('/tmp', '/var/tmp', '/dev/shm') OR cwd LIKE '/tmp/%');

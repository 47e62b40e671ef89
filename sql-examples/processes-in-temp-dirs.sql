-- Processes running from /tmp, /dev/shm or a hidden directory.
-- What it finds: executables or working directories in world-writable or hidden places.
-- Why it matters: droppers and miners unpack into /tmp or /dev/shm, and hide in dot-directories.
-- A hit means: a program started from a place where anyone can write; find out who put it there.
SELECT pid, name, username, exe, cwd, cmdline
  FROM processes
 WHERE exe LIKE '/tmp/%' OR exe LIKE '/var/tmp/%' OR exe LIKE '/dev/shm/%'
    OR exe LIKE '%/.%' OR cwd LIKE '/dev/shm%';

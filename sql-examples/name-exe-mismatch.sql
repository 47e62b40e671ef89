-- Processes whose name does not match their executable.
-- What it finds: user processes whose name is not the file name of their executable.
-- Why it matters: malware renames itself (prctl, argv[0]) to look like a kernel thread or a
-- system daemon.
-- A hit means: check whether the name change is legitimate (interpreters, busybox, wrappers).
SELECT pid, name, exe, username
  FROM processes
 WHERE exe IS NOT NULL AND exe <> ''
   AND exe NOT LIKE '%/' || name
   AND exe NOT LIKE '%/' || name || '%';

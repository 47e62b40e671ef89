-- Memory mapped from deleted files.
-- What it finds: mappings of libraries or binaries that were deleted or replaced on disk.
-- Why it matters: after a library upgrade, processes keep the old (maybe vulnerable) code mapped;
-- injected code is often mapped from a deleted file.
-- A hit means: the process runs code that is no longer on disk; restart it.
SELECT m.pid, p.name, m.path, m.perms, m.size
  FROM process_memory_maps m
  JOIN processes p ON p.pid = m.pid
 WHERE m.deleted;

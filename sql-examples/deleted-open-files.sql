-- Deleted files still held open.
-- What it finds: files removed from the directory tree that a process still has open.
-- Why it matters: their space is not freed until the holder closes them (df and du disagree),
-- and attackers hide data or logs this way.
-- A hit means: restart or signal the holder to release the space; look at what it hides.
SELECT f.pid, p.name, p.username, f.fd, f.path, f.position
  FROM process_open_files f
  JOIN processes p ON p.pid = f.pid
 WHERE f.deleted;

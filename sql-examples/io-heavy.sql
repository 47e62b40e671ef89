-- Processes doing the most disk I/O.
-- What it finds: processes ranked by bytes read from and written to storage since they started.
-- Why it matters: a process hammering the disk slows every other one.
-- A hit means: a heavy reader or writer; the *_chars columns include cache hits.
SELECT pid, name, username, read_bytes, write_bytes, read_chars, write_chars
  FROM processes
 WHERE read_bytes IS NOT NULL
 ORDER BY read_bytes + write_bytes DESC
 LIMIT 10;

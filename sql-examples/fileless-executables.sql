-- Code running from memory rather than from a file.
-- What it finds: processes executing a memfd (memfd_create) image, or with an executable
-- mapping of a memfd or of a deleted file.
-- Why it matters: "fileless" malware loads itself into an anonymous memory file and runs it,
-- leaving nothing on disk for a scanner; JITs use memfds too, so check the owner.
-- A hit means: executable code whose file cannot be found on disk.
SELECT m.pid, p.name, p.exe, m.path, m.perms, m.start_address
  FROM process_mappings m
  JOIN processes p ON p.pid = m.pid
 WHERE m.perms LIKE '__x%'
   AND (m.path LIKE '/memfd:%' OR m.deleted)
 ORDER BY m.pid, m.start_address;

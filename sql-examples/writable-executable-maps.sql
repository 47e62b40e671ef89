-- Memory that is writable and executable at once.
-- What it finds: mappings with both w and x permissions.
-- Why it matters: W^X is the norm; rwx memory is where injected shellcode runs (JITs aside).
-- A hit means: a JIT (java, node, browsers) or injected code; the path says which.
SELECT m.pid, p.name, m.address, m.perms, m.path, m.size
  FROM process_memory_maps m
  JOIN processes p ON p.pid = m.pid
 WHERE m.perms LIKE '_wx_';

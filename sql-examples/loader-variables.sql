-- Processes started with dynamic-loader variables.
-- What it finds: LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT and LD_DEBUG in a process's environment.
-- Why it matters: LD_PRELOAD injects a library into every program a process starts; rootkits
-- and credential stealers use it.
-- A hit means: the process loads code its binary did not ask for; read the value.
SELECT e.pid, p.name, p.username, e.name AS variable, e.value
  FROM process_environ e
  JOIN processes p ON p.pid = e.pid
 WHERE e.name IN ('LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'LD_DEBUG');

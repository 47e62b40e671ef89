-- Top CPU consumers right now.
-- What it finds: the processes using the most CPU, measured over the connection's sampling window
-- (100 ms on the first scan; since the previous scan afterwards).
-- Why it matters: the first question when a machine is slow or hot.
-- A hit means: a process busy on the CPU; above 100 means it uses more than one CPU.
SELECT pid, name, username, cpu_percent, num_threads, cmdline
  FROM processes
 ORDER BY cpu_percent DESC
 LIMIT 10;

-- Processes with the most threads.
-- What it finds: processes ranked by thread count, with their context switches.
-- Why it matters: runaway thread pools exhaust memory and pids; high involuntary switches mean
-- the process fights for the CPU.
-- A hit means: many threads; compare with what the service should run.
SELECT pid, name, num_threads, voluntary_ctx_switches, involuntary_ctx_switches
  FROM processes
 ORDER BY num_threads DESC
 LIMIT 10;

-- Load average against the number of CPUs.
-- What it finds: the 1, 5 and 15 minute load divided by the logical CPUs.
-- Why it matters: a load per CPU above 1 means work waits for a CPU (or for disk).
-- A hit means: more runnable (or blocked) work than CPUs over that period.
SELECT l.load1, l.load5, l.load15, h.cpu_count_logical,
       l.load1 / h.cpu_count_logical AS load1_per_cpu
  FROM load_average l CROSS JOIN host h;

-- Swap pressure.
-- What it finds: how much swap is in use and how much has moved since boot, beside free memory.
-- Why it matters: steady swapping turns a fast machine into a slow one.
-- A hit means: sout growing between runs while available memory is low.
SELECT s.total AS swap_total, s.used AS swap_used, s.percent AS swap_percent,
       s.sin, s.sout, v.available, v.percent AS memory_percent
  FROM swap_memory s CROSS JOIN virtual_memory v;

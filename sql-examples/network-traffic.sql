-- Traffic and errors per network interface.
-- What it finds: bytes and packets each way, and error and drop counters, since the interface came up.
-- Why it matters: errors and drops point at bad cables, full buffers or a misconfigured link.
-- A hit means: an interface with non-zero errin/errout/dropin/dropout.
SELECT i.nic, s.isup, s.speed, i.bytes_recv, i.bytes_sent, i.errin, i.errout, i.dropin, i.dropout
  FROM net_io_counters i
  LEFT JOIN net_if_stats s ON s.nic = i.nic
 ORDER BY i.bytes_recv + i.bytes_sent DESC;

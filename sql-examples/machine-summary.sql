-- One line about the machine.
-- What it finds: host name, OS, kernel, uptime, CPUs, memory and root file system usage.
-- Why it matters: the context every other answer needs.
-- A hit means: (always one row) read it before reading anything else.
SELECT h.hostname, h.os_pretty_name, h.kernel_release, h.uptime, h.cpu_count_logical,
       v.total AS memory_total, v.percent AS memory_percent, d.percent AS root_disk_percent
  FROM host h
  CROSS JOIN virtual_memory v
  LEFT JOIN disk_partitions d ON d.mountpoint = '/';

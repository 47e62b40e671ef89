-- Network interfaces in promiscuous mode.
-- What it finds: interfaces that receive every frame on the wire, not only their own.
-- Why it matters: a sniffer (tcpdump, or something worse) puts the interface in this mode.
-- A hit means: someone is capturing traffic on that interface.
SELECT nic, isup, flags, mtu
  FROM net_if_stats
 WHERE flags LIKE '%promisc%';

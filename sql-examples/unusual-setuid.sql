-- Processes whose effective user differs from their real user.
-- What it finds: set-user-id programs in action (su, sudo, passwd) and anything else that changed
-- its effective uid.
-- Why it matters: privilege changes are expected from a few programs only.
-- A hit means: a process running with another user's rights; check that it is one of the expected.
SELECT pid, name, username, uid, euid, suid, exe
  FROM processes
 WHERE uid <> euid OR uid <> suid;

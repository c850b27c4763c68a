import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// Debian's dovecot-imapd (see .ci/run), started on a local port with its own configuration in
// a temporary folder: a real IMAP server for the bounce-mailbox tests. Skips visibly when the
// binary is missing.
export const DOVECOT = "/usr/sbin/dovecot";
export const dovecotAvailable = fs.existsSync(DOVECOT);
if (!dovecotAvailable)
  console.warn(`SKIPPING IMAP tests: ${DOVECOT} not installed (dovecot-imapd)`);

export const IMAP_USER = "bounces";
export const IMAP_PASSWORD = "salasana";
// The test servers' port range of this project's tests (3640–3669).
const PORTS = [3650, 3669] as const;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function waitForPort(port: number, log: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) {
          const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
          reject(new Error(`dovecot did not start on ${port}:\n${text}`));
        } else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

// Dovecot refuses to run mail processes as root: as root, mail belongs to its own user.
function mailOwner() {
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!() };
  const id = (flag: string) => Number(execFileSync("id", [flag, "dovecot"]).toString().trim());
  return { uid: id("-u"), gid: id("-g") };
}

function config(dir: string, port: number): string {
  const owner = mailOwner();
  for (const sub of ["mail", "home"]) {
    fs.mkdirSync(path.join(dir, sub));
    fs.chownSync(path.join(dir, sub), owner.uid, owner.gid);
  }
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
first_valid_uid = ${owner.uid}
default_internal_user = ${os.userInfo().username === "root" ? "dovecot" : os.userInfo().username}
default_login_user = ${os.userInfo().username === "root" ? "dovenull" : os.userInfo().username}
passdb {
  driver = static
  args = password=${IMAP_PASSWORD}
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`;
}

// Starts dovecot; gives the BOUNCE_IMAP_URL of its INBOX and a stop function.
export async function startDovecot() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dovecot-"));
  fs.chmodSync(dir, 0o755);
  let port = 0;
  for (let p = PORTS[0] + Math.floor(Math.random() * 10); p <= PORTS[1]; p++) {
    if (await portFree(p)) {
      port = p;
      break;
    }
  }
  if (!port) throw new Error("no free port in 3650–3669 for dovecot");
  fs.writeFileSync(path.join(dir, "dovecot.conf"), config(dir, port));
  const child: ChildProcess = spawn(DOVECOT, ["-F", "-c", path.join(dir, "dovecot.conf")], {
    stdio: "ignore",
  });
  await waitForPort(port, path.join(dir, "dovecot.log")).catch((error: unknown) => {
    child.kill("SIGTERM");
    throw error;
  });
  return {
    url: `imap://${IMAP_USER}:${IMAP_PASSWORD}@127.0.0.1:${port}/INBOX`,
    port,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      if (!process.env.KEEP_DOVECOT) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

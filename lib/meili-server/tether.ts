import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { isProcessAlive } from "./process-alive";

let setprivPath: string | null | undefined;

/** util-linux's setpriv, present on every Debian-like system; null elsewhere. */
function setpriv(): string | null {
  if (setprivPath === undefined) {
    const found = process.platform === "linux" ? spawnSync("sh", ["-c", "command -v setpriv"], { encoding: "utf8" }) : null;
    setprivPath = found?.status === 0 ? found.stdout.trim() || null : null;
  }
  return setprivPath;
}

/**
 * Spawns a child that receives SIGTERM when this process dies, even by SIGKILL, so a killed
 * script leaves no server behind. `setpriv --pdeathsig` sets the kernel's parent-death signal
 * and then execs the command, so the child keeps its pid. Without setpriv (macOS) the child is
 * spawned plainly and only a graceful stop of this process stops it.
 */
export function canTether(): boolean {
  return setpriv() !== null;
}

export function spawnTethered(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const wrapper = setpriv();
  return wrapper ? spawn(wrapper, ["--pdeathsig", "TERM", "--", command, ...args], options) : spawn(command, args, options);
}

function parentOf(pid: number): number | null {
  try {
    // The command name is in parentheses and may hold spaces: the fields after the last ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

// npm runs a script as npm → sh -c → tsx → node; a signal to npm kills only the shell, which
// leaves tsx and this process running with a live parent. So every launcher above us is watched.
const LAUNCHER = /^(npm.*|node|sh|dash|tsx)$/;

/** The pids of the launcher processes above this one (npm, sh, tsx), nearest first. */
export function launcherChain(): number[] {
  const chain: number[] = [process.ppid];
  for (let pid = parentOf(process.ppid); pid && pid > 1 && LAUNCHER.test(commandName(pid)) && chain.length < 8; pid = parentOf(pid)) chain.push(pid);
  return chain;
}

/** Calls `onGone` once when this process's parent changes or a launcher above it exits. */
export function watchLaunchers(onGone: (why: string) => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const chain = launcherChain();
  const timer = setInterval(() => {
    const dead = chain.find((pid) => !isProcessAlive(pid));
    if (process.ppid === parent && dead === undefined) return;
    clearInterval(timer);
    onGone(dead === undefined ? `parent ${parent} exited` : `launcher process ${dead} exited`);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "./process-alive";

/**
 * Who runs the Meilisearch of a data directory. Two servers on one directory corrupt it,
 * so the first process writes this file and every later one reads it: it uses that server
 * or refuses. A lock whose owner is dead (or from before a reboot) is stale and taken over.
 */
export interface DataDirLock {
  /** The process that started Meilisearch and will stop it: `npm start`, an ingest, a test. */
  pid: number;
  role: "serve" | "ingest" | "other";
  url: string;
  meiliPid: number;
  bootId: string | null;
  startedAt: string;
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, "server.lock");
}

function bootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return null;
  }
}

function readLockAt(file: string): DataDirLock | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as DataDirLock;
  } catch {
    return null;
  }
}

function readLock(dataDir: string): DataDirLock | null {
  return readLockAt(lockFile(dataDir));
}

function isLive(lock: DataDirLock): boolean {
  const sameBoot = lock.bootId === null || bootId() === null || lock.bootId === bootId();
  return sameBoot && isProcessAlive(lock.pid);
}

/** The lock of a server that is running now, or null (no lock, or a stale one). */
export function liveLock(dataDir: string): DataDirLock | null {
  const lock = readLock(dataDir);
  return lock && isLive(lock) ? lock : null;
}

/**
 * Takes the data directory for this process, or returns the live lock that holds it.
 * Creating the file with O_EXCL makes two processes racing for a stale lock agree on one winner.
 */
export function claimLock(dataDir: string, role: DataDirLock["role"]): { claimed: true } | { claimed: false; holder: DataDirLock } {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = readLock(dataDir);
    if (current && isLive(current) && current.pid !== process.pid) return { claimed: false, holder: current };
    if (current || existsSync(lockFile(dataDir))) {
      // Stale: move it aside first, so only one of two racing processes removes it.
      const aside = `${lockFile(dataDir)}.stale-${process.pid}`;
      try {
        renameSync(lockFile(dataDir), aside);
      } catch {
        continue;
      }
      const moved = readLockAt(aside);
      // Another process replaced the stale lock between our read and the rename: give its lock back.
      if (moved && isLive(moved) && moved.pid !== process.pid) renameSync(aside, lockFile(dataDir));
      else unlinkSync(aside);
      continue;
    }
    const lock: DataDirLock = { pid: process.pid, role, url: "", meiliPid: 0, bootId: bootId(), startedAt: new Date().toISOString() };
    try {
      writeFileSync(lockFile(dataDir), JSON.stringify(lock), { flag: "wx", mode: 0o600 });
      return { claimed: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error(`could not take ${lockFile(dataDir)}: other processes keep claiming it`);
}

/** Records where this process's Meilisearch listens, for the processes that will join it. */
export function updateLock(dataDir: string, fields: Pick<DataDirLock, "url" | "meiliPid">): void {
  const lock = readLock(dataDir);
  if (lock?.pid !== process.pid) return;
  const next = `${lockFile(dataDir)}.${process.pid}`;
  writeFileSync(next, JSON.stringify({ ...lock, ...fields }), { mode: 0o600 });
  renameSync(next, lockFile(dataDir));
}

export function releaseLock(dataDir: string): void {
  if (readLock(dataDir)?.pid !== process.pid) return;
  try {
    unlinkSync(lockFile(dataDir));
  } catch {
    // already gone
  }
}

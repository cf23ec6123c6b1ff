import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimLock, liveLock, lockFile, releaseLock, updateLock } from "@/lib/meili-server/data-dir-lock";
import { assertStrongMasterKey } from "@/lib/meili-server/master-key";

const dir = () => mkdtempSync(path.join(tmpdir(), "lock-"));
const DEAD_PID = 2 ** 22 + 1;

describe("the data directory lock", () => {
  it("is taken by the first process and names it to the next", () => {
    const d = dir();
    expect(claimLock(d, "serve")).toEqual({ claimed: true });
    updateLock(d, { url: "http://127.0.0.1:7700", meiliPid: 42 });
    expect(liveLock(d)).toMatchObject({ pid: process.pid, role: "serve", url: "http://127.0.0.1:7700", meiliPid: 42 });
    releaseLock(d);
    expect(liveLock(d)).toBeNull();
  });

  it("held by a live process of another pid is not taken", () => {
    const d = dir();
    writeFileSync(lockFile(d), JSON.stringify({ pid: process.ppid, role: "serve", url: "u", meiliPid: 1, bootId: null, startedAt: "" }));
    expect(claimLock(d, "ingest")).toMatchObject({ claimed: false, holder: { pid: process.ppid, role: "serve" } });
  });

  it("left by a dead process, or from before a reboot, is taken over", () => {
    for (const stale of [
      { pid: DEAD_PID, bootId: null },
      { pid: process.ppid, bootId: "another-boot" },
    ]) {
      const d = dir();
      writeFileSync(lockFile(d), JSON.stringify({ ...stale, role: "serve", url: "u", meiliPid: 1, startedAt: "" }));
      expect(claimLock(d, "ingest")).toEqual({ claimed: true });
      expect(JSON.parse(readFileSync(lockFile(d), "utf8"))).toMatchObject({ pid: process.pid, role: "ingest" });
    }
  });
});

describe("the master key", () => {
  it("must hold at least 16 bytes", () => {
    expect(() => assertStrongMasterKey("", "key file")).toThrow(/key file holds a master key of 0 bytes; at least 16/);
    expect(() => assertStrongMasterKey("fifteen-bytes..", "key file")).toThrow(/15 bytes/);
    expect(() => assertStrongMasterKey("sixteen-bytes...", "key file")).not.toThrow();
  });
});

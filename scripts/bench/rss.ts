import { readdirSync, readFileSync } from "node:fs";

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const visit = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return out;
}

/** Resident memory of a process and its children, in MB (Linux /proc); null without a pid. */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  return Math.round(descendants(pid).reduce((kb, p) => kb + statusKb(p, "VmRSS"), 0) / 1024);
}

/** The largest peak resident memory (VmHWM) of a process or any of its children so far, in MB. */
export function peakRssMb(pid: number): number {
  return Math.round(Math.max(0, ...descendants(pid).map((p) => statusKb(p, "VmHWM"))) / 1024);
}

/** CPU time (user + system) a process has used so far, in seconds (Linux /proc); 0 once it has ended. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, the 14th and 15th fields of stat (the 12th and 13th after the command name).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

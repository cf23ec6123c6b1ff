import type { Index, Meilisearch } from "meilisearch";
import { describe, expect, it } from "vitest";
import { DocumentBatches, IN_FLIGHT } from "@/lib/search/batches";

type Doc = { id: string; text: string };

/** Records what the batches send (NDJSON bodies), and when each task finishes (only when `finish` is called). */
function recordingEngine() {
  const sent: Doc[][] = [];
  const bodies: string[] = [];
  const done = new Set<number>();
  const index = {
    addDocumentsFromString: async (body: string, type: string) => {
      expect(type).toBe("application/x-ndjson");
      bodies.push(body);
      sent.push(body.split("\n").map((line) => JSON.parse(line) as Doc));
      return { taskUid: sent.length - 1 };
    },
  } as unknown as Index<Doc>;
  const admin = {
    tasks: { getTask: async (uid: number) => ({ uid, status: done.has(uid) ? "succeeded" : "processing" }) },
  } as unknown as Meilisearch;
  return { sent, bodies, index, admin, finish: (uid: number) => done.add(uid) };
}

const doc = (i: number, size = 1000): Doc => ({ id: String(i), text: "x".repeat(size) });

describe("payload-bounded document batches", () => {
  it("never sends a body over the byte limit or the count limit, and sends every document once", async () => {
    const engine = recordingEngine();
    for (let i = 0; i < 25; i++) engine.finish(i);
    const batches = new DocumentBatches(engine.admin, engine.index, 10_000, 4);
    for (let i = 0; i < 25; i++) await batches.add(doc(i, 3000));
    await batches.flush();
    for (const body of engine.bodies) expect(Buffer.byteLength(body)).toBeLessThanOrEqual(10_000);
    for (const batch of engine.sent) expect(batch.length).toBeLessThanOrEqual(4);
    expect(engine.sent.flat().map((d) => d.id)).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
  });

  it("keeps classifying while up to IN_FLIGHT batches are being indexed, and waits beyond that", async () => {
    const engine = recordingEngine();
    const batches = new DocumentBatches(engine.admin, engine.index, 1_000_000, 1);
    const adding = (async () => {
      for (let i = 0; i <= IN_FLIGHT + 1; i++) await batches.add(doc(i));
    })();
    await new Promise((r) => setTimeout(r, 50));
    // One document per batch: IN_FLIGHT batches sent, the next one waits for the first task to finish.
    expect(engine.sent.length).toBe(IN_FLIGHT);
    engine.finish(0);
    await adding;
    expect(engine.sent.length).toBe(IN_FLIGHT + 1);
    for (let i = 0; i <= IN_FLIGHT + 1; i++) engine.finish(i);
    await batches.flush();
    expect(engine.sent.length).toBe(IN_FLIGHT + 2);
  });
});

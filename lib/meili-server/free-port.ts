import { createServer } from "node:net";

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === "EADDRINUSE") resolve(freePort(0));
      else reject(error);
    });
    server.listen(preferred, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : preferred;
      server.close(() => resolve(port));
    });
  });
}

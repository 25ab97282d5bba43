import type { Server } from "node:http";

/** Starts listening, rejecting when the port is taken instead of emitting an unhandled error. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
}

/** Stops accepting requests and lets keep-alive connections go, so shutdown does not hang. */
export function close(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    server.closeIdleConnections();
  });
}

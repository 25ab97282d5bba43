import type { Agent } from "node:http";

/** One GET over a kept-alive connection; resolves with the status once the body is read. */
export function httpGet(agent: Agent, url: string, cookie?: string): Promise<number>;

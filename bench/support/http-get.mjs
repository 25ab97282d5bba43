// One GET over a kept-alive connection, shared by the web bench and its worker-thread load
// generator. Plain JavaScript: workers get no tsx.
import { request } from "node:http";

/**
 * @param {import("node:http").Agent} agent
 * @param {string} url
 * @param {string} [cookie]
 * @returns {Promise<number>} the status, once the body is read
 */
export function httpGet(agent, url, cookie) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

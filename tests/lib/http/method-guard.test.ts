import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardMethods, setGuardHeaders } from "@/lib/http/method-guard.mjs";
import { rawRequest, requestText } from "@/tests/e2e/support/raw-http";

// A real Node server standing in for Next's: its listener answers whatever reaches it.
describe("guardMethods", () => {
  let server: http.Server;
  let port: number;
  const reached: string[] = [];

  beforeAll(async () => {
    guardMethods();
    server = http.createServer((request, response) => {
      reached.push(request.method!);
      response.end(`next answered ${request.method}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  it("waits for the security headers when a request comes before the server has started", async () => {
    const early = rawRequest(port, requestText("TRACE", "/"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    setGuardHeaders([{ key: "X-Frame-Options", value: "DENY" }]);
    const answer = await early;
    expect(answer.status).toBe(501);
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  });

  it("answers TRACE and other methods no route implements with 501 itself, echoing nothing", async () => {
    setGuardHeaders([{ key: "Content-Security-Policy", value: "default-src 'self'" }]);
    for (const method of ["TRACE", "PROPFIND", "MKCOL", "PURGE", "QUERY"]) {
      const answer = await rawRequest(
        port,
        requestText(
          method,
          "/api/x",
          ["Cookie: istunto=salainen", "Content-Length: 7"],
          "salaista",
        ),
      );
      expect(answer.status, method).toBe(501);
      expect(answer.headers["content-security-policy"]).toBe("default-src 'self'");
      expect(answer.headers["cache-control"]).toBe("no-store");
      expect(answer.body).toBe("Palvelin ei tue tätä pyyntötapaa.\n");
    }
    expect(reached.filter((m) => m !== "GET")).not.toContain("TRACE");
  });

  it("leaves GET, HEAD, POST, OPTIONS, PUT, DELETE and PATCH to the server's own listener", async () => {
    for (const method of ["GET", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]) {
      const answer = await rawRequest(port, requestText(method, "/"));
      expect(answer.body, method).toBe(`next answered ${method}`);
    }
    expect((await rawRequest(port, requestText("HEAD", "/"))).status).toBe(200);
    expect(reached).toEqual(["GET", "POST", "OPTIONS", "PUT", "DELETE", "PATCH", "HEAD"]);
  });
});

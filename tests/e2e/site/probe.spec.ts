// What an attacker on the internet tried against `next start` (issue 23), as requests to the
// e2e server: each case here is a defence that must keep holding.
import { expect, test } from "@playwright/test";
import { waitForMail } from "../mail-outbox";
import { E2E_OUTBOX_DIR } from "../newsletter-env";
import { rawRequest, requestText } from "../support/raw-http";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const HERE = `127.0.0.1:${PORT}`;
const SEED =
  "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu";
const FORM = "application/x-www-form-urlencoded";
const signup = (name: string) =>
  `email=${name}.${Date.now()}${Math.floor(Math.random() * 1000)}%40esimerkki.fi&topics=talous`;

test.describe("cross-site posts", () => {
  // A DNS-rebinding page is same-origin to the browser: Host and Origin both name its domain.
  test("a sign-up posted by a DNS-rebinding page is refused with 403", async ({ request }) => {
    const rebinding: Record<string, string>[] = [
      { host: "evil.example", origin: "http://evil.example", "sec-fetch-site": "same-origin" },
      { host: "evil.example", referer: "http://evil.example/lomake" },
    ];
    for (const headers of rebinding) {
      const response = await request.post("/api/newsletter/subscribe", {
        headers: { ...headers, "content-type": FORM },
        data: signup("dns"),
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
  });

  test("a sign-up from the address the tests use (ALLOWED_ORIGINS) is accepted", async ({
    request,
  }) => {
    const response = await request.post("/api/newsletter/subscribe", {
      headers: { origin: `http://${HERE}`, "sec-fetch-site": "same-origin", "content-type": FORM },
      data: signup("oma"),
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
  });

  // Not /api/newsletter/unsubscribe: RFC 8058's one-click post comes from the mail provider,
  // cross-site by design, and the token in its address is the whole authority.
  for (const path of [
    "/api/newsletter/subscribe",
    "/api/newsletter/confirm",
    "/api/newsletter/manage",
  ]) {
    test(`${path} refuses foreign, null, same-site and cross-site posts with 403`, async ({
      request,
    }) => {
      const foreign: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: "http://localhost:3000", "sec-fetch-site": "same-site" },
        { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      ];
      for (const headers of foreign) {
        const response = await request.post(path, {
          headers: { ...headers, "content-type": FORM },
          data: "token=x&email=a%40b.fi&topics=talous",
          maxRedirects: 0,
        });
        expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    });
  }

  test("a text/plain post (what a cross-site form can send without a preflight) gets 415", async ({
    request,
  }) => {
    const response = await request.post("/api/newsletter/subscribe", {
      headers: { "content-type": "text/plain" },
      data: "email=a@b.fi",
    });
    expect(response.status()).toBe(415);
  });
});

test.describe("redirects", () => {
  for (const target of [
    "//evil.example",
    "//evil.example/%2F..",
    "/\\evil.example",
    "/\\/evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/.//evil.example",
    "/uutiset//evil.example",
    "/uutiset/%2F%2Fevil.example/",
    "/uutiset/\\evil.example/",
    `${SEED}/`,
  ]) {
    test(`${JSON.stringify(target)} never sends the browser to another host`, async () => {
      const answer = await rawRequest(
        PORT,
        requestText("GET", target, ["X-Forwarded-Host: evil.example"]),
      );
      expect(answer.status, target).toBeLessThan(500);
      const location = answer.headers.location;
      if (location) expect(new URL(location, `http://${HERE}`).host).toBe(HERE);
    });
  }

  test("a forged Host or X-Forwarded-Host never shows up in a redirect or a page", async () => {
    for (const target of ["/uutiset/", `${SEED}/`, "/uutiskirje/"]) {
      const answer = await rawRequest(
        PORT,
        requestText("GET", target, [
          "X-Forwarded-Host: evil.example",
          "X-Forwarded-Proto: https",
        ]).replace("Host: 127.0.0.1", "Host: evil.example"),
      );
      expect(answer.headers.location ?? "", target).not.toContain("evil.example");
      expect(answer.body, target).not.toContain("evil.example");
    }
  });
});

test.describe("bodies", () => {
  test("a 10 MB sign-up body gets 413", async ({ request }) => {
    const response = await request.post("/api/newsletter/subscribe", {
      headers: { "content-type": FORM },
      data: `email=a%40b.fi&topics=talous&x=${"a".repeat(10 * 1024 * 1024)}`,
    });
    expect(response.status()).toBe(413);
  });

  for (const [name, lengths] of [
    ["two different Content-Lengths", ["Content-Length: 5", "Content-Length: 6"]],
    ["Content-Length with chunked", ["Content-Length: 5", "Transfer-Encoding: chunked"]],
    ["a negative Content-Length", ["Content-Length: -1"]],
    ["a Content-Length that is no number", ["Content-Length: 5x"]],
  ] as const) {
    test(`${name} gets 400`, async () => {
      const answer = await rawRequest(
        PORT,
        requestText(
          "POST",
          "/api/newsletter/subscribe",
          [`Content-Type: ${FORM}`, ...lengths],
          "email=a%40b.fi",
        ),
      );
      expect(answer.status).toBe(400);
    });
  }
});

test.describe("the build", () => {
  test("serves no source maps and names none in its scripts", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(await (await request.get(src)).text(), src).not.toContain("sourceMappingURL");
      expect((await request.get(`${src}.map`)).status(), `${src}.map`).toBe(404);
    }
  });
});

test.describe("the page cache", () => {
  const INTERNAL: Record<string, string>[] = [
    { rsc: "1" },
    { rsc: "1", "next-router-prefetch": "1" },
    { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
    { "next-router-state-tree": "%5B%22%22%5D", rsc: "1" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-prefetch": "1" },
    { "x-now-route-matches": "year=2099&slug=tuleva" },
  ];

  test("RSC, prefetch and internal headers cannot make a page's plain answer anything but its HTML", async ({
    request,
  }) => {
    for (const path of [SEED, "/uutiset", "/"]) {
      for (const headers of INTERNAL) await request.get(path, { headers });
      const plain = await request.get(path);
      expect(plain.status(), path).toBe(200);
      expect(plain.headers()["content-type"], path).toContain("text/html");
      expect(await plain.text(), path).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  test("x-middleware-subrequest cannot walk past proxy.ts to cache a made-up address", async ({
    request,
  }) => {
    for (const headers of INTERNAL) {
      const response = await request.get("/uutiset/2023/keksitty-osoite", { headers });
      expect(response.status(), JSON.stringify(headers)).toBe(404);
      expect(response.headers()["cache-control"], JSON.stringify(headers)).toContain("no-store");
    }
  });
});

test.describe("fields and parameters", () => {
  test("an address with CR/LF or a comma (more recipients to a mailer) gets 400", async ({
    request,
  }) => {
    for (const email of [
      "a@b.fi\r\nBcc: kaikki@b.fi",
      "a@b.fi\nBcc: kaikki@b.fi",
      "a@b.fi,c@d.fi",
    ]) {
      const response = await request.post("/api/newsletter/subscribe", {
        form: { email, topics: "talous" },
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(email)).toBe(400);
    }
  });

  const MARKUP = `"><svg onload=alert(1)><script>alert(2)</script>'`;
  const escapedEverywhere = (body: string) => !/<svg onload|<script>alert\(2\)/.test(body);
  for (const [path, params] of [
    ["/haku", ["q", "aihe", "vuosi", "sivu"]],
    ["/uutiskirje/vahvista", ["token"]],
    ["/uutiskirje/asetukset", ["token", "tila"]],
  ] as const) {
    test(`${path} shows its parameters as text, never as markup`, async ({ request }) => {
      for (const name of params) {
        const url = `${path}?${name}=${encodeURIComponent(MARKUP)}&q=talo`;
        const response = await request.get(url);
        expect(response.status(), url).toBeLessThan(500);
        expect(escapedEverywhere(await response.text()), url).toBe(true);
      }
    });
  }

  test("/api/haku gives its parameters back only inside JSON a browser will not sniff", async ({
    request,
  }) => {
    for (const name of ["q", "aihe", "vuosi", "sivu"]) {
      const response = await request.get(`/api/haku?${name}=${encodeURIComponent(MARKUP)}`);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      await response.json();
    }
  });
});

test.describe("tokens", () => {
  test("a tampered token and a token made for another purpose open nothing", async ({
    request,
  }) => {
    const email = `tunniste.${Date.now()}@esimerkki.fi`;
    const signedUp = await request.post("/api/newsletter/subscribe", {
      headers: { origin: `http://${HERE}` },
      form: { email, topics: "talous" },
      maxRedirects: 0,
    });
    expect(signedUp.status()).toBe(303);
    const link = (await waitForMail(E2E_OUTBOX_DIR, email)).links.find((l) =>
      l.includes("/uutiskirje/vahvista?token="),
    )!;
    const confirmToken = new URL(link).searchParams.get("token")!;
    const tampered = `${confirmToken.slice(0, -2)}${confirmToken.endsWith("A") ? "BB" : "AA"}`;
    // Pages: a Finnish 404. Posts: 400. The confirm token is no manage token.
    expect((await request.get(`/uutiskirje/vahvista?token=${tampered}`)).status()).toBe(404);
    expect((await request.get(`/uutiskirje/asetukset?token=${confirmToken}`)).status()).toBe(404);
    const post = (path: string, token: string) =>
      request.post(path, {
        headers: { origin: `http://${HERE}` },
        form: { token, topics: "talous" },
        maxRedirects: 0,
      });
    expect((await post("/api/newsletter/confirm", tampered)).status()).toBe(400);
    expect((await post("/api/newsletter/manage", confirmToken)).status()).toBe(400);
    expect((await post("/api/newsletter/confirm", confirmToken)).status()).toBe(303);
  });
});

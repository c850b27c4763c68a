import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findSuppression,
  listSuppressionLifts,
  migrate,
  openDatabase,
  suppressAddress,
  type Db,
} from "@/lib/db";
import { subscribersCli } from "@/tests/helpers/subscribers-cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unsuppress-cli-"));
const url = `file:${path.join(dir, "site.db")}`;
const subscribers = subscribersCli(url);

describe("npm run subscribers -- unsuppress EMAIL --reason …", () => {
  let db: Db;
  beforeAll(async () => {
    db = openDatabase({ url });
    await migrate(db);
    const since = Date.parse("2026-11-01T07:00:00Z");
    await suppressAddress(db, {
      email: "palannut@example.fi",
      reason: "hard-bounce",
      since,
      until: null,
      statusCode: "5.1.1",
    });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to lift a suppression without a reason, and changes nothing", () => {
    const result = subscribers("unsuppress", "palannut@example.fi");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--reason "…" is required');
  });

  it("lifts even a hard bounce, in any letter case, and keeps the reason on record", async () => {
    const reason = "Lukija soitti: postilaatikko toimii taas (tiketti 4411)";
    const result = subscribers("unsuppress", "Palannut@Example.fi", "--reason", reason);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Lifted the hard-bounce suppression (5.1.1) of P***@Example.fi",
    );
    expect(await findSuppression(db, "palannut@example.fi", Date.now())).toBeNull();
    expect(await listSuppressionLifts(db, "palannut@example.fi")).toEqual([
      expect.objectContaining({ reason, by: "operator", was: "hard-bounce", statusCode: "5.1.1" }),
    ]);
  });

  it("says so, exiting 1, when the address has no suppression", () => {
    const result = subscribers("unsuppress", "palannut@example.fi", "--reason", "uudelleen");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("has no suppression");
  });
});

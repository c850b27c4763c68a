import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSubscriberByEmail, migrate, openDatabase, type Db } from "@/lib/db";
import { addConfirmedSubscriber } from "@/tests/helpers/issue-send";
import { subscribersCli } from "@/tests/helpers/subscribers-cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unsubscribe-cli-"));
const url = `file:${path.join(dir, "site.db")}`;
const subscribers = subscribersCli(url);

describe("npm run subscribers -- unsubscribe EMAIL", () => {
  let db: Db;
  beforeAll(async () => {
    db = openDatabase({ url });
    await migrate(db);
    await addConfirmedSubscriber(db, "Lahtija@Example.fi", ["talous"]);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("unsubscribes a reader named in any letter case, which ends the letters", async () => {
    const before = await findSubscriberByEmail(db, "lahtija@example.fi");
    const result = subscribers("unsubscribe", "LAHTIJA@EXAMPLE.FI");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Unsubscribed L***@EXAMPLE.FI (was confirmed).");
    const after = await findSubscriberByEmail(db, "lahtija@example.fi");
    expect(after).toMatchObject({ status: "unsubscribed" });
    // The consent the reader's old links were issued for has ended.
    expect(after!.tokenVersion).not.toBe(before!.tokenVersion);
  });

  it("says so, and changes nothing, for an address unsubscribed already or never on the list", async () => {
    const again = subscribers("unsubscribe", "lahtija@example.fi");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("was unsubscribed already");
    const unknown = subscribers("unsubscribe", "tuntematon@example.fi");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("No subscriber with that address.");
    expect(await findSubscriberByEmail(db, "tuntematon@example.fi")).toBeUndefined();
  });
});

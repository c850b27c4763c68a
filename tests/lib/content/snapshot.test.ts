import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkArticles } from "@/lib/content/loader";
import { contentFingerprint, readSnapshot, writeSnapshot } from "@/lib/content/snapshot";
import { article, makeContentDir } from "../../helpers/content-dir";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup() {
  const { dir, cleanup } = makeContentDir({
    "2024/a.md": article({ title: "Ensimmäinen", date: "2024-01-02" }),
    "2024/b.md": article({ title: "Toinen", date: "2024-01-03" }),
  });
  const cache = mkdtempSync(path.join(tmpdir(), "snapshot-"));
  cleanups.push(cleanup, () => rmSync(cache, { recursive: true, force: true }));
  const file = path.join(cache, "content-snapshot.json");
  const fingerprint = contentFingerprint(dir);
  writeSnapshot(file, dir, fingerprint, checkArticles(dir).articles);
  return { dir, file };
}

describe("content snapshot", () => {
  it("gives the checked articles back while no file has changed", () => {
    const { dir, file } = setup();
    expect(
      readSnapshot(file, dir)
        ?.map((a) => a.title)
        .sort(),
    ).toEqual(["Ensimmäinen", "Toinen"]);
  });

  it("is refused once an article is edited, so a build never shows stale text", () => {
    const { dir, file } = setup();
    writeFileSync(path.join(dir, "2024/a.md"), article({ title: "Korjattu", date: "2024-01-02" }));
    expect(readSnapshot(file, dir)).toBeNull();
  });

  it("is refused when a file is added or only its modification time changes", () => {
    const { dir, file } = setup();
    utimesSync(path.join(dir, "2024/b.md"), new Date(), new Date(Date.now() + 5000));
    expect(readSnapshot(file, dir)).toBeNull();
    const again = setup();
    writeFileSync(
      path.join(again.dir, "2024/c.md"),
      article({ title: "Kolmas", date: "2024-01-04" }),
    );
    expect(readSnapshot(again.file, again.dir)).toBeNull();
  });

  it("is refused for another content folder and when missing or unreadable", () => {
    const { file } = setup();
    const other = setup();
    expect(readSnapshot(file, other.dir)).toBeNull();
    expect(readSnapshot(path.join(path.dirname(file), "none.json"), other.dir)).toBeNull();
    writeFileSync(file, "{not json");
    expect(readSnapshot(file, other.dir)).toBeNull();
  });
});

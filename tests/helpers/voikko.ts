import { spawnSync } from "node:child_process";
import path from "node:path";

// Debian's Voikko (python3-libvoikko, voikko-fi; installed by .ci/run), the reference the
// search's handling of Finnish word forms is measured against. Debian's own python3, as
// libvoikko is a Debian package and not one of pip's.
const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(import.meta.dirname, "voikko.py");

// One reading of a word (see tests/helpers/voikko.py for the attributes kept).
export type Reading = {
  BASEFORM?: string;
  CLASS?: string;
  STRUCTURE?: string;
  WORDBASES?: string;
  FSTOUTPUT?: string;
  NUMBER?: string;
  SIJAMUOTO?: string;
  POSSESSIVE?: string;
  PARTICIPLE?: string;
};

function voikkoAnswers(): boolean {
  const probe = spawnSync(PYTHON, ["-c", "import libvoikko; libvoikko.Voikko('fi')"], {
    stdio: "ignore",
  });
  return probe.status === 0;
}

export const voikkoAvailable = voikkoAnswers();
if (!voikkoAvailable) {
  console.warn(
    `SKIPPING the Voikko evaluation of search: ${PYTHON} cannot load libvoikko with Finnish ` +
      "(apt-get install python3-libvoikko voikko-fi)",
  );
}

// Sends requests to voikko.py, in batches so that no single line grows too long.
function ask<T>(requests: object[]): T[] {
  const result = spawnSync(PYTHON, [SCRIPT], {
    input: requests.map((r) => JSON.stringify(r)).join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`voikko.py failed: ${result.stderr}`);
  return result.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

const BATCH = 20_000;
const batches = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) =>
    list.slice(i * BATCH, (i + 1) * BATCH),
  );

// Gives Voikko's readings of each word (none for a word it does not know).
export function analyzeWords(words: Iterable<string>): Map<string, Reading[]> {
  const answers = ask<Record<string, Reading[]>>(
    batches([...new Set(words)]).map((analyze) => ({ analyze })),
  );
  return new Map(answers.flatMap((answer) => Object.entries(answer)));
}

// Gives the candidate forms that Voikko reads as forms of the base form paired with them.
export function acceptedForms(pairs: [form: string, base: string][]): [string, string][] {
  return ask<[string, string][]>(batches(pairs).map((accept) => ({ accept }))).flat();
}

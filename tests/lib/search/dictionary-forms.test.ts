import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/search-index";
import { buildEvaluation } from "../../helpers/dictionary-forms";
import { percent, scoreEvaluation } from "../../helpers/dictionary-forms-score";
import { seedArticles } from "../../helpers/search-fixtures";
import { voikkoAvailable } from "../../helpers/voikko";

// Issue 20: Voikko (Debian's Finnish morphology, installed by .ci/run) reads every word of the
// site's articles; each noun, adjective and proper name must find its article when asked in
// its dictionary form and in each of its other case forms, and no query may find an article
// by a word that is none of its forms (nor a compound ending or starting with it).
describe.skipIf(!voikkoAvailable)("search, measured against Voikko over content/", () => {
  it("finds each article by 98 % or more of its words' dictionary and case forms, and by no other word", () => {
    const index = buildSearchIndex(seedArticles());
    const score = scoreEvaluation(index, buildEvaluation(index));
    const all = {
      asked: score.base.asked + score.inflected.asked,
      found: score.base.found + score.inflected.found,
    };
    expect(score.base.asked).toBeGreaterThan(50);
    expect(percent(score.base), score.misses.join("\n")).toBeGreaterThanOrEqual(98);
    expect(percent(all), score.misses.join("\n")).toBeGreaterThanOrEqual(98);
    expect(score.falseExamples).toEqual([]);
    expect(score.falseHits).toEqual({ base: 0, inflected: 0 });
  }, 120_000);
});

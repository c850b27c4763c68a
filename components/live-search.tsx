"use client";

import { useEffect, useRef, useState } from "react";
import type { SearchInput, SearchResult } from "@/lib/search/search";
import { searchPath } from "@/lib/search/search-params";
import { SearchForm, type SearchOptions } from "./search-form";
import { SearchResults } from "./search-results";

type Props = { input: SearchInput; result: SearchResult | null; options: SearchOptions };

// Waits this long after the last key before asking the server: one request per pause, not per key.
const DEBOUNCE_MS = 250;

// The search form and its results, rendered on the server as a plain GET form; with
// JavaScript the results follow the reader's typing (from /api/haku) and the address follows
// the results, so it can still be shared.
export function LiveSearch(props: Props) {
  const [input, setInput] = useState(props.input);
  const [result, setResult] = useState(props.result);
  const [failed, setFailed] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      window.history.replaceState(null, "", searchPath(input));
      if (!input.q.trim()) return setResult(null);
      try {
        const response = await fetch(searchPath(input, "/api/haku"), { signal: controller.signal });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setResult((await response.json()) as SearchResult);
        setFailed(false);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [input]);

  return (
    <>
      <SearchForm input={input} options={props.options} onChange={setInput} />
      {failed && (
        <p role="alert" className="mt-4 text-red-800">
          Haku ei juuri nyt onnistunut. Paina Hae-painiketta yrittääksesi uudelleen.
        </p>
      )}
      <SearchResults input={input} result={result} />
    </>
  );
}

"use client";

import { useState, useSyncExternalStore } from "react";

type Mode = "share" | "copy" | null;

const subscribe = () => () => {};
const clientMode = (): Mode => (typeof navigator.share === "function" ? "share" : "copy");
// On the server and before hydration there is no button: without JavaScript it could do nothing.
const serverMode = (): Mode => null;

// Shares the canonical URL with the Web Share API where the browser has it, otherwise copies it
// and says so in a live region; the plain links beside it work without JavaScript.
export function ShareButton({ url, title }: { url: string; title: string }) {
  const mode = useSyncExternalStore(subscribe, clientMode, serverMode);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Linkki kopioitu");
    } catch {
      setStatus(`Kopiointi ei onnistunut. Osoite: ${url}`);
    }
  }

  async function onClick() {
    setStatus("");
    if (mode !== "share") return copy();
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The reader closed the share sheet: nothing to report.
      if (error instanceof DOMException && error.name === "AbortError") return;
      await copy();
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {mode && (
        <button
          type="button"
          onClick={onClick}
          className="rounded border border-brand bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark"
        >
          {mode === "share" ? "Jaa…" : "Kopioi linkki"}
        </button>
      )}
      <p role="status" className="text-sm text-slate-800">
        {status}
      </p>
    </div>
  );
}

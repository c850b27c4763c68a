import type { SearchInput } from "@/lib/search/search";

export type SearchOptions = {
  topics: { slug: string; label: string; isMain: boolean }[];
  years: number[];
};

type Props = {
  input: SearchInput;
  options: SearchOptions;
  onChange?: (input: SearchInput) => void;
};

// The search page's GET form: works as a plain form; the live search listens to its changes.
export function SearchForm({ input, options, onChange }: Props) {
  const change = (patch: Partial<SearchInput>) => onChange?.({ ...input, ...patch, page: 1 });
  const controlled = onChange !== undefined;
  const value = <T,>(v: T) => (controlled ? { value: v } : { defaultValue: v });
  return (
    <form
      role="search"
      aria-label="Hae artikkeleita"
      action="/haku"
      method="get"
      className="mt-4 grid gap-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div>
        <label htmlFor="haku-q" className="block font-semibold">
          Hakusanat
        </label>
        <p id="haku-ohje" className="text-sm text-slate-700">
          Taivutusmuodot ja yhdyssanojen osat löytyvät, ääkköset saa jättää pois.
        </p>
        <input
          id="haku-q"
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          aria-describedby="haku-ohje"
          {...value(input.q)}
          onChange={controlled ? (e) => change({ q: e.target.value }) : undefined}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="haku-aihe" className="block font-semibold">
          Aihe
        </label>
        <select
          id="haku-aihe"
          name="aihe"
          {...value(input.topic ?? "")}
          onChange={controlled ? (e) => change({ topic: e.target.value || undefined }) : undefined}
          className="mt-1 rounded border border-slate-500 px-2 py-2"
        >
          <option value="">Kaikki aiheet</option>
          {options.topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.isMain ? t.label : `– ${t.label}`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="haku-vuosi" className="block font-semibold">
          Vuosi
        </label>
        <select
          id="haku-vuosi"
          name="vuosi"
          {...value(input.year ? String(input.year) : "")}
          onChange={
            controlled
              ? (e) => change({ year: e.target.value ? Number(e.target.value) : undefined })
              : undefined
          }
          className="mt-1 rounded border border-slate-500 px-2 py-2"
        >
          <option value="">Kaikki vuodet</option>
          {options.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Hae
      </button>
    </form>
  );
}

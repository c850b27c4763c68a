// Slugs that name listing paths: /uutiset/YYYY/sivu/N would shadow an article slugged "sivu".
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["sivu"]);

const FINNISH_LETTERS: Record<string, string> = { ä: "a", ö: "o", å: "a", é: "e", ü: "u" };

// Gives an ASCII URL slug: "Työperäinen ihmiskauppa" → "tyoperainen-ihmiskauppa".
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöåéü]/g, (letter) => FINNISH_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 96)
    .replace(/-+$/g, "");
}

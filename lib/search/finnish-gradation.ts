// Consonant gradation at the end of a stem (folded spelling): the strong grade in open
// syllables, the weak in closed ones (kauppa/kaupan, katu/kadun, hanke/hankkeen). `head` is
// the stem up to its last vowel(s): "kaupp" of kauppa, "hank" of hanke. Both functions give
// every grade the letters allow; a wrong guess makes a word that no article has.

import { isVowel } from "./finnish-stem-kinds";

// Strong → weak pairs for the last two letters of `head`.
const WEAK_PAIRS: Record<string, string> = {
  kk: "k",
  pp: "p",
  tt: "t",
  nk: "ng",
  mp: "mm",
  lt: "ll",
  nt: "nn",
  rt: "rr",
  ht: "hd",
};

// Gives the weak grades of `head`: kaupp → kaup, kat → kad, lup → luv, jalk → jal, aik → aj.
export function weakGrades(head: string): string[] {
  if (head.length < 2) return [];
  const pair = WEAK_PAIRS[head.slice(-2)];
  if (pair) return [head.slice(0, -2) + pair];
  const last = head.at(-1)!;
  const before = head.at(-2)!;
  const rest = head.slice(0, -1);
  if (last === "k") {
    if (before === "l" || before === "r") return [rest, `${rest}j`]; // jalka/jalan, arki/arjen
    if (before === "h") return [rest]; // vihko/vihon
    if (!isVowel(before)) return [];
    const grades = [rest]; // laki/lain, tuki/tuen
    if (before === "u" || before === "y") grades.push(`${rest}v`); // puku/puvun
    if (before === "i" && isVowel(head.at(-3))) grades.push(`${head.slice(0, -2)}j`); // aika/ajan
    return grades;
  }
  if (last === "p" && (isVowel(before) || before === "l" || before === "r")) return [`${rest}v`]; // lupa/luvan, turpa/turvan
  if (!isVowel(before)) return [];
  if (last === "t") return [`${rest}d`]; // katu/kadun
  return [];
}

// Weak → strong pairs for the last two letters of `head`.
const STRONG_PAIRS: Record<string, string> = {
  ng: "nk",
  mm: "mp",
  ll: "lt",
  nn: "nt",
  rr: "rt",
  hd: "ht",
  lj: "lk",
  rj: "rk",
};

// Gives the strong grades of `head`: hank → hankk (hanke/hankkeen), asiak → asiakk, tarv →
// tarp, sid → sit, rinn → rint, ko → kok (koe/kokeen), aj → aik (ajan/aika).
export function strongGrades(head: string): string[] {
  if (head.length < 2) return [];
  const pair = STRONG_PAIRS[head.slice(-2)];
  if (pair) return [head.slice(0, -2) + pair];
  const last = head.at(-1)!;
  const rest = head.slice(0, -1);
  if (isVowel(last)) return [`${head}k`];
  if ("lrh".includes(last) && isVowel(head.at(-2))) return [`${head}k`]; // korko/koron, jalka/jalan
  if (last === "k" || last === "p" || last === "t") return [head + last];
  // j after a vowel is the weak grade of k after i (aika/ajan, poika/pojan).
  if (last === "j" && isVowel(head.at(-2))) return [`${rest}ik`];
  if (last === "v") return [`${rest}p`];
  if (last === "d") return [`${rest}t`];
  return [];
}

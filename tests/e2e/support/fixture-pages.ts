import { previewPath } from "@/lib/publishing/preview-link";
import { E2E_TOKEN_SECRET } from "../newsletter-env";

// A preview link of the fixture site (what npm run preview-link prints, made with the fixture
// server's TOKEN_SECRET), a week from the start of the UTC day: the same in Playwright's runner
// and its workers, whose test titles carry it.
const startOfDay = () => Math.floor(Date.now() / 86_400_000) * 86_400_000;
export const previewOf = (fileKey: string, now = startOfDay(), days = 7) =>
  previewPath(E2E_TOKEN_SECRET, fileKey, now, days);

// One URL per page type of the fixture site (see support/build-fixture-site.ts).
export const PAGE_TYPES = {
  home: "/",
  archive: "/uutiset",
  "archive page 2": "/uutiset/sivu/2",
  year: "/uutiset/2024",
  topic: "/aiheet/juridiikka",
  subtopic: "/aiheet/tyooikeus",
  article: "/uutiset/2024/verohallinto-julkaisi-uuden-ohjeen",
  "updated article":
    "/uutiset/2024/korkein-oikeus-antoi-ennakkopaatoksen-tyosopimuksen-purkamisesta",
  "hostile article": "/uutiset/2024/vihamielinen-sisalto",
  "accessibility statement": "/saavutettavuusseloste",
  "not found": "/uutiset/1999/ei-ole",
  "article preview": previewOf("2024/future.md"),
} as const;

// 24 synthetic + the seed + valid, hostile and updated; the draft and the future one are not.
export const PUBLISHED_COUNT = 28;

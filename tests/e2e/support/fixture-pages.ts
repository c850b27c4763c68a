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
} as const;

// 24 synthetic + the seed + valid, hostile and updated; the draft and the future one are not.
export const PUBLISHED_COUNT = 28;

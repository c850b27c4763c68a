// Names and fixed texts of the publication, in one place.
export const SITE_NAME = "Juridiikan ja talouden uutiskirje";
export const SITE_DESCRIPTION =
  "Uutisia ja ajankohtaista talouden, verotuksen ja juridiikan eri osa-alueilta. Uutiskirje ilmestyy joka arkipäivä.";
export const NEWSLETTER_BLURB =
  "Juridiikan ja talouden uutiskirje kokoaa uutiset ja ajankohtaiset sisällöt talouden, verotuksen ja juridiikan eri osa-alueista yhteen kirjeeseen. Voit räätälöidä kirjeen sisällön sinua kiinnostavista aihealueista. Uutiskirje ilmestyy joka arkipäivä.";
export const FEEDBACK_EMAIL = "saavutettavuus@uutiskirje.example";

export type NavItem = { href: string; label: string };

export const MAIN_NAV: NavItem[] = [
  { href: "/uutiset", label: "Uutiset" },
  { href: "/aiheet/talous", label: "Talous" },
  { href: "/aiheet/verotus", label: "Verotus" },
  { href: "/aiheet/juridiikka", label: "Juridiikka" },
  { href: "/rikoksentorjuntakilpailu", label: "Rikoksentorjuntakilpailu" },
  { href: "/uutiskirje", label: "Uutiskirje" },
];

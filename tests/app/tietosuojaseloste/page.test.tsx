// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import PrivacyNoticePage from "@/app/tietosuojaseloste/page";

afterEach(cleanup);

describe("the privacy notice", () => {
  it("says what is kept of bounces and complaints, and that it goes after 90 days", () => {
    render(<PrivacyNoticePage />);
    expect(
      screen.getByText(/päivämäärä, palautuksen laji, palvelimen tilakoodi ja lyhyt virheilmoitus/),
    ).toBeTruthy();
    expect(screen.getByText(/poistetaan 90 päivän kuluttua/)).toBeTruthy();
    expect(screen.getByText(/myös palautus- ja estotiedot/)).toBeTruthy();
  });

  it("says that a lifted suppression is recorded, why, and for how long", () => {
    render(<PrivacyNoticePage />);
    expect(screen.getByText(/poistamme osoitteesi estolistalta/)).toBeTruthy();
    expect(
      screen.getByText(/estolistalta\s+poistamisista poistetaan 90 päivän kuluttua/),
    ).toBeTruthy();
  });

  it("says that the rhythm chosen is stored", () => {
    render(<PrivacyNoticePage />);
    expect(
      screen.getByText(/tilausrytmin: haluatko kirjeen joka arkipäivä vai kerran viikossa/),
    ).toBeTruthy();
  });
});

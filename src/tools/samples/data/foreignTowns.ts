/**
 * Customers across the border: real towns with their real postal codes (bpost, La Poste
 * suisse, POST Luxembourg). Belgian and Swiss codes have 4 digits, which look like a French
 * code that lost its leading zero: a good trap for address parsing.
 */
export interface ForeignTown {
  readonly country: "BE" | "CH" | "LU";
  readonly postalCode: string;
  readonly town: string;
  readonly streets: readonly string[];
}

export const FOREIGN_TOWNS: readonly ForeignTown[] = [
  { country: "BE", postalCode: "1000", town: "Bruxelles", streets: ["Rue Neuve", "Rue de la Loi", "Boulevard Anspach"] },
  { country: "BE", postalCode: "4000", town: "Liège", streets: ["Rue Saint-Gilles", "Boulevard d'Avroy"] },
  { country: "BE", postalCode: "5000", town: "Namur", streets: ["Rue de Fer", "Avenue de la Gare"] },
  { country: "BE", postalCode: "7000", town: "Mons", streets: ["Rue de Nimy", "Grand-Place"] },
  { country: "BE", postalCode: "1050", town: "Ixelles", streets: ["Avenue Louise", "Chaussée d'Ixelles"] },
  { country: "CH", postalCode: "1204", town: "Genève", streets: ["Rue du Rhône", "Rue de la Croix-d'Or"] },
  { country: "CH", postalCode: "1003", town: "Lausanne", streets: ["Rue de Bourg", "Avenue de la Gare"] },
  { country: "CH", postalCode: "2000", town: "Neuchâtel", streets: ["Rue du Seyon", "Faubourg du Lac"] },
  { country: "CH", postalCode: "1700", town: "Fribourg", streets: ["Rue de Romont", "Boulevard de Pérolles"] },
  { country: "LU", postalCode: "1118", town: "Luxembourg", streets: ["Rue de la Gare", "Boulevard Royal", "Avenue de la Liberté"] },
  { country: "LU", postalCode: "4002", town: "Esch-sur-Alzette", streets: ["Rue de l'Alzette"] },
];

/** How each country is written at the end of an address, by French-speaking staff. */
export const COUNTRY_NAMES: Readonly<Record<ForeignTown["country"], readonly string[]>> = {
  BE: ["Belgique", "BELGIQUE", "Belgium", "BE"],
  CH: ["Suisse", "SUISSE", "Switzerland", "CH"],
  LU: ["Luxembourg", "LUXEMBOURG", "Grand-Duché de Luxembourg"],
};

/**
 * Address corpus for splitAddress: real French towns, postcodes and streets written the ways
 * people type them (order, case, commas, line breaks, abbreviations, bis, complements,
 * CEDEX, BP…), and addresses from other countries. Expected parts are written from the
 * source tuple, never from the parser's output. Fields left out are expected to be "".
 */
export interface ExpectedParts {
  readonly number?: string;
  readonly streetType?: string;
  readonly streetName?: string;
  readonly complement?: string;
  readonly lieuDit?: string;
  readonly postBox?: string;
  readonly postalCode?: string;
  readonly city?: string;
  readonly cedex?: string;
  readonly country: string;
}

export interface CorpusCase {
  readonly input: string;
  readonly expected: ExpectedParts;
}

type Tuple = readonly [number: string, type: string, abbr: string, name: string, code: string, city: string];

// [number, street type, its usual abbreviation, street name, postcode, town] — real streets and codes.
const FRENCH: readonly Tuple[] = [
  ["12", "RUE", "R.", "de la Paix", "75002", "Paris"],
  ["3", "AVENUE", "av.", "Foch", "06000", "Nice"],
  ["45", "BOULEVARD", "bd", "de la Croisette", "06400", "Cannes"],
  ["8", "PLACE", "pl.", "Bellecour", "69002", "Lyon"],
  ["27", "QUAI", "quai", "des Chartrons", "33000", "Bordeaux"],
  ["14", "RUE", "r", "Sainte-Catherine", "33000", "Bordeaux"],
  ["2", "ALLEE", "all.", "des Tilleuls", "44300", "Nantes"],
  ["156", "AVENUE", "ave", "Jean Jaurès", "69007", "Lyon"],
  ["5", "IMPASSE", "imp.", "des Lilas", "31200", "Toulouse"],
  ["22", "CHEMIN", "che", "du Moulin", "13090", "Aix-en-Provence"],
  ["9", "ROUTE", "rte", "de la Wantzenau", "67000", "Strasbourg"],
  ["31", "COURS", "crs", "Mirabeau", "13100", "Aix en Provence"],
  ["7", "RUE", "R", "Nationale", "59000", "Lille"],
  ["18", "BOULEVARD", "bld", "Gambetta", "38000", "Grenoble"],
  ["4", "SQUARE", "sq.", "La Fontaine", "75016", "Paris"],
  ["63", "RUE", "r.", "du Faubourg Saint-Antoine", "75011", "Paris"],
  ["11", "PLACE", "pl", "du Capitole", "31000", "Toulouse"],
  ["40", "AVENUE", "av", "de la République", "75011", "Paris"],
  ["1", "RUE", "r.", "de la République", "69001", "Lyon"],
  ["25", "RUE", "r.", "du Général Leclerc", "35000", "Rennes"],
  ["6", "BOULEVARD", "bd.", "de Strasbourg", "83000", "Toulon"],
  ["99", "RUE", "r.", "de Siam", "29200", "Brest"],
  ["17", "RUE", "r.", "des Tanneurs", "68000", "Colmar"],
  ["2", "PLACE", "pl.", "Stanislas", "54000", "Nancy"],
  ["50", "AVENUE", "av.", "des Champs Élysées", "75008", "Paris"],
  ["10", "RUE", "r.", "Saint-Ferréol", "13001", "Marseille"],
  ["3", "ALLEE", "all", "du Port", "56100", "Lorient"],
  ["15", "RUE", "r.", "de la Liberté", "21000", "Dijon"],
  ["44", "RUE", "r.", "Alsace Lorraine", "31000", "Toulouse"],
  ["8", "AVENUE", "av.", "du Président Wilson", "74000", "Annecy"],
  ["21", "RUE", "r.", "du Vieux Marché", "76000", "Rouen"],
  ["5", "RUE", "r.", "des Cordeliers", "63000", "Clermont-Ferrand"],
  ["12", "CHEMIN", "chem.", "des Vignes", "84000", "Avignon"],
  ["7", "PLACE", "pl.", "de la Comédie", "34000", "Montpellier"],
  ["2", "RUE", "r.", "de l'Église", "42000", "Saint-Étienne"],
  ["19", "AVENUE", "av.", "Victor Hugo", "26000", "Valence"],
  ["33", "RUE", "r.", "Nationale", "37000", "Tours"],
  ["88", "BOULEVARD", "bd", "de la Liberté", "59800", "Lille"],
  ["120", "ROUTE", "rte", "de Narbonne", "31400", "Toulouse"],
  ["6", "IMPASSE", "imp", "du Stade", "97400", "Saint-Denis"],
];

const up = (s: string) => s.toUpperCase();
const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());

function styles([num, type, abbr, name, code, city]: Tuple, i: number): CorpusCase[] {
  const base = { number: num, streetType: type, streetName: up(name), postalCode: code, city: up(city), country: "FR" };
  const typeWord = title(type === "ALLEE" ? "allée" : type);
  const complements = ["Bât A", "Appt 12", "Résidence Les Pins", "Escalier 2", "Chez M. Martin", "3e étage"];
  const complement = complements[i % complements.length]!;
  const all: CorpusCase[] = [
    { input: `${num} ${typeWord} ${name}, ${code} ${city}`, expected: base },
    { input: up(`${num} ${typeWord} ${name} ${code} ${city}`), expected: base },
    { input: `${num} ${typeWord} ${name} ${code} ${city}`.toLowerCase(), expected: base },
    { input: `${code} ${city} ${num} ${typeWord} ${name}`, expected: base },
    { input: `${num} ${typeWord} ${name}\n${code} ${up(city)}`, expected: base },
    { input: `  ${num}   ${abbr}  ${name}    ${code}   ${city} `, expected: base },
    { input: `${num} bis, ${typeWord.toLowerCase()} ${name} ${code} ${up(city)}`, expected: { ...base, number: `${num} BIS` } },
    { input: `${complement} ${num} ${abbr} ${name} ${code} ${city}`, expected: { ...base, complement: up(complement) } },
    { input: `${num} ${typeWord} ${name}, ${code} ${city} CEDEX`, expected: { ...base, cedex: "CEDEX" } },
    { input: `${num} ${typeWord} ${name}, ${code} ${city}, France`, expected: base },
  ];
  // Five or six writings per street, rotating so that every style is used on many streets.
  return all.filter((_, k) => (k + i) % 2 === 0 || k === 0 || k === 7);
}

const HAND_WRITTEN: readonly CorpusCase[] = [
  {
    input: "12 bis, rue de la Paix 75002 PARIS",
    expected: { number: "12 BIS", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "Résidence Les Pins Bât B 3 av. Foch 06000 Nice",
    expected: {
      number: "3",
      streetType: "AVENUE",
      streetName: "FOCH",
      complement: "RÉSIDENCE LES PINS BÂT B",
      postalCode: "06000",
      city: "NICE",
      country: "FR",
    },
  },
  { input: "BP 45 - 13100 Aix en Provence", expected: { postBox: "BP 45", postalCode: "13100", city: "AIX EN PROVENCE", country: "FR" } },
  {
    input: "75002 Paris 12 rue de la paix",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "Appt 12, 3e étage\n5 boulevard Haussmann\n75009 Paris",
    expected: {
      number: "5",
      streetType: "BOULEVARD",
      streetName: "HAUSSMANN",
      complement: "APPT 12 3E ÉTAGE",
      postalCode: "75009",
      city: "PARIS",
      country: "FR",
    },
  },
  { input: "TSA 30110\n69441 LYON CEDEX 03", expected: { postBox: "TSA 30110", postalCode: "69441", city: "LYON", cedex: "CEDEX 03", country: "FR" } },
  { input: "CS 70001 - 33000 Bordeaux Cedex", expected: { postBox: "CS 70001", postalCode: "33000", city: "BORDEAUX", cedex: "CEDEX", country: "FR" } },
  { input: "Lieu-dit Le Bourg, 24200 Sarlat-la-Canéda", expected: { lieuDit: "LE BOURG", postalCode: "24200", city: "SARLAT-LA-CANÉDA", country: "FR" } },
  {
    input: "12 rue des Écoles, Lieu-dit La Forge, 35310 Mordelles",
    expected: { number: "12", streetType: "RUE", streetName: "DES ÉCOLES", lieuDit: "LA FORGE", postalCode: "35310", city: "MORDELLES", country: "FR" },
  },
  { input: "1000 Bourg-en-Bresse", expected: { postalCode: "01000", city: "BOURG-EN-BRESSE", country: "FR" } },
  {
    input: "8 rue du Lycée 1000 Bourg en Bresse",
    expected: { number: "8", streetType: "RUE", streetName: "DU LYCÉE", postalCode: "01000", city: "BOURG EN BRESSE", country: "FR" },
  },
  {
    input: "N°14 avenue Jean Médecin 06000 Nice",
    expected: { number: "14", streetType: "AVENUE", streetName: "JEAN MÉDECIN", postalCode: "06000", city: "NICE", country: "FR" },
  },
  {
    input: "12B rue Nationale 59000 Lille",
    expected: { number: "12B", streetType: "RUE", streetName: "NATIONALE", postalCode: "59000", city: "LILLE", country: "FR" },
  },
  {
    input: "12-14 rue de Rivoli 75004 Paris",
    expected: { number: "12-14", streetType: "RUE", streetName: "DE RIVOLI", postalCode: "75004", city: "PARIS", country: "FR" },
  },
  {
    input: "5 ter avenue de Verdun 92130 Issy-les-Moulineaux",
    expected: { number: "5 TER", streetType: "AVENUE", streetName: "DE VERDUN", postalCode: "92130", city: "ISSY-LES-MOULINEAUX", country: "FR" },
  },
  {
    input: "7 quater rue Victor Hugo 93100 Montreuil",
    expected: { number: "7 QUATER", streetType: "RUE", streetName: "VICTOR HUGO", postalCode: "93100", city: "MONTREUIL", country: "FR" },
  },
  {
    input: "chez Mme Durand, 4 impasse des Roses, 49000 Angers",
    expected: {
      number: "4",
      streetType: "IMPASSE",
      streetName: "DES ROSES",
      complement: "CHEZ MME DURAND",
      postalCode: "49000",
      city: "ANGERS",
      country: "FR",
    },
  },
  {
    input: "ZI des Paluds, 450 avenue de la Fleuride, 13400 Aubagne",
    expected: {
      number: "450",
      streetType: "AVENUE",
      streetName: "DE LA FLEURIDE",
      complement: "ZI DES PALUDS",
      postalCode: "13400",
      city: "AUBAGNE",
      country: "FR",
    },
  },
  {
    input: "ZAC du Moulin 12 rue Ampère 44470 Carquefou",
    expected: { number: "12", streetType: "RUE", streetName: "AMPÈRE", complement: "ZAC DU MOULIN", postalCode: "44470", city: "CARQUEFOU", country: "FR" },
  },
  {
    input: "12 rue de la Paix 75002 Paris 2e",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS 2E", country: "FR" },
  },
  {
    input: "3 place Carnot 69002 LYON 2ème",
    expected: { number: "3", streetType: "PLACE", streetName: "CARNOT", postalCode: "69002", city: "LYON 2ÈME", country: "FR" },
  },
  {
    input: "40 boulevard Baille, 13005 Marseille 5",
    expected: { number: "40", streetType: "BOULEVARD", streetName: "BAILLE", postalCode: "13005", city: "MARSEILLE 5", country: "FR" },
  },
  {
    input: "12 rue de la Paix 75002 Paris Cedex 02",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", cedex: "CEDEX 02", country: "FR" },
  },
  {
    input: "Tour Montparnasse, 33 avenue du Maine, 75015 Paris",
    expected: {
      number: "33",
      streetType: "AVENUE",
      streetName: "DU MAINE",
      complement: "TOUR MONTPARNASSE",
      postalCode: "75015",
      city: "PARIS",
      country: "FR",
    },
  },
  {
    input: "Bâtiment C, escalier 3, 2 allée des Acacias 91000 Évry",
    expected: {
      number: "2",
      streetType: "ALLEE",
      streetName: "DES ACACIAS",
      complement: "BÂTIMENT C ESCALIER 3",
      postalCode: "91000",
      city: "ÉVRY",
      country: "FR",
    },
  },
  { input: "2 Grande Rue 25000 Besançon", expected: { number: "2", streetType: "GRANDE RUE", postalCode: "25000", city: "BESANÇON", country: "FR" } },
  {
    input: "Hameau de la Vallée 71250 Cluny",
    expected: { streetType: "HAMEAU", streetName: "DE LA VALLÉE", postalCode: "71250", city: "CLUNY", country: "FR" },
  },
  {
    input: "5 rond-point des Champs-Élysées 75008 PARIS",
    expected: { number: "5", streetType: "ROND POINT", streetName: "DES CHAMPS-ÉLYSÉES", postalCode: "75008", city: "PARIS", country: "FR" },
  },
  {
    input: "10 rue Pasteur\r\n\r\n67000 Strasbourg",
    expected: { number: "10", streetType: "RUE", streetName: "PASTEUR", postalCode: "67000", city: "STRASBOURG", country: "FR" },
  },
  {
    input: "15, rue du Château ; 37400 Amboise",
    expected: { number: "15", streetType: "RUE", streetName: "DU CHÂTEAU", postalCode: "37400", city: "AMBOISE", country: "FR" },
  },
  { input: "B.P. 12 - 97300 Cayenne", expected: { postBox: "B.P. 12", postalCode: "97300", city: "CAYENNE", country: "FR" } },
  {
    input: "Domaine de la Rivière, 33210 Langon",
    expected: { streetType: "DOMAINE", streetName: "DE LA RIVIÈRE", postalCode: "33210", city: "LANGON", country: "FR" },
  },
  { input: "12 rue de la Paix, Paris", expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", city: "PARIS", country: "FR" } },
  { input: "3 avenue Foch", expected: { number: "3", streetType: "AVENUE", streetName: "FOCH", country: "FR" } },
  {
    input: "8 bd Victor Hugo 06000 NICE FRANCE",
    expected: { number: "8", streetType: "BOULEVARD", streetName: "VICTOR HUGO", postalCode: "06000", city: "NICE", country: "FR" },
  },
  { input: "75002 PARIS CEDEX 02 FRANCE", expected: { postalCode: "75002", city: "PARIS", cedex: "CEDEX 02", country: "FR" } },
  { input: "ZA Les Estroublans 13127 Vitrolles", expected: { complement: "ZA LES ESTROUBLANS", postalCode: "13127", city: "VITROLLES", country: "FR" } },
  {
    input: "13 rue de la Paix, 2ème étage, 75002 Paris",
    expected: { number: "13", streetType: "RUE", streetName: "DE LA PAIX", complement: "2ÈME ÉTAGE", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "Appartement 5 12 rue de la Paix 75002 Paris",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", complement: "APPARTEMENT 5", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "4 Place du 8 Mai 1945 59000 Lille",
    expected: { number: "4", streetType: "PLACE", streetName: "DU 8 MAI 1945", postalCode: "59000", city: "LILLE", country: "FR" },
  },
  {
    input: "10 rue du 14 Juillet 75011 Paris",
    expected: { number: "10", streetType: "RUE", streetName: "DU 14 JUILLET", postalCode: "75011", city: "PARIS", country: "FR" },
  },
  { input: "Route de Lyon 38000 Grenoble", expected: { streetType: "ROUTE", streetName: "DE LYON", postalCode: "38000", city: "GRENOBLE", country: "FR" } },
  { input: "128 La Canebière 13001 Marseille", expected: { number: "128", streetName: "LA CANEBIÈRE", postalCode: "13001", city: "MARSEILLE", country: "FR" } },
  {
    input: "Le Haut du Bourg, 12 route de Sarlat, 24200 Sarlat-la-Canéda",
    expected: {
      number: "12",
      streetType: "ROUTE",
      streetName: "DE SARLAT",
      complement: "LE HAUT DU BOURG",
      postalCode: "24200",
      city: "SARLAT-LA-CANÉDA",
      country: "FR",
    },
  },
  {
    input: "Residence Les Mimosas Bat C Appt 24 12 bd Carnot 06110 Le Cannet",
    expected: {
      number: "12",
      streetType: "BOULEVARD",
      streetName: "CARNOT",
      complement: "RESIDENCE LES MIMOSAS BAT C APPT 24",
      postalCode: "06110",
      city: "LE CANNET",
      country: "FR",
    },
  },
  {
    input: "12 r. de la Paix - 75002 - Paris",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "Bat A Esc 3 Etage 2 Porte 12, 5 rue des Fleurs, 67100 STRASBOURG",
    expected: {
      number: "5",
      streetType: "RUE",
      streetName: "DES FLEURS",
      complement: "BAT A ESC 3 ETAGE 2 PORTE 12",
      postalCode: "67100",
      city: "STRASBOURG",
      country: "FR",
    },
  },
  { input: "BP 12 Le Bourg 24200 Sarlat", expected: { streetName: "LE BOURG", postBox: "BP 12", postalCode: "24200", city: "SARLAT", country: "FR" } },
  {
    input: "12 rue de la Paix Paris 75002",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "14 Rue de la Gare 57000 Metz, France métropolitaine",
    expected: { number: "14", streetType: "RUE", streetName: "DE LA GARE", postalCode: "57000", city: "METZ", country: "FR" },
  },
  {
    input: "12 rue de la Paix 75 002 Paris",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "3 place Bellecour, Lyon (69002)",
    expected: { number: "3", streetType: "PLACE", streetName: "BELLECOUR", postalCode: "69002", city: "LYON", country: "FR" },
  },
  {
    input: "3 place Bellecour, Lyon, 69002",
    expected: { number: "3", streetType: "PLACE", streetName: "BELLECOUR", postalCode: "69002", city: "LYON", country: "FR" },
  },
  {
    input: "F-67000 Strasbourg, 1 place Kléber",
    expected: { number: "1", streetType: "PLACE", streetName: "KLÉBER", postalCode: "67000", city: "STRASBOURG", country: "FR" },
  },
  {
    input: "12 rue de la Paix – 75002 PARIS",
    expected: { number: "12", streetType: "RUE", streetName: "DE LA PAIX", postalCode: "75002", city: "PARIS", country: "FR" },
  },
  {
    input: "12 à 14 rue de Rivoli 75004 Paris",
    expected: { number: "12 À 14", streetType: "RUE", streetName: "DE RIVOLI", postalCode: "75004", city: "PARIS", country: "FR" },
  },
  {
    input: "12/14 rue de Rivoli 75004 Paris",
    expected: { number: "12/14", streetType: "RUE", streetName: "DE RIVOLI", postalCode: "75004", city: "PARIS", country: "FR" },
  },
  {
    input: "98000 Monaco, 2 avenue de Monte-Carlo",
    expected: { number: "2", streetType: "AVENUE", streetName: "DE MONTE-CARLO", postalCode: "98000", city: "MONACO", country: "FR" },
  },
];

type ForeignRow = readonly [input: string, number: string, type: string, name: string, code: string, city: string, country: string];

// Belgium, Switzerland, Luxembourg (number after the street, 4-digit codes, prefixes) and others:
// [as typed, number, street type ("" when none), street name, postcode, town, country].
const FOREIGN_ROWS: readonly ForeignRow[] = [
  ["Rue Neuve 12, 1000 Bruxelles, Belgique", "12", "RUE", "NEUVE", "1000", "BRUXELLES", "BE"],
  ["Avenue Louise 54\n1050 Ixelles\nBELGIQUE", "54", "AVENUE", "LOUISE", "1050", "IXELLES", "BE"],
  ["Place Saint-Lambert 1, B-4000 Liège", "1", "PLACE", "SAINT-LAMBERT", "4000", "LIÈGE", "BE"],
  ["Chaussée de Louvain 431, 1030 Schaerbeek, Belgium", "431", "CHAUSSEE", "DE LOUVAIN", "1030", "SCHAERBEEK", "BE"],
  ["Rue de Fer 26, 5000 Namur, Belgique", "26", "RUE", "DE FER", "5000", "NAMUR", "BE"],
  ["Grand-Place 7, 7000 Mons, BE", "7", "", "GRAND-PLACE", "7000", "MONS", "BE"],
  ["Boulevard Tirou 130, 6000 Charleroi, Belgique", "130", "BOULEVARD", "TIROU", "6000", "CHARLEROI", "BE"],
  ["Meir 78, 2000 Antwerpen, België", "78", "", "MEIR", "2000", "ANTWERPEN", "BE"],
  ["Korenmarkt 10, 9000 Gent, Belgium", "10", "", "KORENMARKT", "9000", "GENT", "BE"],
  ["Rue du Rhône 5, CH-1201 Genève", "5", "RUE", "DU RHÔNE", "1201", "GENÈVE", "CH"],
  ["Bahnhofstrasse 1, 8001 Zürich, Suisse", "1", "", "BAHNHOFSTRASSE", "8001", "ZÜRICH", "CH"],
  ["Avenue de la Gare 10\n1003 Lausanne\nSwitzerland", "10", "AVENUE", "DE LA GARE", "1003", "LAUSANNE", "CH"],
  ["Marktgasse 12, CH-3011 Bern", "12", "", "MARKTGASSE", "3011", "BERN", "CH"],
  ["Rue de l'Hôpital 3, 2000 Neuchâtel, Suisse", "3", "RUE", "DE L'HÔPITAL", "2000", "NEUCHÂTEL", "CH"],
  ["Via Nassa 5, 6900 Lugano, Svizzera", "5", "", "VIA NASSA", "6900", "LUGANO", "CH"],
  ["Steinenvorstadt 2, CH-4051 Basel, Schweiz", "2", "", "STEINENVORSTADT", "4051", "BASEL", "CH"],
  ["Route de Meyrin 385, 1217 Meyrin, CH", "385", "ROUTE", "DE MEYRIN", "1217", "MEYRIN", "CH"],
  ["12 rue du Fort, L-1234 Luxembourg", "12", "RUE", "DU FORT", "1234", "LUXEMBOURG", "LU"],
  ["2 avenue de la Gare, L-1611 Luxembourg", "2", "AVENUE", "DE LA GARE", "1611", "LUXEMBOURG", "LU"],
  ["15 rue de l'Alzette, 4010 Esch-sur-Alzette, Luxembourg", "15", "RUE", "DE L'ALZETTE", "4010", "ESCH-SUR-ALZETTE", "LU"],
  ["5 Grand-Rue\nL-9050 Ettelbruck", "5", "", "GRAND-RUE", "9050", "ETTELBRUCK", "LU"],
  ["33 boulevard Royal, L-2449 Luxembourg, Grand-Duché de Luxembourg", "33", "BOULEVARD", "ROYAL", "2449", "LUXEMBOURG", "LU"],
  ["8 route d'Arlon, L-8009 Strassen", "8", "ROUTE", "D'ARLON", "8009", "STRASSEN", "LU"],
  ["Unter den Linden 77, 10117 Berlin, Allemagne", "77", "", "UNTER DEN LINDEN", "10117", "BERLIN", "DE"],
  ["Marienplatz 8, D-80331 München", "8", "", "MARIENPLATZ", "80331", "MÜNCHEN", "DE"],
  ["Königsallee 60, 40212 Düsseldorf, Germany", "60", "", "KÖNIGSALLEE", "40212", "DÜSSELDORF", "DE"],
  ["Hauptstraße 5\n69117 Heidelberg\nDeutschland", "5", "", "HAUPTSTRASSE", "69117", "HEIDELBERG", "DE"],
  ["Kehler Straße 2, 77694 Kehl, Allemagne", "2", "", "KEHLER STRASSE", "77694", "KEHL", "DE"],
  ["Calle Mayor 5, 28013 Madrid, Espagne", "5", "", "CALLE MAYOR", "28013", "MADRID", "ES"],
  ["Passeig de Gràcia 92, 08008 Barcelona, Spain", "92", "", "PASSEIG DE GRÀCIA", "08008", "BARCELONA", "ES"],
  ["Avenida de la Constitución 20, 41004 Sevilla, España", "20", "", "AVENIDA DE LA CONSTITUCIÓN", "41004", "SEVILLA", "ES"],
  ["Calle Larios 4, E-29005 Málaga", "4", "", "CALLE LARIOS", "29005", "MÁLAGA", "ES"],
  ["Via Roma 10, 00184 Roma, Italie", "10", "", "VIA ROMA", "00184", "ROMA", "IT"],
  ["Piazza del Duomo 1, 20122 Milano, Italy", "1", "", "PIAZZA DEL DUOMO", "20122", "MILANO", "IT"],
  ["Via dei Calzaiuoli 7, I-50122 Firenze", "7", "", "VIA DEI CALZAIUOLI", "50122", "FIRENZE", "IT"],
  ["Corso Vittorio Emanuele 12\n10123 Torino\nItalia", "12", "", "CORSO VITTORIO EMANUELE", "10123", "TORINO", "IT"],
  ["10 Downing Street, London SW1A 2AA, United Kingdom", "10", "", "DOWNING STREET", "SW1A 2AA", "LONDON", "GB"],
  ["221B Baker Street\nLondon NW1 6XE\nRoyaume-Uni", "221B", "", "BAKER STREET", "NW1 6XE", "LONDON", "GB"],
  ["1 Princes Street, Edinburgh EH2 2EQ, UK", "1", "", "PRINCES STREET", "EH2 2EQ", "EDINBURGH", "GB"],
  ["25 Deansgate, Manchester M3 4LQ, England", "25", "", "DEANSGATE", "M3 4LQ", "MANCHESTER", "GB"],
  ["1600 Pennsylvania Avenue NW, Washington, DC 20500, USA", "1600", "", "PENNSYLVANIA AVENUE NW", "20500", "WASHINGTON DC", "US"],
  ["350 Fifth Avenue, New York, NY 10118, États-Unis", "350", "", "FIFTH AVENUE", "10118", "NEW YORK NY", "US"],
  ["1 Infinite Loop, Cupertino, CA 95014, United States", "1", "", "INFINITE LOOP", "95014", "CUPERTINO CA", "US"],
  ["Damrak 1, 1012 LG Amsterdam, Pays-Bas", "1", "", "DAMRAK", "1012 LG", "AMSTERDAM", "NL"],
  ["Coolsingel 40, 3011 AD Rotterdam, Netherlands", "40", "", "COOLSINGEL", "3011 AD", "ROTTERDAM", "NL"],
  ["Rua Augusta 100, 1100-053 Lisboa, Portugal", "100", "", "RUA AUGUSTA", "1100-053", "LISBOA", "PT"],
  ["Avenida dos Aliados 50, 4000-064 Porto, Portugal", "50", "", "AVENIDA DOS ALIADOS", "4000-064", "PORTO", "PT"],
  ["1000 rue Sherbrooke Ouest, Montréal QC H3A 3G4, Canada", "1000", "RUE", "SHERBROOKE OUEST", "H3A 3G4", "MONTRÉAL QC", "CA"],
  ["B-1000 Bruxelles", "", "", "", "1000", "BRUXELLES", "BE"],
  ["Stephansplatz 3, A-1010 Wien, Autriche", "3", "", "STEPHANSPLATZ", "1010", "WIEN", "AT"],
];

const foreign = ([input, number, streetType, streetName, postalCode, city, country]: ForeignRow): CorpusCase => ({
  input,
  expected: { number, streetType, streetName, postalCode, city, country },
});

// Cases with more parts than the rows above say.
const FOREIGN_OTHERS: readonly CorpusCase[] = [
  {
    input: "rue du Marché 3 bte 2, 1300 Wavre, Belgique",
    expected: { number: "3", streetType: "RUE", streetName: "DU MARCHÉ", complement: "BTE 2", postalCode: "1300", city: "WAVRE", country: "BE" },
  },
];

export const FRENCH_CORPUS: readonly CorpusCase[] = [...FRENCH.flatMap((t, i) => styles(t, i)), ...HAND_WRITTEN];
export const FOREIGN_CORPUS: readonly CorpusCase[] = [...FOREIGN_ROWS.map(foreign), ...FOREIGN_OTHERS];

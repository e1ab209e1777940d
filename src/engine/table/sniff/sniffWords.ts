/**
 * Word lists the value sniffers look for, compared after lower-casing and dropping accents.
 * Kept short on purpose: they only need to recognise a column, not to validate each cell
 * (validation belongs to engine/structure).
 */

/** Street-type words of French addresses (La Poste's "type de voie", with usual abbreviations) and English ones. */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  "rue", "r", "avenue", "av", "ave", "bd", "boulevard", "bld", "blvd", "chemin", "ch", "che", "allee", "all", "place", "pl",
  "impasse", "imp", "route", "rte", "quai", "cours", "crs", "square", "sq", "voie", "passage", "pass", "faubourg", "fbg",
  "chaussee", "sentier", "sent", "lotissement", "lot", "residence", "res", "hameau", "ham", "lieu", "parvis", "esplanade",
  "rond", "cite", "villa", "promenade", "prom", "montee", "mte", "traverse", "tra", "venelle", "clos", "domaine", "dom",
  "street", "st", "road", "rd", "lane", "ln", "drive", "way", "court", "ct", "close", "crescent", "terrace",
]);

/** Country names (French and English) and ISO codes seen in customer files, most frequent first. */
export const COUNTRIES: ReadonlySet<string> = new Set([
  "france", "fr", "fra", "belgique", "belgium", "be", "suisse", "switzerland", "ch", "luxembourg", "lu", "allemagne",
  "germany", "de", "espagne", "spain", "es", "italie", "italy", "it", "royaume uni", "united kingdom", "uk", "gb",
  "angleterre", "england", "portugal", "pt", "pays bas", "netherlands", "nl", "canada", "ca", "etats unis", "usa", "us",
  "united states", "maroc", "morocco", "ma", "algerie", "algeria", "dz", "tunisie", "tunisia", "tn", "senegal", "sn",
  "cote d ivoire", "ci", "monaco", "mc", "irlande", "ireland", "ie", "autriche", "austria", "at", "pologne", "poland", "pl",
  "suede", "sweden", "se", "danemark", "denmark", "dk", "norvege", "norway", "no", "grece", "greece", "gr", "chine",
  "china", "cn", "japon", "japan", "jp", "bresil", "brazil", "br", "reunion", "guadeloupe", "martinique", "guyane",
  "mayotte", "nouvelle caledonie", "polynesie francaise", "andorre", "andorra", "ad", "roumanie", "romania", "ro",
]);

/** Common first names in French files (INSEE's most given names of 1940–2020) plus English ones. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  "jean", "marie", "pierre", "michel", "philippe", "alain", "nicolas", "christophe", "patrick", "daniel", "francois",
  "laurent", "frederic", "eric", "stephane", "david", "olivier", "julien", "sebastien", "thomas", "bernard", "jacques",
  "andre", "rene", "louis", "paul", "claude", "christian", "gerard", "pascal", "thierry", "vincent", "antoine", "maxime",
  "alexandre", "guillaume", "romain", "kevin", "hugo", "lucas", "theo", "nathan", "leo", "gabriel", "arthur", "jules",
  "raphael", "adam", "mohamed", "ahmed", "karim", "yanis", "mathieu", "matthieu", "benjamin", "anthony", "jerome",
  "nathalie", "isabelle", "sylvie", "catherine", "francoise", "christine", "monique", "valerie", "sandrine", "sophie",
  "stephanie", "celine", "veronique", "chantal", "nicole", "martine", "jacqueline", "anne", "julie", "aurelie", "camille",
  "laura", "sarah", "emma", "lea", "chloe", "manon", "ines", "jade", "louise", "alice", "lina", "clara", "lucie",
  "pauline", "marion", "emilie", "caroline", "virginie", "helene", "claire", "elodie", "audrey", "melanie", "laetitia",
  "fatima", "nadia", "karine", "agnes", "brigitte", "annie", "josiane", "odile", "juliette", "charlotte", "zoe", "mathilde",
  "john", "james", "robert", "william", "richard", "charles", "joseph", "mary", "patricia", "jennifer", "linda",
  "elizabeth", "susan", "jessica", "emily", "michael", "mark", "peter", "anna", "laure", "eva", "noemie", "oceane",
]);

/** Gender codes and words: H/F (homme/femme) in French files, M/F or M/W elsewhere. */
export const GENDERS: ReadonlySet<string> = new Set([
  "h", "f", "m", "homme", "femme", "masculin", "feminin", "male", "female", "man", "woman", "w", "garcon", "fille",
]);

/** Words that make a name a place: "Saint-Denis", "Boulogne-sur-Mer", "Lyon Cedex 03". */
export const TOWN_WORDS: ReadonlySet<string> = new Set([
  "saint", "sainte", "st", "ste", "sur", "sous", "les", "en", "cedex", "la", "le", "de", "du", "des", "aux",
  "paris", "marseille", "lyon", "toulouse", "nice", "nantes", "montpellier", "strasbourg", "bordeaux", "lille", "rennes",
  "reims", "toulon", "grenoble", "dijon", "angers", "nimes", "brest", "tours", "amiens", "limoges", "perpignan", "metz",
  "besancon", "orleans", "rouen", "mulhouse", "caen", "nancy", "argenteuil", "roubaix", "tourcoing", "avignon", "poitiers",
  "bruxelles", "geneve", "lausanne", "london", "new", "york",
]);

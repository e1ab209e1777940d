import type { ColumnRole } from "./columnRole";

/**
 * How people title each column in real customer files, French and English: CRM exports
 * (Salesforce, HubSpot, Sellsy, Axonaut), shop exports (Shopify, WooCommerce, PrestaShop),
 * accounting tools (EBP, Sage: "Code tiers", "Adresse 1"), and BTS NDRC / MCO exercises.
 * Written as people type them; headerRole normalises case, accents and punctuation, so
 * "Tél.", "TEL" and "tel" need one entry. A header that merely *contains* one of these
 * ("Date de la dernière commande client") also matches, with a lower confidence.
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ColumnRole, "other">, readonly string[]>> = {
  id: [
    "id", "identifiant", "ident", "ref", "référence", "n°", "numéro", "uid", "uuid", "record id", "row id", "n° ligne", "index",
    // National identifiers name a person, not a customer account (Febrl's "soc_sec_id").
    "soc sec id", "social security number", "social security id", "ssn", "national id", "national insurance number",
    "tax file number", "numéro de sécurité sociale", "n° de sécurité sociale", "n° sécu", "nir",
  ],
  customerId: [
    "code client", "n° client", "numéro client", "numéro de client", "id client", "identifiant client", "ref client",
    "référence client", "client id", "customer id", "customer number", "customer no", "customer code", "customer ref",
    "account number", "compte client", "n° de compte", "num compte",
    // EBP and Sage call every customer or supplier a "tiers".
    "code tiers", "n° tiers", "contact id", "id contact", "code adhérent", "n° adhérent", "n° carte fidélité", "carte fidélité",
  ],
  civility: [
    "civilité", "civ", "titre", "title", "salutation", "mr mme", "m mme", "m. / mme", "monsieur madame", "appellation",
    "prefix", "name prefix", "honorific", "titre de civilité",
  ],
  firstName: ["prénom", "prénom client", "prénom du client", "prénom contact", "first name", "firstname", "given name", "forename", "billing first name", "shipping first name"],
  lastName: [
    "nom", "nom de famille", "nom client", "nom du client", "nom contact", "nom du contact", "nom usuel", "patronyme",
    "last name", "lastname", "surname", "family name", "billing last name", "shipping last name", "nom de naissance",
  ],
  fullName: [
    "nom prénom", "nom et prénom", "prénom nom", "nom complet", "full name", "fullname", "name", "customer name",
    "client name", "contact name", "nom et prénom du client", "identité", "destinataire", "interlocuteur",
  ],
  company: [
    "raison sociale", "société", "nom de la société", "nom société", "entreprise", "nom entreprise", "nom de l'entreprise",
    "company", "company name", "organisation", "organization", "établissement", "enseigne", "dénomination",
    "dénomination sociale", "business name", "billing company",
    // Salesforce names a customer company an "account".
    "account name", "nom du compte", "employeur", "employer",
  ],
  jobTitle: ["fonction", "poste", "poste occupé", "intitulé de poste", "intitulé du poste", "job title", "job", "position", "métier", "profession", "role", "fonction du contact"],
  address: [
    "adresse", "address", "adresse complète", "adresse postale", "full address", "mailing address", "postal address",
    "adresse de facturation", "adresse de livraison", "billing address", "shipping address", "coordonnées postales",
  ],
  street: [
    "rue", "voie", "adresse 1", "adresse ligne 1", "ligne adresse 1", "address 1", "address line 1", "street", "street address",
    "n° et rue", "n° et voie", "numéro et voie", "numéro et libellé de voie", "libellé voie", "billing address 1", "shipping address 1",
  ],
  addressComplement: [
    "complément d'adresse", "complément adresse", "complément", "adresse 2", "adresse 3", "adresse ligne 2", "ligne adresse 2",
    "address 2", "address line 2", "billing address 2", "shipping address 2", "apt", "appartement", "bâtiment", "lieu-dit",
    "résidence", "étage", "escalier", "suite",
  ],
  postalCode: [
    "cp", "code postal", "c p", "code post", "cpostal", "zip", "zip code", "zipcode", "postcode", "postal code", "post code",
    "billing postcode", "shipping postcode", "billing zip",
    // Swiss files: numéro postal d'acheminement.
    "npa",
  ],
  city: ["ville", "city", "commune", "suburb", "localité", "town", "town city", "locality", "municipalité", "bureau distributeur", "ville de résidence", "billing city", "shipping city", "agglomération"],
  country: ["pays", "country", "code pays", "country code", "pays de résidence", "billing country", "shipping country", "nation"],
  phone: [
    "tel", "téléphone", "tél fixe", "téléphone fixe", "fixe", "phone", "phone number", "numéro de téléphone", "n° tél",
    "n° de téléphone", "tél domicile", "tél bureau", "téléphone professionnel", "tél pro", "ligne directe", "standard",
    "work phone", "home phone", "business phone", "landline", "billing phone", "contact téléphonique", "contact phone",
  ],
  mobile: [
    "portable", "mobile", "gsm", "tél portable", "téléphone portable", "n° portable", "numéro de portable", "tél mobile",
    "téléphone mobile", "cell", "cellphone", "cell phone", "mobile phone", "mobile number", "mobile phone number",
  ],
  email: [
    "email", "e-mail", "mail", "courriel", "mél", "adresse mail", "adresse e-mail", "adresse électronique", "email address",
    "courrier électronique", "adresse de messagerie", "messagerie", "billing email", "e-mail client", "email client",
  ],
  siren: ["siren", "n° siren", "numéro siren", "code siren"],
  siret: ["siret", "n° siret", "numéro siret", "code siret", "siret établissement"],
  birthDate: [
    "date de naissance", "date naissance", "né le", "née le", "né(e) le", "naissance",
    // "ddn" is the usual French abbreviation for date de naissance.
    "ddn", "birth date", "birthdate", "date of birth", "dob", "birthday", "anniversaire",
  ],
  age: ["âge", "age", "âge du client", "age ans", "tranche d'âge", "age range", "âge en années"],
  gender: ["sexe", "genre", "gender", "sex", "h/f", "m/f", "f/h", "homme/femme", "homme femme"],
  socioProfessionalCategory: [
    "csp", "pcs", "catégorie socio-professionnelle", "catégorie socioprofessionnelle", "csp+", "catégorie professionnelle",
    "categorie csp", "socio professional category", "socio-economic group", "occupation", "occupation category",
  ],
  lastPurchaseDate: [
    "dernier achat", "date dernier achat", "date de dernier achat", "date du dernier achat", "dernière commande",
    "date dernière commande", "date de la dernière commande", "date dernière facture", "dernière facture", "last purchase",
    "last purchase date", "date of last purchase", "last order", "last order date", "date last order", "last purchased",
    "dernière visite", "last visit", "date d'achat la plus récente", "most recent purchase", "most recent order",
  ],
  firstPurchaseDate: [
    "premier achat", "date premier achat", "date du premier achat", "date 1er achat", "première commande", "date première commande",
    "date de première commande", "date 1ère commande", "first purchase", "first purchase date", "first order", "first order date",
    // "Client depuis" is how loyalty programs store the start of the relationship.
    "client depuis", "customer since", "date d'inscription", "date inscription", "signup date", "date de création fiche",
  ],
  orderDate: [
    "date commande", "date de commande", "date de la commande", "order date", "date d'achat", "date achat", "purchase date",
    "date facture", "date de facture", "invoice date", "date de vente", "sale date", "date transaction", "transaction date",
    "date du ticket", "date ticket",
    // Shopify's orders export dates each order "Created at".
    "created at",
  ],
  orderId: [
    "n° commande", "numéro de commande", "num commande", "id commande", "réf commande", "référence commande", "order id",
    "order number", "order no", "order ref", "order", "commande", "n° facture", "numéro de facture", "invoice number", "invoice no",
    "invoice id", "transaction id", "id transaction", "n° ticket", "n° de ticket", "bon de commande", "n° bon de commande",
  ],
  frequency: [
    "fréquence", "frequency", "nombre d'achats", "nb achats", "nb d'achats", "nombre de commandes", "nb commandes",
    "nb de commandes", "nombre total de commandes", "total commandes", "total orders", "orders count", "order count",
    "number of orders", "number of purchases", "purchase count", "nombre de transactions", "nb transactions", "nb factures",
    // A plural "Commandes" / "Orders" column counts orders; the singular names the order.
    "commandes", "orders",
  ],
  purchasesPerYear: [
    "nb achats / an", "nombre d'achats par an", "nombre d'achats annuel", "achats par an", "fréquence d'achat",
    "fréquence d'achat annuelle", "fréquence annuelle", "commandes par an", "nb commandes / an", "purchases per year",
    "orders per year", "annual purchases", "purchase frequency",
  ],
  amount: [
    "montant", "amount", "montant ht", "montant ttc", "prix", "price", "valeur", "value", "montant commande",
    "montant de la commande", "montant achat", "montant facture", "total commande", "order total", "order amount",
    "sale amount", "prix de vente", "sous-total", "subtotal", "total ht", "total ttc",
  ],
  totalAmount: [
    "montant total", "montant total ttc", "montant total ht", "total", "total achats", "total des achats", "montant total des achats", "montant cumulé", "cumul achats",
    // "CA" is chiffre d'affaires: the revenue a customer brought, summed over a period.
    "ca", "ca total", "ca cumulé", "ca ht", "ca ttc", "ca annuel", "chiffre d'affaires", "chiffre d'affaires total",
    "total spent", "total spend", "amount spent", "total revenue", "revenue", "total sales", "lifetime value", "ltv", "clv",
    "dépense totale", "total dépensé", "monetary", "valeur client",
  ],
  averageBasket: [
    "panier moyen", "panier moyen ttc", "panier moyen ht", "montant moyen", "ticket moyen", "dépense moyenne",
    "valeur moyenne commande", "average basket", "average basket size", "average order value",
    // Shop dashboards abbreviate average order value.
    "aov", "avg order value", "average order", "average spend",
  ],
  productCategory: [
    "catégorie produit", "catégorie de produit", "famille", "famille de produits", "famille produit", "sous-famille", "rayon",
    "univers", "gamme", "type de produit", "product category", "product type", "category", "catégorie", "produit",
    "product", "article", "ligne de produit", "produit préféré", "catégorie préférée",
  ],
  channel: [
    "canal", "canal d'achat", "canal de vente", "canal d'acquisition", "canal de contact", "canal préféré", "channel",
    "sales channel", "acquisition channel", "source", "lead source", "origine", "origine du contact", "provenance",
    "point de vente", "magasin", "store", "mode d'achat", "web / magasin", "utm source",
  ],
  consent: [
    // "RGPD" (the French GDPR) titles the consent column in many school and SME files.
    "optin", "opt-in", "opt in", "consentement", "consentement rgpd", "rgpd", "gdpr", "gdpr consent", "consent",
    "accepte newsletter", "accepte les emails", "accepte la newsletter", "newsletter", "abonné newsletter",
    "inscrit newsletter", "accord commercial", "accepts email marketing", "accepts marketing", "accepts sms marketing",
    "email marketing consent", "marketing opt in", "subscribed", "accepte sms", "consentement email",
  ],
  lastContactDate: [
    "dernier contact", "date dernier contact", "date du dernier contact", "date de dernier contact", "dernière relance",
    "date dernière relance", "dernier appel", "date dernier appel", "dernière interaction", "date dernière activité",
    "last contact", "last contact date", "last contacted", "last activity", "last activity date", "last interaction",
  ],
  emailOpens: [
    "ouvertures", "nb ouvertures", "nombre d'ouvertures", "ouvertures email", "emails ouverts", "mails ouverts",
    "taux d'ouverture", "opens", "email opens", "open count", "opened", "open rate", "emails opened",
  ],
  emailClicks: [
    "clics", "nb clics", "nombre de clics", "clics email", "taux de clic", "taux de clics", "clicks", "email clicks",
    "click count", "clicked", "click rate",
    // Click-through rate, as emailing tools label it.
    "ctr",
  ],
  pageViews: [
    "pages vues", "nb pages vues", "nombre de pages vues", "pages visitées", "page views", "pageviews", "pages viewed",
    "vues", "views", "visites site", "visites web", "sessions", "nb visites site",
  ],
  responded: [
    "a répondu", "répondu", "réponse", "réponse campagne", "réponse à l'offre", "réponse mailing", "répondant",
    "responded", "response", "answered", "converted", "conversion", "a acheté suite campagne", "retour campagne",
  ],
};

/**
 * One-word headers that hint at a role without settling it: "Date" is most often the order
 * date in a transactions file, "Client" or "Contact" usually holds a person's name. They
 * match with a lower confidence, so the values (or the user) have the last word.
 */
export const GENERIC_HEADERS: Readonly<Partial<Record<Exclude<ColumnRole, "other">, readonly string[]>>> = {
  orderDate: ["date", "dt"],
  fullName: ["client", "contact", "customer", "personne"],
  id: ["code", "numéro", "key"],
};

/**
 * A street number in a column of its own (Febrl's "street_number", exports' "N° de voie"):
 * no role of its own, the duplicate finder reads it in front of the street.
 */
export const HOUSE_NUMBER_HEADERS: readonly string[] = [
  "street number", "house number", "street no", "house no", "building number", "numéro de voie", "n° de voie", "numéro de rue",
  "n° de rue", "n° rue", "num voie", "no voie",
];

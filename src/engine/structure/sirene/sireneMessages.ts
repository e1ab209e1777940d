import type { FieldIssue } from "../fieldIssue";
import type { Lang } from "../../i18n/lang";

/** A SIRENE file Tria cannot read as StockEtablissement: the message says what to do. */
export class SireneFileError extends Error {
  constructor(readonly messages: Readonly<Record<Lang, string>>) {
    super(messages.en);
    this.name = "SireneFileError";
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}

export function missingColumns(file: string, missing: readonly string[]): SireneFileError {
  const list = missing.join(", ");
  return new SireneFileError({
    fr: `${file} n'est pas un fichier SIRENE des établissements (StockEtablissement) : colonnes absentes ${list}. Téléchargez StockEtablissement sur data.gouv.fr (ou un extrait filtré qui garde la ligne d'en-tête), décompressez-le, puis relancez avec --sirene.`,
    en: `${file} is not a SIRENE establishments file (StockEtablissement): missing columns ${list}. Download StockEtablissement from data.gouv.fr (or a filtered extract that keeps the header line), unzip it, then run again with --sirene.`,
  });
}

export function emptySireneFile(file: string): SireneFileError {
  return new SireneFileError({
    fr: `${file} est vide : il faut le fichier SIRENE StockEtablissement (CSV avec sa ligne d'en-tête).`,
    en: `${file} is empty: --sirene needs the SIRENE StockEtablissement CSV, with its header line.`,
  });
}

export function compressedSireneFile(file: string): SireneFileError {
  return new SireneFileError({
    fr: `${file} est compressé (zip ou gzip) : décompressez-le d'abord, puis donnez le fichier .csv à --sirene.`,
    en: `${file} is compressed (zip or gzip): unzip it first, then give the .csv file to --sirene.`,
  });
}

export function closedEstablishment(siret: string, since: string): FieldIssue {
  // SIRENE gives ISO dates (2021-03-31); a French sentence reads 31/03/2021.
  const frenchDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(since);
  const sinceFr = frenchDay ? `${frenchDay[3]}/${frenchDay[2]}/${frenchDay[1]}` : since;
  const when = since ? { fr: ` depuis le ${sinceFr}`, en: ` since ${since}` } : { fr: "", en: "" };
  return {
    kind: "invalid",
    code: "sirene.closed",
    message: {
      fr: `Établissement fermé${when.fr} d'après SIRENE (état administratif F) : SIRET ${siret}. Vérifiez si le client a déménagé (nouveau SIRET du même SIREN) ou a cessé son activité.`,
      en: `Establishment closed${when.en} according to SIRENE (administrative state F): SIRET ${siret}. Check whether the customer moved (a new SIRET of the same SIREN) or stopped trading.`,
    },
  };
}

export function siretFound(siret: string): FieldIssue {
  return {
    kind: "incomplete",
    code: "sirene.siretFound",
    message: {
      fr: `SIRET manquant : SIRENE donne ${siret} pour ce nom à ce code postal. Vérifiez puis recopiez-le.`,
      en: `SIRET missing: SIRENE gives ${siret} for this name at this postal code. Check it, then copy it in.`,
    },
    suggestion: siret,
  };
}

export function severalEstablishments(sirets: readonly string[]): FieldIssue {
  const list = sirets.slice(0, 5).join(", ") + (sirets.length > 5 ? "…" : "");
  return {
    kind: "incomplete",
    code: "sirene.several",
    message: {
      fr: `SIRET manquant : plusieurs établissements SIRENE portent ce nom à ce code postal (${list}). Choisissez le bon.`,
      en: `SIRET missing: several SIRENE establishments have this name at this postal code (${list}). Pick the right one.`,
    },
  };
}

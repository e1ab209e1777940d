/**
 * French legal forms and company words that do not tell two companies apart (Code de
 * commerce: SARL, SAS, SASU, EURL, SA, SNC, SCA; Code civil: SCI, SCM, SCP; agriculture:
 * EARL, GAEC; sole traders: EI, EIRL, micro-entreprise; "Ets", "Société"). Folded form.
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  "sarl", "sas", "sasu", "eurl", "sa", "snc", "sca", "sci", "scm", "scp", "scop", "scic", "selarl", "selas",
  "selafa", "earl", "gaec", "ei", "eirl", "ae", "sarlu", "gie", "sem", "spl", "ltd", "llc", "inc", "gmbh",
  "sprl", "srl", "bv", "nv", "societe", "ste", "ets", "etablissements", "etablissement", "cie", "compagnie",
  "groupe", "association", "asso", "micro", "entreprise",
]);

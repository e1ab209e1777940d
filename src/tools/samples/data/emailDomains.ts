import type { Weighted } from "../random";

/**
 * Mailbox providers of French households (shares roughly as in the Médiamétrie / Arcep
 * surveys: Gmail first, then Orange/Wanadoo, Hotmail/Outlook, Free, SFR, La Poste, Yahoo).
 * Some valid but unusual domains (gmail.fr, neuf.fr, bluewin.ch...) are here on purpose:
 * a cleaner must not "correct" them.
 */
export const PERSONAL_DOMAINS: Weighted<string> = [
  ["gmail.com", 34], ["orange.fr", 12], ["hotmail.fr", 9], ["wanadoo.fr", 6], ["free.fr", 7],
  ["yahoo.fr", 5], ["laposte.net", 5], ["sfr.fr", 4], ["outlook.fr", 4], ["hotmail.com", 3],
  ["icloud.com", 2], ["live.fr", 2], ["gmail.fr", 1], ["neuf.fr", 1], ["bbox.fr", 1],
  ["aliceadsl.fr", 0.5], ["club-internet.fr", 0.5], ["numericable.fr", 0.5], ["msn.com", 0.5],
  ["protonmail.com", 0.5], ["yahoo.com", 1],
];

/** Providers of the neighbouring countries' customers. */
export const FOREIGN_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  BE: ["skynet.be", "telenet.be", "gmail.com", "proximus.be"],
  CH: ["bluewin.ch", "gmail.com", "sunrise.ch"],
  LU: ["pt.lu", "gmail.com", "internet.lu"],
};

/**
 * Typos actually seen in French customer files (keys: the intended domain). The cleaner's
 * job is to suggest the key back.
 */
export const DOMAIN_TYPOS: Readonly<Record<string, readonly string[]>> = {
  "gmail.com": ["gmial.com", "gmal.com", "gamil.com", "gmail.con", "gmail.cm", "gmai.com"],
  "hotmail.fr": ["hotmial.fr", "hotmail.fe", "hotmal.fr", "homail.fr", "hotmail.ft"],
  "hotmail.com": ["hotmial.com", "hotmail.co", "hotmai.com"],
  "orange.fr": ["orange.fe", "orang.fr", "ornage.fr", "orange.ff"],
  "wanadoo.fr": ["wanadoo.ft", "wanado.fr", "wanadoo.rf", "wannadoo.fr"],
  "laposte.net": ["lapost.net", "laposte.ne", "laposte.fr", "lapsote.net"],
  "yahoo.fr": ["yaho.fr", "yahou.fr", "yahoo.ft"],
  "free.fr": ["free.fe", "fre.fr", "frre.fr"],
  "sfr.fr": ["sfr.rf", "sf.fr"],
  "outlook.fr": ["outlok.fr", "outloo.fr", "outlook.ft"],
  "icloud.com": ["iclould.com", "icoud.com"],
  "live.fr": ["live.ft", "liv.fr"],
};

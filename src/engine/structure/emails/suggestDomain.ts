import mailSpellChecker from "@zootools/email-spell-checker";
import { editDistance } from "./editDistance";
import { KNOWN_DOMAINS, REAL_TLDS, TLDS_MISTYPED_AFTER_PROVIDER } from "./emailDomains";

const KNOWN = new Set(KNOWN_DOMAINS);
/** "gmail", "orange", "laposte": the names of the providers, whatever their ending. */
const PROVIDER_NAMES = new Set(KNOWN_DOMAINS.map(firstLabel));
const SECOND_LEVEL = [...PROVIDER_NAMES];
// Endings the library may propose: real ones, minus those that after a provider are slips.
const TOP_LEVEL = [...REAL_TLDS].filter((tld) => !TLDS_MISTYPED_AFTER_PROVIDER.has(tld)).concat(["co.uk", "com.au", "co.nz"]);

/**
 * The domain the user probably meant, or null when the domain should be left alone.
 *
 * The rule that keeps "gmail.fr", "orange.com" or "free.com" while fixing "gmial.com": a domain
 * is only changed when what is wrong with it is visible on its own, either
 * - its name is one slip (two for long names) away from a provider's name and is not itself a
 *   provider's name ("gmial", "hotmial", "lapost"), or
 * - its ending does not exist ("orange.fe", "wanadoo.ft", "gmail.cmo"), or is one of the
 *   country codes that follow a provider's name only by mistake ("gmail.co").
 * A provider's name with a real ending (gmail.fr) and any domain far from every provider's
 * name (dupont-sa.fr, cabinet-martin.eu) stay as typed. The library (mailcheck's algorithm)
 * proposes; these rules decide.
 */
export function suggestDomain(domain: string): string | null {
  const cached = cache.get(domain);
  if (cached !== undefined) return cached;
  const suggestion = decide(domain);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(domain, suggestion);
  return suggestion;
}

// Customer files repeat a few hundred domains over a million rows: decide each once.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string | null>();

function decide(domain: string): string | null {
  if (KNOWN.has(domain) || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain)) return null;
  const name = firstLabel(domain);
  const ending = lastLabel(domain);
  const endingReal = REAL_TLDS.has(ending);
  if (PROVIDER_NAMES.has(name) && endingReal && !TLDS_MISTYPED_AFTER_PROVIDER.has(ending)) return null;
  // A company's own domain with a real ending, far from every provider's name, is left alone
  // without asking the library (which compares with every known domain: ~0.5 ms).
  if (endingReal && !nearProviderName(name)) return null;
  const proposal = mailSpellChecker.run({
    email: `x@${domain}`,
    domains: [...KNOWN_DOMAINS],
    secondLevelDomains: SECOND_LEVEL,
    topLevelDomains: TOP_LEVEL,
    distanceFunction: editDistance,
    domainThreshold: 1,
    secondLevelThreshold: 2,
    topLevelThreshold: 1,
  });
  if (!proposal || proposal.domain === domain) return null;
  return acceptable(domain, proposal.domain) ? proposal.domain : null;
}

function acceptable(typed: string, proposed: string): boolean {
  const typedName = firstLabel(typed);
  const proposedName = firstLabel(proposed);
  if (typedName !== proposedName) {
    if (!PROVIDER_NAMES.has(proposedName)) return false;
    const slips = proposedName.length >= 7 ? 2 : 1;
    const distance = editDistance(typedName, proposedName);
    if (distance > slips) return false;
    // Two letters more or fewer at one end make another name, not a slip: internet.lu is not btinternet.
    if (distance === 2 && (proposedName.includes(typedName) || typedName.includes(proposedName))) return false;
  }
  const typedEnding = typed.slice(typedName.length);
  const proposedEnding = proposed.slice(proposedName.length);
  if (typedEnding !== proposedEnding) {
    const ending = lastLabel(typed);
    // gmail.co → gmail.com, but orange.cm stays (Orange Cameroun): only towards a known domain.
    const mistyped = !REAL_TLDS.has(ending) || (KNOWN.has(proposed) && TLDS_MISTYPED_AFTER_PROVIDER.has(ending));
    if (!mistyped || editDistance(typedEnding, proposedEnding) > 2) return false;
  }
  return true;
}

function nearProviderName(name: string): boolean {
  for (const provider of SECOND_LEVEL) {
    if (Math.abs(provider.length - name.length) <= 2 && editDistance(name, provider) <= 2) return true;
  }
  return false;
}

function firstLabel(domain: string): string {
  const dot = domain.indexOf(".");
  return dot < 0 ? domain : domain.slice(0, dot);
}

function lastLabel(domain: string): string {
  return domain.slice(domain.lastIndexOf(".") + 1);
}

/** "gmail" → "gmail.com", "orange" → "orange.fr": the domain a bare provider name stands for. */
export function providerDomain(name: string): string | null {
  return KNOWN_DOMAINS.find((domain) => firstLabel(domain) === name) ?? null;
}

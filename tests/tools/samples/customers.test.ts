import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isCellError, type CellValue } from "../../../src/engine/table/cellValue";
import {
  CUSTOMER_HEADER, customerRecords, generateCustomers, generateCustomersWithTruth,
} from "../../../src/tools/samples/customers";
import { DOMAIN_TYPOS } from "../../../src/tools/samples/data/emailDomains";
import { isLuhnValid } from "../../../src/tools/samples/siret";

const require = createRequire(import.meta.url);
const { find } = require("codes-postaux") as { find: (cp: string) => { nomCommune: string }[] };

const COLUMN = Object.fromEntries(CUSTOMER_HEADER.map((h, i) => [h, i]));
const demo = generateCustomersWithTruth(500, 20261115);
const data = demo.rows.slice(1);

function column(name: string): CellValue[] {
  return data.map((row) => row[COLUMN[name] as number] ?? null);
}
function texts(name: string): string[] {
  return column(name).filter((v): v is string => typeof v === "string");
}
const TYPO_DOMAINS = new Set(Object.values(DOMAIN_TYPOS).flat());

describe("generateCustomers", () => {
  it("gives each customer an e-mail address of their own: namesakes do not share one", () => {
    const big = generateCustomersWithTruth(30_000, 7);
    const owner = new Map<string, number>();
    for (let i = 1; i < big.customers.length; i++) {
      if (big.duplicateOf.has(i)) continue;
      const email = big.customers[i]!.email;
      if (email === "") continue;
      expect(owner.get(email), email).toBeUndefined();
      owner.set(email, i);
    }
    expect(owner.size).toBeGreaterThan(20_000);
  });

  it("is deterministic: same seed, same rows; other seed, other rows", () => {
    expect(generateCustomers(200, 1)).toEqual(generateCustomers(200, 1));
    expect(generateCustomers(200, 2)).not.toEqual(generateCustomers(200, 1));
  });

  it("starts with the French header and gives count rows of 11 cells", () => {
    expect(demo.rows[0]).toEqual([
      "N° client", "Nom", "Société", "Adresse", "Tél.", "E-mail", "SIRET", "Date dernier achat",
      "Nb achats / an", "Panier moyen", "Client depuis",
    ]);
    expect(data).toHaveLength(500);
    for (const row of data) expect(row).toHaveLength(11);
    expect(new Set(column("N° client")).size).toBe(500);
  });

  it("writes phones every way, with +33 forms, lost zeros and wrong lengths", () => {
    const phones = texts("Tél.");
    expect(phones.filter((p) => p.startsWith("+33")).length).toBeGreaterThanOrEqual(40);
    expect(phones.filter((p) => p.startsWith("0033")).length).toBeGreaterThanOrEqual(5);
    expect(phones.filter((p) => /^0\d( \d\d){4}$/.test(p)).length).toBeGreaterThanOrEqual(100);
    expect(phones.filter((p) => /^0\d(\.\d\d){4}$/.test(p)).length).toBeGreaterThanOrEqual(20);
    expect(phones.filter((p) => /^0(262|692|590|690|596|696)/.test(p)).length).toBeGreaterThanOrEqual(3);
    expect(phones.filter((p) => p.replace(/\D/g, "").length === 9 && p.startsWith("0")).length).toBeGreaterThanOrEqual(3);
    expect(column("Tél.").filter((p) => typeof p === "number").length).toBeGreaterThanOrEqual(5);
    expect(column("Tél.").filter((p) => p === null).length).toBeGreaterThanOrEqual(20);
  });

  it("writes e-mails with typos, missing @, case and spaces, and keeps gmail.fr-like valid domains", () => {
    const emails = texts("E-mail");
    const domainOf = (e: string) => e.trim().slice(e.trim().lastIndexOf("@") + 1).toLowerCase();
    expect(emails.filter((e) => TYPO_DOMAINS.has(domainOf(e))).length).toBeGreaterThanOrEqual(15);
    expect(emails.filter((e) => !e.includes("@")).length).toBeGreaterThanOrEqual(3);
    expect(emails.filter((e) => e !== e.toLowerCase()).length).toBeGreaterThanOrEqual(15);
    expect(emails.filter((e) => e.includes(" ")).length).toBeGreaterThanOrEqual(10);
    const many = generateCustomers(5000, 9).slice(1).map((r) => r[COLUMN["E-mail"] as number]);
    expect(many.some((e) => typeof e === "string" && e.endsWith("@gmail.fr"))).toBe(true);
  });

  it("writes addresses with and without postal code, on two lines, abroad and overseas", () => {
    const addresses = texts("Adresse");
    const noCode = demo.traits.filter((t) => t.includes("address:noPostalCode")).length;
    expect(noCode).toBeGreaterThanOrEqual(15);
    demo.traits.forEach((t, i) => {
      if (t.includes("address:noPostalCode")) expect(demo.rows[i]?.[3]).not.toMatch(/\b\d{5}\b/);
    });
    expect(addresses.filter((a) => a.includes("\n")).length).toBeGreaterThanOrEqual(3);
    expect(addresses.filter((a) => /belgique|belgium|suisse|switzerland|luxembourg|\b(B|CH|L)-\d{4}/i.test(a)).length).toBeGreaterThanOrEqual(5);
    expect(addresses.filter((a) => /\b97[124]\d\d\b/.test(a)).length).toBeGreaterThanOrEqual(5);
    expect(addresses.filter((a) => /cedex/i.test(a)).length).toBeGreaterThanOrEqual(3);
    expect(addresses.filter((a) => /\b(BP|B\.P\.|CS) \d+/.test(a)).length).toBeGreaterThanOrEqual(5);
    expect(addresses.filter((a) => /lieu.?dit|^LD /i.test(a)).length).toBeGreaterThanOrEqual(5);
    expect(addresses.filter((a) => a === a.toLowerCase()).length).toBeGreaterThanOrEqual(10);
    expect(addresses.filter((a) => /\s{2,}|^\s|\s$/.test(a.replace(/\n/g, ""))).length).toBeGreaterThanOrEqual(5);
  });

  it("uses real French postal code / town pairs from codes-postaux", () => {
    let checked = 0;
    for (let i = 1; i < demo.rows.length; i++) {
      const address = demo.customers[i]?.address;
      if (!address || address.country !== "FR") continue;
      expect(find(address.postalCode).map((e) => e.nomCommune)).toContain(address.town);
      const traits = demo.traits[i] ?? [];
      const written = String(demo.rows[i]?.[3] ?? "");
      if (!traits.some((t) => ["address:noPostalCode", "address:streetOnly", "address:empty"].includes(t))) {
        expect(written).toContain(address.postalCode);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(450);
  });

  it("has companies with SIRET numbers, mostly valid, some spaced, a few wrong", () => {
    expect(texts("Société").length).toBeGreaterThanOrEqual(50);
    const sirets = column("SIRET").filter((v) => v !== null).map((v) => String(v).replace(/ /g, ""));
    const valid = sirets.filter((s) => /^\d{14}$/.test(s) && isLuhnValid(s)).length;
    expect(valid / sirets.length).toBeGreaterThan(0.75);
    expect(sirets.length - valid).toBeGreaterThanOrEqual(3);
    expect(texts("SIRET").filter((s) => s.includes(" ")).length).toBeGreaterThanOrEqual(5);
  });

  it("holds real dates mostly, some dates as text, amounts as numbers and as text, and #N/A", () => {
    const last = column("Date dernier achat");
    expect(last.filter((v) => v instanceof Date).length / 500).toBeGreaterThan(0.8);
    expect(last.filter((v) => typeof v === "string" && /^\d\d\/\d\d\/\d{4}$/.test(v)).length).toBeGreaterThanOrEqual(10);
    expect(last.filter((v) => typeof v === "string" && /^\d{1,2} [a-zéû]+ \d{4}$/.test(v)).length).toBeGreaterThanOrEqual(3);
    for (const v of last) if (v instanceof Date) expect(v.getUTCHours()).toBe(0);
    const basket = column("Panier moyen");
    expect(basket.filter((v) => typeof v === "number").length / 500).toBeGreaterThan(0.75);
    expect(texts("Panier moyen").filter((v) => v.includes(",")).length).toBeGreaterThanOrEqual(10);
    expect(texts("Nb achats / an").length).toBeGreaterThanOrEqual(10);
    const errors = data.flat().filter((v) => isCellError(v)).length;
    expect(errors).toBeGreaterThanOrEqual(3);
  });

  it("writes names every way, with and without civility", () => {
    const names = texts("Nom");
    expect(names.filter((n) => /^(M\.|Mme|Mr|Monsieur|Madame|Dr|Mlle)\b/i.test(n)).length).toBeGreaterThan(250);
    expect(names.filter((n) => n.includes(",")).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n === n.toLowerCase()).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => /\b(de|du|le|la|d')\b/i.test(n)).length).toBeGreaterThanOrEqual(20);
  });

  it("labels 4-6 % of rows as duplicates of an earlier, original row", () => {
    const rate = demo.duplicateOf.size / 500;
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.07);
    for (const [dup, original] of demo.duplicateOf) {
      expect(original).toBeLessThan(dup);
      expect(original).toBeGreaterThanOrEqual(1);
      expect(demo.duplicateOf.has(original)).toBe(false);
      expect(demo.customers[dup]?.lastPurchase).toEqual(demo.customers[original]?.lastPurchase);
      expect(demo.customers[dup]?.company).toBe(demo.customers[original]?.company);
    }
    let duplicates = 0;
    for (const record of customerRecords(20000, 3)) if (record.duplicateOf >= 0) duplicates++;
    expect(duplicates / 20000).toBeGreaterThan(0.04);
    expect(duplicates / 20000).toBeLessThan(0.06);
  });
});

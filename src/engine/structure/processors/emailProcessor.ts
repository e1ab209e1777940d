import type { ColumnProcessor } from "../columnProcessor";
import { normalizeEmail } from "../emails/normalizeEmail";
import { cellInput, ColumnCollector, headersAfter } from "./cellInput";

/** E-mails: the address cleaned, with a domain typo replaced by its suggestion; flags say which. */
export const emailProcessor: ColumnProcessor = {
  operation: "emails",
  roles: ["email"],
  process(values, _context, source) {
    const out = new ColumnCollector(values.length, headersAfter(source.header, { corrected: { fr: "corrigé", en: "corrected" } }));
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null) return;
      const email = normalizeEmail(text);
      out.set("corrected", row, email.valid || email.suggestion ? (email.suggestion ?? email.email) : null);
      out.flag(row, email.issues);
    });
    return { parts: out.parts(), issues: out.issues };
  },
};

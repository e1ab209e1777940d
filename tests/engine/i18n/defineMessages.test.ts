import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defineMessages, fillPlaceholders } from "../../../src/engine/i18n/defineMessages";
import { isLocalized, LocalizedError } from "../../../src/engine/localizedError";

const say = defineMessages(
  {
    groups: { one: "{count} groupe de doublons", other: "{count} groupes de doublons" },
    hello: "Bonjour {name} !",
  },
  {
    groups: { one: "{count} duplicate group", other: "{count} duplicate groups" },
    hello: "Hello {name}!",
  },
);

describe("defineMessages", () => {
  it("chooses plural forms by each language's rules", () => {
    expect(say("fr", "groups", { count: 1 })).toBe("1 groupe de doublons");
    expect(say("fr", "groups", { count: 2 })).toBe("2 groupes de doublons");
    expect(say("fr", "groups", { count: 0 })).toBe("0 groupe de doublons");
    expect(say("en", "groups", { count: 0 })).toBe("0 duplicate groups");
    expect(say("en", "groups", { count: 1 })).toBe("1 duplicate group");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(say("fr", "hello", { name: "Søren" })).toBe("Bonjour Søren !");
    expect(say("en", "hello")).toBe("Hello {name}!");
    expect(say.keys).toEqual(["groups", "hello"]);
  });

  it("puts any value in verbatim, whatever it holds", () => {
    fc.assert(fc.property(fc.string(), (value) => fillPlaceholders("<{v}>", { v: value }) === `<${value}>`));
  });
});

describe("LocalizedError", () => {
  it("says itself in either language and passes the guard", () => {
    const error = new LocalizedError(say, "hello", { name: "Ana" });
    expect(error.messageIn("fr")).toBe("Bonjour Ana !");
    expect(error.message).toBe("Hello Ana!");
    expect(isLocalized(error)).toBe(true);
    expect(isLocalized(new Error("x"))).toBe(false);
    expect(isLocalized({ code: "x", messageIn: () => "" })).toBe(true);
  });
});

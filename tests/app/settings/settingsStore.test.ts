import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/app/settings/triaSettings";
import {
  SETTINGS_KEY,
  localStorageSettingsStore,
  memorySettingsStore,
  officeSettingsStore,
  type OfficeSettingsLike,
} from "../../../src/app/settings/settingsStore";
import { jobOptionsFromSettings } from "../../../src/app/settings/jobOptionsFromSettings";

const chosen = {
  ...DEFAULT_SETTINGS,
  lang: "en" as const,
  rolesByHeader: { Portable: "mobile" as const },
  classes: 10,
  referenceDate: "2024-12-31",
  operations: ["emails" as const],
  comply: { today: "2025-06-30", purge: true },
  calls: { top: "20", staleMonths: "12" },
};

describe("parseSettings", () => {
  it("never throws and always gives usable settings, whatever was stored (fast-check)", () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const settings = parseSettings(stored);
        expect([3, 4, 5, 10]).toContain(settings.classes);
        expect(Array.isArray(settings.operations)).toBe(true);
        expect(settings.referenceDate === "" || /^\d{4}-\d{2}-\d{2}$/.test(settings.referenceDate)).toBe(true);
      }),
    );
  });

  it("is idempotent: parsing parsed settings changes nothing (fast-check)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (stored) => {
        expect(parseSettings(parseSettings(stored))).toEqual(parseSettings(stored));
      }),
    );
  });

  it("keeps every valid choice and drops only the damaged fields", () => {
    expect(parseSettings(JSON.parse(JSON.stringify(chosen)))).toEqual(chosen);
    const damaged = parseSettings({ ...chosen, classes: 7, rolesByHeader: { Tel: "notARole", "": "email", Courriel: "email" } });
    expect(damaged.classes).toBe(5);
    expect(damaged.rolesByHeader).toEqual({ Courriel: "email" });
    // Roles saved by position by an older version are dropped, never applied to another file's column.
    expect(parseSettings({ roleOverrides: { 6: "channel" } }).rolesByHeader).toEqual({});
    expect(damaged.lang).toBe("en");
    expect(parseSettings({ comply: { today: "30/06/2025", purge: "yes" }, calls: 12 })).toMatchObject({
      comply: DEFAULT_SETTINGS.comply,
      calls: DEFAULT_SETTINGS.calls,
    });
  });
});

describe("settings stores", () => {
  it("memory: load gives what was saved", async () => {
    const store = memorySettingsStore();
    await store.save(chosen);
    expect(store.load()).toEqual(chosen);
    expect(store.saved).toHaveLength(1);
  });

  it("localStorage: a JSON round trip under one key; damaged JSON gives defaults", async () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = localStorageSettingsStore(storage);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save(chosen);
    expect(data.has(SETTINGS_KEY)).toBe(true);
    expect(localStorageSettingsStore(storage).load()).toEqual(chosen);
    data.set(SETTINGS_KEY, "{not json");
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
  });

  function fakeDocumentSettings(status: "succeeded" | "failed" = "succeeded") {
    const values = new Map<string, unknown>();
    let persisted = 0;
    const settings: OfficeSettingsLike = {
      get: (name) => values.get(name) ?? null,
      set: (name, value) => void values.set(name, value),
      saveAsync: (callback) => {
        if (status === "succeeded") persisted++;
        setTimeout(() => callback?.({ status, ...(status === "failed" ? { error: { message: "read-only document" } } : {}) }), 0);
      },
    };
    return { settings, values, persisted: () => persisted };
  }

  it("Office document settings: set then saveAsync, so the choice travels with the workbook", async () => {
    const fake = fakeDocumentSettings();
    const store = officeSettingsStore(fake.settings);
    await store.save(chosen);
    expect(fake.persisted()).toBe(1);
    expect(officeSettingsStore(fake.settings).load()).toEqual(chosen);
  });

  it("Office document settings: a failed saveAsync rejects with Office's reason", async () => {
    await expect(officeSettingsStore(fakeDocumentSettings("failed").settings).save(chosen)).rejects.toThrow("read-only document");
  });
});

describe("jobOptionsFromSettings", () => {
  it("turns saved choices into the jobs' options", () => {
    const options = jobOptionsFromSettings({ ...chosen, requiredFields: ["contact"] }, "fr");
    expect(options.lang).toBe("fr");
    expect(options.classes).toBe(10);
    expect(options.rolesByHeader).toEqual({ Portable: "mobile" });
    expect(options.referenceDate?.toISOString()).toBe("2024-12-31T00:00:00.000Z");
    expect(options.requiredFields?.map((f) => f.name)).toEqual(["contact"]);
  });

  it("leaves the reference date out when none was chosen", () => {
    expect(jobOptionsFromSettings(DEFAULT_SETTINGS, "en")).not.toHaveProperty("referenceDate");
  });

  it("copies the scores onto an orders list's rows only when the box was ticked", () => {
    expect(jobOptionsFromSettings(DEFAULT_SETTINGS, "fr")).not.toHaveProperty("onOrders");
    expect(jobOptionsFromSettings(parseSettings({ ...DEFAULT_SETTINGS, scoresOnOrders: true }), "fr").onOrders).toBe(true);
    expect(parseSettings({ scoresOnOrders: "yes" }).scoresOnOrders).toBe(false);
  });
});

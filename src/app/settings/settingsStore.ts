import { parseSettings, type TriaSettings } from "./triaSettings";

/**
 * Where the settings live: the workbook in Excel, localStorage on the web page, memory in tests.
 * The pane gets one as a prop and never knows which.
 */
export interface SettingsStore {
  load(): TriaSettings;
  save(settings: TriaSettings): Promise<void>;
}

/** One key for everything, so a workbook carries a single, versionable blob. */
export const SETTINGS_KEY = "tria.settings";

export function memorySettingsStore(initial?: unknown): SettingsStore & { readonly saved: TriaSettings[] } {
  let current = parseSettings(initial);
  const saved: TriaSettings[] = [];
  return {
    saved,
    load: () => current,
    save: async (settings) => {
      current = settings;
      saved.push(settings);
    },
  };
}

/** The part of Web Storage used here (window.localStorage or a fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function localStorageSettingsStore(storage: StorageLike): SettingsStore {
  return {
    load() {
      try {
        return parseSettings(JSON.parse(storage.getItem(SETTINGS_KEY) ?? "null"));
      } catch {
        return parseSettings(null); // damaged JSON: defaults, never a broken page
      }
    },
    save: async (settings) => storage.setItem(SETTINGS_KEY, JSON.stringify(settings)),
  };
}

/** The part of Office.context.document.settings used here. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/**
 * Saved with the workbook (Office docs, "Persist add-in state and settings": document.settings,
 * persisted by saveAsync), so the roles chosen travel with the file to a colleague.
 */
export function officeSettingsStore(settings: OfficeSettingsLike): SettingsStore {
  return {
    load: () => parseSettings(settings.get(SETTINGS_KEY)),
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, value);
        settings.saveAsync((result) => (result.status === "failed" ? reject(new Error(result.error?.message ?? "saveAsync failed")) : resolve()));
      }),
  };
}

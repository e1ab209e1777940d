/**
 * The Sheets sidebar: three buttons, Score's option for orders lists, a live status line and the
 * legend. It runs in Google's sandboxed iframe and talks to the script only through
 * google.script.run; the jobs themselves run in the script (the engine is there), so this file
 * stays small.
 */
import type { Lang } from "../../engine/i18n/lang";
import type { LegendEntry } from "../legendEntries";
import { sidebarText } from "./sidebarText";
import { FLAG_SYMBOLS } from "../../engine/legend";

interface Outcome {
  readonly ok: boolean;
  readonly message: string;
  /** false: the run stopped before Apps Script's six minutes and carries on at the next call. */
  readonly done?: boolean;
}

interface SidebarState {
  readonly lang: Lang;
  readonly legend: LegendEntry[];
  readonly canUndo: boolean;
  /** What to say about a run cut short earlier (the sidebar was closed before it finished). */
  readonly pending?: string | null;
  /** Score on an orders list also copies the scores onto every order row (the document's last choice). */
  readonly onOrders?: boolean;
}

interface ScriptRunner {
  withSuccessHandler(handler: (value: never) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

function runner(): ScriptRunner {
  return (globalThis as unknown as { google: { script: { run: ScriptRunner } } }).google.script.run;
}

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value: never) => resolve(value as T))
      .withFailureHandler(reject);
    (run[name] as (...a: unknown[]) => void)(...args);
  });
}

function element(id: string): HTMLElement {
  return document.getElementById(id)!;
}

function onOrdersBox(): HTMLInputElement {
  return element("on-orders") as HTMLInputElement;
}

function render(lang: Lang, legend: readonly LegendEntry[], canUndo: boolean, onOrders: boolean): void {
  document.documentElement.lang = lang;
  element("intro").textContent = sidebarText(lang, "intro");
  for (const [id, key] of [
    ["structure", "structure"],
    ["score", "score"],
    ["undo", "undo"],
  ] as const) {
    const button = element(id) as HTMLButtonElement;
    button.textContent = sidebarText(lang, key);
    button.disabled = id === "undo" && !canUndo;
  }
  element("on-orders-label").textContent = sidebarText(lang, "onOrders");
  onOrdersBox().checked = onOrders;
  onOrdersBox().disabled = false;
  element("legend-title").textContent = sidebarText(lang, "legend");
  const list = element("legend");
  list.replaceChildren(
    ...legend.map((entry) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      // The taskpane's symbols (one legend): colour is never the only signal.
      swatch.textContent = FLAG_SYMBOLS[entry.kind];
      swatch.setAttribute("aria-hidden", "true");
      if (entry.fill) swatch.style.background = `#${entry.fill}`;
      swatch.style.border = entry.border ? `2px ${entry.dashed ? "dashed" : "solid"} #${entry.border}` : "1px solid #767676";
      const text = document.createElement("span");
      text.textContent = `${entry.label} — ${entry.meaning}`;
      item.append(swatch, text);
      return item;
    }),
  );
}

async function runJob(lang: Lang, name: string, ...args: unknown[]): Promise<void> {
  const status = element("status");
  const buttons = [...document.querySelectorAll("button, input")] as (HTMLButtonElement | HTMLInputElement)[];
  buttons.forEach((b) => (b.disabled = true));
  status.textContent = sidebarText(lang, "working");
  status.className = "";
  try {
    let outcome = await call<Outcome>(name, true, ...args);
    // A big sheet takes several executions: each says how far it got, the next one carries on.
    while (outcome.ok && outcome.done === false) {
      status.textContent = outcome.message;
      outcome = await call<Outcome>(name, true, ...args);
    }
    status.textContent = outcome.message;
    status.className = outcome.ok ? "ok" : "error";
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    status.className = "error";
  }
  const state = await call<SidebarState>("sidebarState");
  buttons.forEach((b) => (b.disabled = false));
  (element("undo") as HTMLButtonElement).disabled = !state.canUndo;
}

async function start(): Promise<void> {
  const state = await call<SidebarState>("sidebarState");
  render(state.lang, state.legend, state.canUndo, state.onOrders === true);
  if (state.pending) element("status").textContent = state.pending;
  element("structure").addEventListener("click", () => void runJob(state.lang, "structureActiveSheet"));
  element("score").addEventListener("click", () => void runJob(state.lang, "scoreActiveSheet", onOrdersBox().checked));
  element("undo").addEventListener("click", () => void runJob(state.lang, "undoLastRun"));
}

void start();

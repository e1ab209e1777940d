/**
 * Issue 11 on the stand-alone page, in Debian's Chromium: a French Excel CSV of 50,000 varied
 * customers (distinct names, streets, towns, dates: the bench's generator) is read, structured,
 * written and downloaded while a PerformanceObserver ("longtask") watches the page's thread: no
 * task may take over 100 ms, so the page never freezes. Then Cancel is clicked in each phase a
 * user sees (reading, the job, the write): the worker stops, nothing is half-done, and the page
 * runs the next job. The figures (longest task per phase, time to a Structure result, the page's
 * heap) are printed for the issue's closing note.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { CDPSession, Page } from "playwright-core";
import { browserSuite } from "./webPage";
import { startTaskTrace, stopTaskTrace } from "./taskCpu";
import { customerRecords, CUSTOMER_COLUMN_FORMATS, CUSTOMER_HEADER } from "../../src/tools/samples/customers";
import { toExcelCsv } from "../../src/tools/samples/csv";
import { encodeCp1252 } from "../../src/tools/samples/cp1252";

const enabled = process.env.TRIA_SKIP_BROWSER !== "1";
const ROWS = 50_000;
/** A task longer than this is one a user feels (RAIL: respond within 100 ms). */
const LONG_TASK_MS = 100;
/** Load average under which the page's thread gets a core when it wants one (2 cores; this test keeps ~2 threads busy). */
const QUIET_LOAD = 3;

/** 50,000 varied customers as Excel writes a French CSV (cp1252, ";"), seeded: the same file every run. */
function variedCsv(rows: number): Buffer {
  const cells = Array.from(customerRecords(rows, 42, { keepTraits: false, varied: true }), (record) => record.cells);
  return Buffer.from(encodeCp1252(toExcelCsv([CUSTOMER_HEADER, ...cells], CUSTOMER_COLUMN_FORMATS)));
}

interface LongTask {
  readonly start: number;
  readonly duration: number;
  /** What the page showed when it began: the progress line's phase, or the results shown. */
  readonly phase: string;
}

interface Watched {
  __longTasks: LongTask[];
  __phases: string[];
  __cancelWhen: (pattern: string) => Promise<string>;
}

/**
 * Starts watching the page's thread: every long task from now on is kept (page.evaluate reads
 * them) with the phase the page showed as it began, and every phase a progress line named.
 * textContent, not innerText: reading it lays nothing out, so the watching adds no long task.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watched = window as unknown as Watched;
    watched.__longTasks = [];
    watched.__phases = [];
    let phase = "idle";
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="job-progress"]');
      const named = /\(([^)]+)\)/.exec(bar?.textContent ?? "")?.[1];
      const shown = ["structure-results", "result-grid"].filter((id) => document.querySelector(`[data-testid="${id}"]`)).join("+");
      phase = named ?? (bar ? "starting" : shown || "idle");
      if (named && !watched.__phases.includes(named)) watched.__phases.push(named);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watched.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration), phase });
    }).observe({ type: "longtask" });
  });
}

/** The phases progress lines named so far, in order. */
const seenPhases = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as Watched).__phases);

/** The long tasks since the last call (the phase that just ended). */
const takeLongTasks = (page: Page): Promise<LongTask[]> => page.evaluate(() => (window as unknown as Watched).__longTasks.splice(0));

/**
 * Clicks Cancel from inside the page the moment the progress line matches `pattern` (a phase
 * can last less than a test's polling interval); resolves with the line it cancelled on.
 */
async function armCancel(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as Watched).__cancelWhen = (pattern) =>
      new Promise<string>((resolve) => {
        const wanted = new RegExp(pattern);
        const check = () => {
          for (const bar of document.querySelectorAll<HTMLElement>('[data-testid="job-progress"]')) {
            const text = bar.innerText.replace(/[\u00a0\u202f]/g, " ");
            if (!wanted.test(text)) continue;
            observer.disconnect();
            bar.querySelector("button")?.click();
            resolve(text);
            return;
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
  });
}

const cancelWhen = (page: Page, pattern: RegExp) => page.evaluate((source) => (window as unknown as Watched).__cancelWhen(source), pattern.source);

/** The page's JavaScript heap after a full collection, in MB (Chromium's DevTools protocol). */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return Math.round(usedSize / 1e5) / 10;
}

const longest = (tasks: readonly LongTask[]) => tasks.reduce((most, task) => Math.max(most, task.duration), 0);

/** The longest task in each phase: "structuration 40, écriture 85, …". */
function longestByPhase(tasks: readonly LongTask[]): string {
  const most = new Map<string, number>();
  for (const task of tasks) most.set(task.phase, Math.max(most.get(task.phase) ?? 0, task.duration));
  return [...most].map(([phase, duration]) => `${phase} ${duration}`).join(", ");
}

describe.skipIf(!enabled)("web page on 50,000 varied customers: no long task, Cancel in every phase (Chromium)", () => {
  const suite = browserSuite();
  // A file on disk, as a user picks it: a buffer would be decoded by playwright's script on the
  // page's own thread (17 s for 5 MB here), which is the test's work, not the page's.
  const folder = mkdtempSync(path.join(tmpdir(), "tria-50k-"));
  const file = path.join(folder, "clients-50000.csv");
  const otherFile = path.join(folder, "autre.csv");
  writeFileSync(file, variedCsv(ROWS));
  writeFileSync(otherFile, variedCsv(ROWS));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Two measures of each task. Its CPU time (Chrome's trace) is the page's own work: no task may
  // do over 100 ms of it, at any load. Its length (PerformanceObserver, what a user feels) is
  // that work plus the time the thread waited for one of the 2 cores, which other jobs share: a
  // task of 10 ms of work lasted 100-145 ms at load 10 here. So the 100 ms bar on lengths holds
  // on a quiet machine (load average up to QUIET_LOAD); above it, lengths may reach 100 ms × the
  // load per core, which still fails the page as it was (0.4-0.9 s tasks at load 6-13).
  it("reads, structures, writes and downloads 50,000 rows with no main-thread task over 100 ms", async () => {
    const { page, errors } = await suite.open({ width: 1280, acceptDownloads: true, readyText: "Votre fichier clients" });
    const workers: { closed: boolean }[] = [];
    page.on("worker", (worker) => {
      const seen = { closed: false };
      workers.push(seen);
      worker.on("close", () => (seen.closed = true));
    });
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = await heapMb(cdp);
    await startTaskTrace(suite.browser, page);
    await watchLongTasks(page);
    const loadBefore = loadavg()[0]!;

    // Reading: the dropped file is read and inspected in the worker.
    let started = Date.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 240_000 });
    expect((await page.locator("main").innerText()).replace(/[\u202f\u00a0]/g, " ")).toMatch(/50 000 lignes/);
    const reading = await takeLongTasks(page);
    const readSeconds = (Date.now() - started) / 1000;

    // Structure: the job, applying its Plan and writing the workbook, then the preview.
    await page.locator('[data-tab="structure"]').click();
    started = Date.now();
    await page.locator('[data-testid="run-runStructure"]').click();
    await page.locator('[data-testid="structure-results"]').waitFor({ timeout: 300_000 });
    const structureSeconds = (Date.now() - started) / 1000;
    await page.locator('[data-testid="result-grid"]').waitFor({ timeout: 300_000 });
    const previewSeconds = (Date.now() - started) / 1000;
    const structuring = await takeLongTasks(page);
    // Not traced: the heap measure's full collection is the test's task, not the page's (0.1 s of CPU).
    const structureTrace = await stopTaskTrace(suite.browser);
    const traced = [...structureTrace.long];
    const heapAfter = await heapMb(cdp);
    await startTaskTrace(suite.browser, page);

    // Download: the bytes the worker wrote, handed to the browser.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download"]').click()]);
    const saved = await download.path();
    const downloading = await takeLongTasks(page);
    const downloadTrace = await stopTaskTrace(suite.browser);
    traced.push(...downloadTrace.long);
    // The busier of the two ends of the run (1-minute load averages).
    const load = Math.max(loadBefore, loadavg()[0]!);
    const zip = await JSZip.loadAsync(await readFile(saved));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toContain("E-mail (corrigé)");
    expect(sheet).toContain(`<row r="${ROWS + 1}"`);

    // Progress for every phase of the run, the write and the preview included.
    expect(await seenPhases(page)).toEqual(expect.arrayContaining(["lecture", "détection", "structuration", "écriture", "aperçu"]));
    console.log(
      `[issue 11, ${ROWS} rows] longest main-thread task: reading ${longest(reading)} ms, Structure ${longest(structuring)} ms (${longestByPhase(structuring)}), download ${longest(downloading)} ms; ` +
        `read+inspect ${readSeconds.toFixed(1)} s, Structure result ${structureSeconds.toFixed(1)} s (preview ${previewSeconds.toFixed(1)} s); ` +
        `page heap ${heapBefore} MB → ${heapAfter} MB after Structure; load average ${load.toFixed(1)}; ` +
        `most CPU in one task ${traced.reduce((most, task) => Math.max(most, task.cpu), 0)} ms; long tasks ${JSON.stringify({ reading, structuring, downloading })}; ` +
        `traced ${structureTrace.seen + downloadTrace.seen} tasks, over 50 ms (wall/cpu ms): ${traced.map((task) => `${task.wall}/${task.cpu}`).join(" ")}`,
    );
    // On a quiet machine no task may reach the 50 ms the trace keeps: count every task it saw.
    expect(structureTrace.seen, "the trace saw the page's tasks").toBeGreaterThan(0);
    expect(
      traced.filter((task) => task.cpu > LONG_TASK_MS),
      "tasks doing over 100 ms of work",
    ).toEqual([]);
    const allowed = load <= QUIET_LOAD ? LONG_TASK_MS : (LONG_TASK_MS * load) / cpus().length;
    const felt = (tasks: readonly LongTask[]) => tasks.filter((task) => task.duration > allowed);
    expect(felt(reading), "reading").toEqual([]);
    expect(felt(structuring), "Structure").toEqual([]);
    expect(felt(downloading), "download").toEqual([]);

    // A second file: the first one's worker, and the rows it held, go.
    const firstFile = [...workers];
    await page.locator('[data-tab="columns"]').click();
    await page.locator('input[type="file"]').setInputFiles(otherFile);
    await expect.poll(() => firstFile.every((worker) => worker.closed), { timeout: 30_000 }).toBe(true);
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 240_000 });
    const heapSecond = await heapMb(cdp);
    console.log(`[issue 11] page heap after a second file: ${heapSecond} MB`);
    // The page holds no rows: its heap stays far below the file's 50,000 rows as objects.
    expect(heapSecond).toBeLessThan(heapBefore + 40);
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  it("stops at Cancel in every phase (reading, the job, the write, the preview) and runs the next job (350 px)", async () => {
    const { page, errors } = await suite.open({ width: 350, readyText: "Votre fichier clients" });
    let closed = 0;
    page.on("worker", (worker) => worker.on("close", () => closed++));
    await armCancel(page);
    // The status line is for screen readers (not drawn): read from the page's text, not its look.
    const cancelled = () => expect.poll(() => page.locator("main").textContent(), { timeout: 60_000 }).toMatch(/annulé/);

    // Reading (on drop): cancelled while the file is read; nothing inspected, the button runs it again.
    let cancelling = cancelWhen(page, /lecture/);
    await page.locator('input[type="file"]').setInputFiles(file);
    expect(await cancelling).toMatch(/% \(lecture\)/);
    await expect.poll(() => closed, { message: "the worker reading the file stopped", timeout: 30_000 }).toBe(1);
    await cancelled();
    expect(await page.locator("[data-role]").count()).toBe(0);
    await page.locator('[data-testid="inspect"]').click();
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 240_000 });

    // The job, then the write: each stops, and the file stays as it was (nothing to download).
    await page.locator('[data-tab="structure"]').click();
    for (const [phase, pattern] of [
      ["structure", /\d+ \/ 50 000 lignes \(structuration\)/],
      ["write", /\d+ % \(écriture\)/],
    ] as const) {
      const before = closed;
      cancelling = cancelWhen(page, pattern);
      await page.locator('[data-testid="run-runStructure"]').click();
      expect(await cancelling, phase).toMatch(pattern);
      await cancelled();
      await expect.poll(() => closed, { message: `the worker stopped in the ${phase} phase`, timeout: 30_000 }).toBe(before + 1);
      expect(await page.locator('[data-testid="job-progress"]').count(), phase).toBe(0);
      expect(await page.locator('[data-testid="download"]').count(), phase).toBe(0);
      expect(await page.locator('[data-testid="structure-results"]').count(), phase).toBe(0);
    }

    // Still usable: the same run goes to its end on a new worker, read again from the file; then
    // the preview of its output is cancelled: the results and the file stay, the preview comes back on demand.
    let before = closed;
    cancelling = cancelWhen(page, /\(aperçu\)/);
    await page.locator('[data-testid="run-runStructure"]').click();
    expect(await cancelling, "preview").toMatch(/\(aperçu\)/);
    await expect.poll(() => page.locator("main").textContent(), { timeout: 60_000 }).toMatch(/Aperçu annulé/);
    await expect.poll(() => closed, { message: "the worker stopped in the preview", timeout: 30_000 }).toBe(before + 1);
    // The results are drawn in a transition, maybe after the preview was cancelled: waited for.
    await page.locator('[data-testid="structure-results"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="result-grid"]').count()).toBe(0);
    before = closed;
    await page.locator('[data-testid="preview-show"]').click();
    await page.locator('[data-testid="result-grid"]').waitFor({ timeout: 300_000 });
    expect(closed, "the preview came back without another cancel").toBe(before);
    expect((await page.locator('[data-testid="result-grid"] thead').textContent()) ?? "").toContain("E-mail (corrigé)");
    await page.locator('[data-testid="download"]').waitFor({ timeout: 300_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);
});

import { FakeProxy, FakeRichApiError, type FakeContext } from "./fakeContext";
import type { FakeRange } from "./fakeRange";
import { rectAddress, type FakeChartModel, type FakeSheet } from "./fakeWorkbookModel";

const CHART_TYPES = new Set(["BarClustered", "ColumnClustered", "Line", "Pie"]);

/** worksheet.charts.add(...)'s chart: setters queue a change, as every Office.js write does. */
export class FakeChart extends FakeProxy<{ sheet: FakeSheet; model: FakeChartModel }> {
  constructor(
    ctx: FakeContext,
    resolve: () => { sheet: FakeSheet; model: FakeChartModel } | null,
    preset?: { target: { sheet: FakeSheet; model: FakeChartModel }; loaded: Record<string, unknown> },
  ) {
    super(ctx, resolve, preset);
  }

  protected property({ model }: { model: FakeChartModel }, name: string): unknown {
    if (name === "name") return model.name;
    throw new FakeRichApiError("InvalidArgument", `fake Chart has no property ${name}`);
  }

  private edit(bytes: number, change: (model: FakeChartModel) => void): void {
    this.act(bytes, ({ model }) => change(model));
  }

  readonly title = ((chart: FakeChart) => ({
    set text(text: string) {
      chart.edit(text.length, (m) => (m.title = text));
    },
  }))(this);

  readonly legend = ((chart: FakeChart) => ({
    set visible(visible: boolean) {
      chart.edit(5, (m) => (m.legendVisible = visible));
    },
  }))(this);

  readonly axes = ((chart: FakeChart) => ({
    categoryAxis: {
      set reversePlotOrder(reverse: boolean) {
        chart.edit(5, (m) => (m.reversePlotOrder = reverse));
      },
    },
  }))(this);

  setPosition(from: string, to: string): void {
    this.edit(from.length + to.length, (m) => {
      m.from = from;
      m.to = to;
    });
  }

  delete(): void {
    this.act(0, ({ sheet, model }) => sheet.charts.splice(sheet.charts.indexOf(model), 1));
  }
}

/** worksheet.charts: add, and load("items/name") to list (and delete) what is there. */
export class FakeCharts extends FakeProxy<FakeSheet> {
  protected property(sheet: FakeSheet, name: string): unknown {
    if (name === "items/name") return sheet.charts.map((c) => c.name);
    throw new FakeRichApiError("InvalidArgument", `fake charts: load items/name only (${name})`);
  }

  get items(): FakeChart[] {
    const sheet = this.resolved();
    return this.read<string[]>("items/name").map((name) => {
      const model = sheet.charts.find((c) => c.name === name)!;
      return new FakeChart(this.ctx, () => null, { target: { sheet, model }, loaded: { name } });
    });
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    return new FakeChart(this.ctx, () => {
      if (!CHART_TYPES.has(type)) throw new FakeRichApiError("InvalidArgument", `fake Excel: chart type ${type} not modelled`);
      const sheet = this.resolved();
      const cells = source.resolved();
      if (cells.sheet !== sheet) throw new FakeRichApiError("InvalidArgument", "fake Excel: a chart's source on another sheet is not modelled");
      // Excel names charts "Chart 1", "Chart 2"… per sheet.
      const model: FakeChartModel = {
        name: `Chart ${sheet.nextChart++}`,
        type,
        source: rectAddress(sheet.name, cells.rects[0]!),
        seriesBy,
        title: "",
        from: null,
        to: null,
        legendVisible: true,
        reversePlotOrder: false,
      };
      sheet.charts.push(model);
      return { sheet, model };
    });
  }
}

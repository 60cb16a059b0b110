import type { DrilldownRecord, Unit } from "../../contracts/compass.js";
import type { Ctx } from "./context.js";

/**
 * A figure an instrument module gives the compass (ARCHITECTURE.md "the spine").
 * Read functions run over the module's own tables; the compass never writes them.
 */
export interface MetricDefinition {
  key: string; // "support.smes_with_ai_in_use"
  module: string;
  labelNl: string;
  labelEn: string;
  unit: Unit;
  perMunicipality: boolean;
  /** Value at a date for the province, or for one municipality. */
  valueAt(ctx: Ctx, at: { date: string; municipalityNis?: string }): Promise<number>;
  /** Value per municipality at a date (NIS → value); municipalities without records may be absent. */
  valuesByMunicipality?(ctx: Ctx, at: { date: string }): Promise<Map<string, number>>;
  /** The records that make up the value. */
  records(ctx: Ctx, at: { date: string; municipalityNis?: string }): Promise<DrilldownRecord[]>;
}

export class MetricRegistry {
  private readonly byKey = new Map<string, MetricDefinition>();

  constructor(definitions: MetricDefinition[] = []) {
    for (const d of definitions) this.register(d);
  }

  register(definition: MetricDefinition): void {
    if (this.byKey.has(definition.key)) throw new Error(`Metric ${definition.key} is registered twice`);
    this.byKey.set(definition.key, definition);
  }

  get(key: string): MetricDefinition | undefined {
    return this.byKey.get(key);
  }

  list(): MetricDefinition[] {
    return [...this.byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}

import type { Relation, SystemRecord } from '../model.js';
import type { Waiver } from '../waivers.js';

/** What a rule's check gives; `waived` is a fail covered by an exception that holds (waivers.ts), never a check's own. */
export type Outcome = 'pass' | 'fail' | 'not_applicable' | 'not_checkable' | 'waived';
export type Severity = 'error' | 'warning';

export interface Text {
  vi: string;
  en: string;
}

/** What a rule may look at beyond the system itself: the framework, the agencies, the rest of the registry. */
export interface RuleContext {
  components: Map<string, { code: string; layer: string; scope: 'national' | 'provincial'; name: Text; shortName: string | null }>;
  agencyKinds: Map<string, string>;
  systems: Map<string, { id: string; code: string; nameVi: string; ownerAgencyId: string; lifecycle: string }>;
  /** Non-retired systems implementing each component. */
  implementers: Map<string, string[]>;
  /** Relations from or to each system. */
  relations: Map<string, Relation[]>;
  /** Calls through the LGSP gateway in the last 30 days, both ways: system → counterpart system → calls. */
  gatewayTraffic: Map<string, Map<string, { calls: number; lastAt: Date }>>;
  /** How many of a system's data objects are mapped to approved data dictionary elements. */
  dictionaryMapping: (system: SystemRecord) => { mapped: number; total: number };
}

export interface RuleResult {
  outcome: Outcome;
  /** Why, for this system: shown beside the rule's own text. */
  message?: Text;
  details?: unknown;
}

export interface Rule {
  id: string;
  title: Text;
  /** Where in Decision 2352/QĐ-UBND the rule comes from. */
  clause: string;
  severity: Severity;
  /** What to do to comply. */
  remedy: Text;
  check(system: SystemRecord, context: RuleContext): RuleResult;
}

export interface Finding extends RuleResult {
  /** The exception that makes a fail waived. */
  waiver?: Waiver;
  ruleId: string;
  title: Text;
  clause: string;
  severity: Severity;
  remedy: Text;
}

/** Stored with each system so lists can filter and summaries can count without re-evaluating. */
export interface ComplianceSummary {
  evaluatedAt: string;
  outcomes: Record<string, Outcome>;
  /** Failed rules of severity error. */
  errors: number;
  /** Failed rules of severity warning. */
  warnings: number;
  /** Failed rules covered by an exception that holds (absent in summaries stored before waivers existed). */
  waived?: number;
}

/** Step outputs (listed in action.yml). Every output is always set, so that workflows can rely on each name. */
import * as core from '@actions/core';
import type { Outcome } from '../outcome.js';

type ActionResult = Outcome;

export interface ActionOutputs {
  result: ActionResult;
  clients?: number;
  findings?: number;
  violations?: number;
  exempted?: number;
  /** Counts of the comparison with the previous run; undefined when there was none. */
  newViolations?: number;
  resolved?: number;
  /** Absolute paths of the written reports. */
  reportJson?: string;
  reportCsv?: string;
  reportSarif?: string;
  artifactId?: string | number;
  artifactUrl?: string;
}

/** The outputs as the runner will see them: every name, '' when not applicable. */
function outputRecord(values: ActionOutputs): Record<string, string> {
  const text = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
  return {
    result: values.result,
    clients: text(values.clients),
    findings: text(values.findings),
    violations: text(values.violations),
    exempted: text(values.exempted),
    'new-violations': text(values.newViolations),
    resolved: text(values.resolved),
    'report-json': text(values.reportJson),
    'report-csv': text(values.reportCsv),
    'report-sarif': text(values.reportSarif),
    'artifact-id': text(values.artifactId),
    'artifact-url': text(values.artifactUrl),
  };
}

export function setOutputs(values: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputRecord(values))) core.setOutput(name, value);
}

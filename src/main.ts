/** The action shell: inputs → settings → core → publish. Every GitHub side effect is in src/github/. */
import { audit, validatePolicy } from './audit.js';
import { PolicyError } from './errors.js';
import { emitPolicyErrors } from './github/annotations.js';
import { basePolicyOf } from './github/base-policy.js';
import {
  readInputs,
  toMergeSettings,
  toSettings,
  workspaceRoot,
  type ActionInputs,
} from './github/inputs.js';
import { actionsLogger, log } from './github/logger.js';
import { setOutputs } from './github/outputs.js';
import { prContext } from './github/pr.js';
import { previousReportOf } from './github/previous-run.js';
import { publish, publishMerged } from './github/publish.js';
import { writeSummary } from './github/summary.js';
import { classifyError, verdictMessage } from './outcome.js';
import { renderFailureSummary, renderValidation } from './report/status.js';
import { findReports, readReports } from './report-files.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs | undefined;
  try {
    inputs = readInputs(env); // masks the secret before anything else happens
    if (inputs.mode === 'validate') await runValidate(inputs, env);
    else if (inputs.mode === 'merge') await runMerge(inputs);
    else await runAudit(inputs, env);
  } catch (error) {
    await reportFailure(error, inputs);
  }
}

async function runAudit(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const settings = toSettings(inputs, { now: new Date(), env });
  const pr = prContext(env);
  const basePolicy = await basePolicyOf(pr, inputs, settings.policyDisplayPath);
  const previous = await previousReportOf(inputs, env);
  const result = await audit({ ...settings, basePolicy, previous }, actionsLogger);
  setOutputs(await publish(result, settings.policyDisplayPath, inputs, pr, env));
  conclude(verdictMessage(result.report), result.report.result === 'fail');
}

async function runValidate(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const settings = toSettings(inputs, { now: new Date(), env });
  const { policy, warnings } = await validatePolicy(settings);
  if (inputs.annotations) emitPolicyErrors(warnings);
  if (inputs.jobSummary) await writeSummary(renderValidation(policy.path, warnings));
  setOutputs({ result: 'pass' });
  log.info(`${policy.path} is valid${warnings.length ? ` (${warnings.length} warnings)` : ''}.`);
}

async function runMerge(inputs: ActionInputs): Promise<void> {
  const { mergeReports, mergedVerdict } = await import('./report/merge.js');
  const root = workspaceRoot(inputs);
  const files = await findReports(inputs.reports ?? '', root);
  const merged = mergeReports(await readReports(files, root, 'Report'), toMergeSettings(inputs));
  setOutputs(await publishMerged(merged, inputs));
  conclude(mergedVerdict(merged), merged.result === 'fail');
}

/** The run's last line: its verdict, which fails the step when the gate says so. */
function conclude(verdict: string, failed: boolean): void {
  if (failed) log.setFailed(verdict);
  else log.info(verdict);
}

/** A run that ends without a report: the outcome, one message, and the policy's errors where they are. */
async function reportFailure(error: unknown, inputs: ActionInputs | undefined): Promise<void> {
  const { outcome, message } = classifyError(error);
  if (error instanceof PolicyError && inputs?.annotations !== false) {
    emitPolicyErrors([...error.errors, ...error.warnings]);
  }
  if (outcome === 'error' && error instanceof Error && error.stack) log.debug(error.stack);
  setOutputs({ result: outcome });
  if (inputs?.jobSummary !== false) await writeSummary(renderFailureSummary(outcome, message));
  log.setFailed(message);
}

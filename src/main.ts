/**
 * The action shell: inputs → settings → core → publish (reports, summary, annotations, artifact,
 * PR comment, outputs). Every GitHub side effect goes through src/github/.
 */
import path from 'node:path';
import { audit, validatePolicy, type AuditResult } from './audit.js';
import { PolicyError } from './errors.js';
import { emitAnnotations, emitPolicyErrors } from './github/annotations.js';
import { uploadReportArtifact } from './github/artifact.js';
import { fetchBasePolicy } from './github/base-policy.js';
import { upsertPrComment } from './github/comment.js';
import {
  readInputs,
  reportFolder,
  toMergeSettings,
  toSettings,
  workspaceRoot,
  type ActionInputs,
} from './github/inputs.js';
import { actionsLogger, log } from './github/logger.js';
import { setOutputs, type ActionOutputs } from './github/outputs.js';
import { prContext, type PrContext } from './github/pr.js';
import { writeSummary } from './github/summary.js';
import { classifyError, verdictMessage } from './outcome.js';
import { planAnnotations } from './report/annotations.js';
import { renderComment } from './report/comment.js';
import { renderSummary } from './report/summary.js';
import { COMMENT_MARKER, renderFailureSummary, renderValidation } from './report/status.js';
import { findReports, readReports, writeReportFiles } from './report-files.js';
import type { AuditSettings } from './settings.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs | undefined;
  try {
    inputs = readInputs(env); // masks the secret before anything else happens
    switch (inputs.mode) {
      case 'validate':
        return await runValidate(inputs, env);
      case 'merge':
        return await runMerge(inputs);
      default:
        return await runAudit(inputs, env);
    }
  } catch (error) {
    await reportFailure(error, inputs);
  }
}

async function reportFailure(error: unknown, inputs: ActionInputs | undefined): Promise<void> {
  const { outcome, message } = classifyError(error);
  if (error instanceof PolicyError) {
    if (inputs?.annotations !== false) emitPolicyErrors([...error.errors, ...error.warnings]);
  }
  if (outcome === 'error' && error instanceof Error && error.stack) log.debug(error.stack);
  setOutputs({ result: outcome });
  if (inputs?.jobSummary !== false) await writeSummary(renderFailureSummary(outcome, message));
  log.setFailed(message);
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
  const { renderMergedSummary } = await import('./report/merged-summary.js');
  const root = workspaceRoot(inputs);
  const files = await findReports(inputs.reports ?? '', root);
  const merged = mergeReports(await readReports(files, root, 'Report'), toMergeSettings(inputs));
  if (inputs.jobSummary) await writeSummary(renderMergedSummary(merged));
  setOutputs({
    result: merged.result,
    clients: merged.summary.clients,
    findings: merged.summary.findings,
    violations: merged.summary.violations,
    exempted: merged.summary.exempted,
  });
  const line = mergedVerdict(merged);
  if (merged.result === 'fail') log.setFailed(line);
  else log.info(line);
}

async function runAudit(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const settings = toSettings(inputs, { now: new Date(), env });
  const pr = prContext(env);
  if (pr && inputs.comparePolicy === 'auto') await addBasePolicy(settings, inputs, pr);

  const result = await audit(settings, actionsLogger);
  const outputs = await publish(result, settings, inputs, pr, env);
  setOutputs(outputs);

  const verdict = verdictMessage(result.report);
  if (result.report.result === 'fail') log.setFailed(verdict);
  else log.info(verdict);
}

/** The PR's base version of the policy, for the impact; a failure to read it only skips the comparison. */
async function addBasePolicy(settings: AuditSettings, inputs: ActionInputs, pr: PrContext): Promise<void> {
  const ref = pr.baseSha || pr.baseRef;
  if (!ref) return;
  const base = await fetchBasePolicy({
    token: inputs.githubToken,
    owner: pr.owner,
    repo: pr.repo,
    path: settings.policyDisplayPath,
    ref,
  });
  if ('warning' in base) {
    log.warning(`Policy impact not computed: ${base.warning}`);
    return;
  }
  settings.basePolicy = { text: base.text, ref: pr.baseRef || ref };
}

async function publish(
  { report }: AuditResult,
  settings: AuditSettings,
  inputs: ActionInputs,
  pr: PrContext | undefined,
  env: NodeJS.ProcessEnv,
): Promise<ActionOutputs> {
  const files = await writeReportFiles(report, reportFolder(inputs), {
    sarif: inputs.sarif,
    policyFile: settings.policyDisplayPath,
  });

  let artifact: { id: number; url: string } | undefined;
  if (inputs.artifactName) {
    const uploaded = await uploadReportArtifact({
      name: inputs.artifactName,
      files: [files.json, files.csv, ...(files.sarif ? [files.sarif] : [])],
      rootDir: path.dirname(files.json),
      retentionDays: inputs.retentionDays,
    });
    if ('warning' in uploaded) log.warning(uploaded.warning);
    else artifact = uploaded;
  }

  const runUrl = runLink(env);
  if (inputs.jobSummary) await writeSummary(renderSummary(report, { artifactUrl: artifact?.url, runUrl }));
  if (inputs.annotations) emitAnnotations(planAnnotations(report, settings.policyDisplayPath));

  if (pr && wantsComment(inputs, report)) {
    const comment = await upsertPrComment({
      token: inputs.githubToken,
      body: renderComment(report, { runUrl, artifactUrl: artifact?.url }),
      marker: COMMENT_MARKER,
      pr: { owner: pr.owner, repo: pr.repo, number: pr.number },
    });
    if (comment.action === 'skipped') log.warning(comment.warning);
    else log.info(`PR comment ${comment.action}: ${comment.url}`);
  }

  return {
    result: report.result,
    clients: report.summary.clients,
    findings: report.summary.findings,
    violations: report.summary.violations,
    exempted: report.summary.exempted,
    reportJson: files.json,
    reportCsv: files.csv,
    reportSarif: files.sarif ?? undefined,
    artifactId: artifact?.id,
    artifactUrl: artifact?.url,
  };
}

function wantsComment(inputs: ActionInputs, report: AuditResult['report']): boolean {
  if (inputs.prComment === 'never') return false;
  if (inputs.prComment === 'always') return true;
  const impact = report.impact;
  const changed = impact !== undefined && (impact.added.length > 0 || impact.removed.length > 0);
  return report.summary.findings > 0 || changed;
}

function runLink(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  const id = env.GITHUB_RUN_ID;
  if (!repo || !id) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

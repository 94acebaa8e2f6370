/**
 * What a finished audit leaves on GitHub: the report files, the report artifact, the job summary,
 * the annotations and the PR comment; and the step outputs that point at them.
 */
import path from 'node:path';
import { planAnnotations } from '../report/annotations.js';
import { renderComment } from '../report/comment.js';
import { renderMergedSummary } from '../report/merged-summary.js';
import { renderSummary } from '../report/summary.js';
import type { MergedReport } from '../report/merge.js';
import { COMMENT_MARKER } from '../report/status.js';
import { writeReportFiles, type WrittenReports } from '../report-files.js';
import type { AuditReport } from '../report/types.js';
import { emitAnnotations } from './annotations.js';
import { uploadReportArtifact } from './artifact.js';
import { upsertPrComment } from './comment.js';
import { reportFolder, type ActionInputs } from './inputs.js';
import { log } from './logger.js';
import type { ActionOutputs } from './outputs.js';
import type { PrContext } from './pr.js';
import { writeSummary } from './summary.js';

type Artifact = { id: number; url: string };

/** The merged verdict of several reports: its job summary; returns the step outputs. */
export async function publishMerged(merged: MergedReport, inputs: ActionInputs): Promise<ActionOutputs> {
  if (inputs.jobSummary) await writeSummary(renderMergedSummary(merged));
  const { clients, findings, violations, exempted } = merged.summary;
  return { result: merged.result, clients, findings, violations, exempted };
}

/** Publishes the report everywhere the inputs ask for; returns the step outputs (not yet set). */
export async function publish(
  { report }: { report: AuditReport },
  policyFile: string,
  inputs: ActionInputs,
  pr: PrContext | undefined,
  env: NodeJS.ProcessEnv,
): Promise<ActionOutputs> {
  const files = await writeReportFiles(report, reportFolder(inputs), { sarif: inputs.sarif, policyFile });
  const artifact = await uploadArtifact(files, inputs);
  const runUrl = runLink(env);
  if (inputs.jobSummary) await writeSummary(renderSummary(report, { artifactUrl: artifact?.url, runUrl }));
  if (inputs.annotations) emitAnnotations(planAnnotations(report, policyFile));
  if (pr && wantsComment(inputs, report)) {
    await comment(inputs, pr, renderComment(report, { runUrl, artifactUrl: artifact?.url }));
  }
  return {
    result: report.result,
    clients: report.summary.clients,
    findings: report.summary.findings,
    violations: report.summary.violations,
    exempted: report.summary.exempted,
    newViolations: report.changes?.new.length,
    resolved: report.changes?.resolved.length,
    reportJson: files.json,
    reportCsv: files.csv,
    reportSarif: files.sarif ?? undefined,
    artifactId: artifact?.id,
    artifactUrl: artifact?.url,
  };
}

/** The report files as an artifact, when `artifact-name` is set; a failed upload is only a warning. */
async function uploadArtifact(files: WrittenReports, inputs: ActionInputs): Promise<Artifact | undefined> {
  if (!inputs.artifactName) return undefined;
  const uploaded = await uploadReportArtifact({
    name: inputs.artifactName,
    files: [files.json, files.csv, ...(files.sarif ? [files.sarif] : [])],
    rootDir: path.dirname(files.json),
    retentionDays: inputs.retentionDays,
  });
  if ('warning' in uploaded) {
    log.warning(uploaded.warning);
    return undefined;
  }
  return uploaded;
}

async function comment(inputs: ActionInputs, pr: PrContext, body: string): Promise<void> {
  const result = await upsertPrComment({
    token: inputs.githubToken,
    body,
    marker: COMMENT_MARKER,
    pr: { owner: pr.owner, repo: pr.repo, number: pr.number },
  });
  if (result.action === 'skipped') log.warning(result.warning);
  else log.info(`PR comment ${result.action}: ${result.url}`);
}

/** `pr-comment: auto` comments when there is something to say: findings, or a policy change that moves them. */
function wantsComment(inputs: ActionInputs, report: AuditReport): boolean {
  if (inputs.prComment === 'never') return false;
  if (inputs.prComment === 'always') return true;
  const impact = report.impact;
  const changed = impact !== undefined && (impact.added.length > 0 || impact.removed.length > 0);
  return report.summary.findings > 0 || changed;
}

/** The run's page, linked from the summary and the comment; undefined outside a runner. */
function runLink(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  const id = env.GITHUB_RUN_ID;
  if (!repo || !id) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

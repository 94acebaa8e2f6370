/**
 * The report artifact. `@actions/artifact` is loaded only here and only when uploading: it is the
 * largest module of the bundle (3.7 MB), which every run would otherwise compile. An upload failure
 * is reported as a warning result, never thrown: the audit's verdict does not depend on it.
 */
import * as path from 'node:path';

interface ArtifactUpload {
  name: string;
  /** Absolute paths of the files to upload, all under rootDir. */
  files: string[];
  rootDir: string;
  /** 1–90; undefined: the repository's default. */
  retentionDays?: number;
}

type ArtifactResult = { id: number; url: string } | { warning: string };

/** The artifact's page, as GitHub links it from a run. */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env['GITHUB_REPOSITORY'] ?? ''}/actions/runs/${env['GITHUB_RUN_ID'] ?? ''}/artifacts/${id}`;
}

export async function uploadReportArtifact(upload: ArtifactUpload): Promise<ArtifactResult> {
  // Outside a runner (a local run of the bundle) there is no results service to talk to.
  if (!process.env['ACTIONS_RUNTIME_TOKEN'] || !process.env['ACTIONS_RESULTS_URL']) {
    return {
      warning: `Artifact "${upload.name}" not uploaded: no Actions runtime (ACTIONS_RUNTIME_TOKEN) here.`,
    };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(
      upload.name,
      upload.files.map((f) => path.resolve(f)),
      path.resolve(upload.rootDir),
      upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays },
    );
    if (response.id === undefined) {
      return { warning: `Artifact "${upload.name}" upload returned no artifact ID.` };
    }
    return { id: response.id, url: artifactUrl(response.id) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { warning: `Artifact "${upload.name}" not uploaded: ${message}` };
  }
}

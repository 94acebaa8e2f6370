import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  terminalText
} from "./chunk-YHSPJ6FH.js";

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
var PolicyError = class extends UserError {
  constructor(errors, warnings = []) {
    super(
      errors.length === 1 ? `Invalid policy: ${formatPolicyMessage(errors[0])}` : `Invalid policy (${errors.length} errors):
${errors.map((e) => `  ${formatPolicyMessage(e)}`).join("\n")}`
    );
    this.errors = errors;
    this.warnings = warnings;
  }
  errors;
  warnings;
  name = "PolicyError";
};
var IncompleteError = class extends Error {
  name = "IncompleteError";
};
function formatPolicyMessage(m) {
  return `${terminalText(m.file)}:${m.line}:${m.col}: ${m.level}: ${terminalText(m.message)}`;
}

// package.json
var package_default = {
  name: "genesys-oauth-audit",
  version: "0.1.0",
  description: "Audit every OAuth client of a Genesys Cloud organization against a YAML policy, and gate CI on it.",
  license: "MIT",
  type: "module",
  bin: {
    "genesys-oauth-audit": "dist/cli/index.js"
  },
  engines: {
    node: ">=22"
  },
  files: [
    "dist/cli/",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: 'NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning" jest',
    demo: "tsx src/bin.ts demo",
    bench: "tsx bench/run.ts",
    screenshots: "tsx scripts/screenshots.ts",
    cli: "tsx src/bin.ts",
    "gen:validator": "node scripts/gen-policy-validator.mjs",
    "gen:starter": "node scripts/gen-starter-files.mjs"
  },
  devDependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@jest/globals": "30.5.2",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "eslint-plugin-import-x": "4.18.1",
    "fast-check": "4.10.2",
    fflate: "0.8.3",
    "github-markdown-css": "5.9.0",
    jest: "30.5.2",
    micromark: "4.0.3",
    "micromark-extension-gfm": "3.0.0",
    node: "24.21.0",
    picomatch: "4.0.7",
    "playwright-core": "1.65.2",
    prettier: "3.10.1",
    "purecloud-platform-client-v2": "262.0.0",
    re2js: "2.10.0",
    "string-width": "8.3.0",
    "ts-jest": "29.4.15",
    tsx: "4.23.15",
    typescript: "6.0.3",
    "typescript-eslint": "8.73.0",
    undici: "7.30.2",
    yaml: "2.9.1"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "@parcel/watcher": false
  },
  overrides: {
    "@actions/http-client": {
      undici: "$undici"
    },
    "@actions/github": {
      undici: "$undici"
    }
  }
};

// src/version.ts
var TOOL_NAME = "genesys-oauth-audit";
var VERSION = package_default.version;
var USER_AGENT = `${TOOL_NAME}/${VERSION}`;

export {
  UserError,
  PolicyError,
  IncompleteError,
  formatPolicyMessage,
  TOOL_NAME,
  VERSION,
  USER_AGENT
};

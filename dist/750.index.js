export const id = 750;
export const ids = [750];
export const modules = {

/***/ 77750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeReports: () => (/* binding */ mergeReports),
  mergedVerdict: () => (/* binding */ mergedVerdict)
});

// UNUSED EXPORTS: renderMergedText

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/gate.ts
var gate = __webpack_require__(55375);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/report/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"genesys-oauth-audit report (oauth-audit.json), schemaVersion 1","type":"object","additionalProperties":false,"required":["schemaVersion","tool","generatedAt","source","policy","failOn","result","summary","clients","policyFindings","warnings"],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"genesys-oauth-audit"},"version":{"type":"string","minLength":1}}},"generatedAt":{"type":"string","format":"date-time"},"source":{"type":"object","additionalProperties":false,"required":["kind","region","apiBaseUrl"],"properties":{"kind":{"enum":["api","snapshot"]},"region":{"type":"string"},"apiBaseUrl":{"type":"string"}}},"policy":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"}}},"failOn":{"enum":["critical","high","medium","low","info","never"]},"result":{"$ref":"#/definitions/result"},"summary":{"$ref":"#/definitions/summary"},"clients":{"type":"array","items":{"$ref":"#/definitions/client"}},"policyFindings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/policyMessage"}},"impact":{"$ref":"#/definitions/impact"}},"definitions":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"count":{"type":"integer","minimum":0},"result":{"enum":["pass","fail"]},"severity":{"enum":["critical","high","medium","low","info"]},"check":{"enum":["missing-scope","scope-not-allowed","scope-forbidden","too-many-scopes","missing-role","role-not-allowed","role-forbidden","too-many-roles","all-divisions-role","grant-type-not-allowed","redirect-host-not-allowed","redirect-scheme-not-allowed","token-lifetime","password-grant","implicit-grant","insecure-redirect-uri","unknown-grant-type","unmatched-client","inactive-client","unknown-scope","expired-exemption","unused-exemption"]},"severityCounts":{"type":"object","additionalProperties":false,"required":["critical","high","medium","low","info"],"properties":{"critical":{"$ref":"#/definitions/count"},"high":{"$ref":"#/definitions/count"},"medium":{"$ref":"#/definitions/count"},"low":{"$ref":"#/definitions/count"},"info":{"$ref":"#/definitions/count"}}},"summary":{"type":"object","additionalProperties":false,"required":["clients","clientsFailing","findings","violations","exempted","bySeverity"],"properties":{"clients":{"$ref":"#/definitions/count"},"clientsFailing":{"$ref":"#/definitions/count"},"findings":{"$ref":"#/definitions/count"},"violations":{"$ref":"#/definitions/count"},"exempted":{"$ref":"#/definitions/count"},"bySeverity":{"$ref":"#/definitions/severityCounts"}}},"exemption":{"type":"object","additionalProperties":false,"required":["reason","owner","expires"],"properties":{"reason":{"type":"string"},"owner":{"type":"string"},"expires":{"$ref":"#/definitions/date"}}},"finding":{"type":"object","additionalProperties":false,"required":["check","severity","rule","subject","message","exempted","line"],"properties":{"check":{"$ref":"#/definitions/check"},"severity":{"$ref":"#/definitions/severity"},"rule":{"type":"string","minLength":1},"subject":{"type":"string"},"message":{"type":"string"},"exempted":{"type":"boolean"},"exemption":{"$ref":"#/definitions/exemption"},"line":{"type":"integer","minimum":1}},"if":{"properties":{"exempted":{"const":true}}},"then":{"required":["exemption"]},"else":{"not":{"required":["exemption"]}}},"role":{"type":"object","additionalProperties":false,"required":["id","name","divisionId","divisionName"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"divisionId":{"type":["string","null"]},"divisionName":{"type":["string","null"]}}},"client":{"type":"object","additionalProperties":false,"required":["id","name","description","grantType","state","scopes","roles","redirectUris","tokenLifetimeSeconds","dateCreated","dateModified","rules","result","findings"],"properties":{"id":{"type":"string","minLength":1},"name":{"type":"string"},"description":{"type":"string"},"grantType":{"type":"string"},"state":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"$ref":"#/definitions/role"}},"redirectUris":{"type":"array","items":{"type":"string"}},"tokenLifetimeSeconds":{"type":"number","minimum":0},"dateCreated":{"type":["string","null"]},"dateModified":{"type":["string","null"]},"rules":{"type":"array","items":{"type":"string"}},"result":{"$ref":"#/definitions/result"},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}}},"policyMessage":{"type":"object","additionalProperties":false,"required":["level","message","file","line","col"],"properties":{"level":{"enum":["error","warning"]},"message":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"col":{"type":"integer","minimum":1}}},"impactClient":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}},"impactFinding":{"type":"object","additionalProperties":false,"required":["clientId","clientName","rule","check","severity","subject"],"properties":{"clientId":{"type":"string"},"clientName":{"type":"string"},"rule":{"type":"string"},"check":{"$ref":"#/definitions/check"},"severity":{"$ref":"#/definitions/severity"},"subject":{"type":"string"}}},"impact":{"type":"object","additionalProperties":false,"required":["base","newlyFailing","newlyPassing","added","removed","byRule"],"properties":{"base":{"type":"object","additionalProperties":false,"required":["path","ref","status","sha256","message","result","violations"],"properties":{"path":{"type":"string"},"ref":{"type":"string"},"status":{"enum":["compared","missing","invalid","unchanged"]},"sha256":{"oneOf":[{"$ref":"#/definitions/sha256"},{"type":"null"}]},"message":{"type":["string","null"]},"result":{"enum":["pass","fail",null]},"violations":{"type":["integer","null"],"minimum":0}}},"newlyFailing":{"type":"array","items":{"$ref":"#/definitions/impactClient"}},"newlyPassing":{"type":"array","items":{"$ref":"#/definitions/impactClient"}},"added":{"type":"array","items":{"$ref":"#/definitions/impactFinding"}},"removed":{"type":"array","items":{"$ref":"#/definitions/impactFinding"}},"byRule":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","added","removed"],"properties":{"rule":{"type":"string"},"added":{"$ref":"#/definitions/count"},"removed":{"$ref":"#/definitions/count"}}}}}}}}');
;// CONCATENATED MODULE: ./src/report/validate.ts
/**
 * Validation of a JSON report against `report.schema.json`: used by `mode: merge` on files that
 * come from other jobs, and by the tests on every report they build.
 */



let compiled;
/** Compiled on first use: only merge mode and tests need it. */
function validator() {
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
        dist_default()["default"](ajv);
        compiled = ajv.compile(report_schema_namespaceObject);
    }
    return compiled;
}
function validateReport(value) {
    const validate = validator();
    if (validate(value))
        return { ok: true, report: value };
    return { ok: false, errors: (validate.errors ?? []).map(describe) };
}
function describe(e) {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    if (e.keyword === 'additionalProperties') {
        return `${where}: unexpected property "${String(e.params.additionalProperty)}"`;
    }
    if (e.keyword === 'enum') {
        return `${where}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return `${where}: ${e.message ?? e.keyword}`;
}

;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * `mode: merge`: several orgs audited in a matrix, each job writing its own JSON report, combined
 * into one verdict. The audit jobs usually run with `fail-on: never` so that every org reports, so
 * the gate is applied here, afresh, to the findings of all reports: a report's own `result`,
 * `failOn` and counts are ignored. The merge fails closed: a missing, unreadable, invalid or
 * incomplete report makes it `incomplete`, since the verdict would otherwise leave an org out.
 */






/** Errors listed per bad file before the rest is elided. */
const ERRORS_SHOWN = 5;
const WHAT_TO_DO = 'An audit job of the matrix probably failed or was cancelled before uploading its report, or the ' +
    "merge job did not download its artifact: check every audit job of this run, and that the download step's " +
    'pattern and path put each oauth-audit.json where `reports` looks.';
function mergeReports(inputs, options = {}) {
    const failOn = options.failOn ?? 'high';
    const expected = options.expectedReports;
    if (expected !== undefined && inputs.length > expected) {
        // More reports than orgs: either a stray file is matched or the matrix grew. Either way the count
        // no longer guards against a missing org, so it must be corrected rather than ignored.
        throw new errors/* UserError */.yo(`Found ${inputs.length} reports but ${expected} were expected: set expected-reports (--expect) to the ` +
            `number of orgs in the matrix, or narrow the reports pattern. Found: ${inputs.map((i) => i.path).join(', ')}.`);
    }
    const problems = [];
    const reports = [];
    for (const input of inputs) {
        const checked = check(input);
        if (typeof checked === 'string')
            problems.push(`  ${(0,src_escape/* terminalText */.eR)(input.path)}: ${checked}`);
        else
            reports.push(entry(input.path, checked, failOn));
    }
    if (expected !== undefined && inputs.length < expected) {
        const found = inputs.map((i) => i.path).join(', ');
        throw new errors/* IncompleteError */.j$(`Expected ${expected} reports (one per org), found ${inputs.length}${found ? ` (${found})` : ''}; the verdict would leave ` +
            `${expected - inputs.length === 1 ? 'an org' : `${expected - inputs.length} orgs`} out. ${WHAT_TO_DO}` +
            (problems.length > 0 ? `\nAlso:\n${problems.join('\n')}` : ''));
    }
    if (inputs.length === 0) {
        const where = options.searched ? ` (no report matches ${options.searched})` : '';
        throw new errors/* IncompleteError */.j$(`No report to merge${where}, so no org's audit can be judged. ${WHAT_TO_DO}`);
    }
    if (problems.length > 0) {
        throw new errors/* IncompleteError */.j$(`${problems.length === 1 ? 'A report' : `${problems.length} reports`} of ${inputs.length} cannot be used, ` +
            `so the verdict would leave ${problems.length === 1 ? 'an org' : 'orgs'} out:\n${problems.join('\n')}\n` +
            `Re-run the audit ${problems.length === 1 ? 'job that wrote it' : 'jobs that wrote them'} (a job that dies ` +
            'can leave no file or a partial one), and check that `reports` matches only the oauth-audit.json reports.');
    }
    const totals = {
        reports: reports.length,
        reportsFailing: 0,
        clients: 0,
        clientsFailing: 0,
        findings: 0,
        violations: 0,
        exempted: 0,
        bySeverity: (0,build/* emptySeverityCounts */.Fk)(),
    };
    for (const r of reports) {
        if (r.result === 'fail')
            totals.reportsFailing++;
        totals.clients += r.summary.clients;
        totals.clientsFailing += r.summary.clientsFailing;
        totals.findings += r.summary.findings;
        totals.violations += r.summary.violations;
        totals.exempted += r.summary.exempted;
        for (const s of types/* SEVERITIES */.o)
            totals.bySeverity[s] += r.summary.bySeverity[s];
    }
    return {
        schemaVersion: 1,
        kind: 'merged',
        failOn,
        result: totals.violations > 0 ? 'fail' : 'pass',
        reports,
        summary: totals,
    };
}
/** The report in a file, or what makes it unusable. */
function check(input) {
    if ('unreadable' in input)
        return `cannot be read: ${(0,src_escape/* terminalText */.eR)(input.unreadable)}`;
    const { report } = input;
    // A report that says its audit did not see the whole org, whatever else it holds.
    if (typeof report === 'object' &&
        report !== null &&
        report.result === 'incomplete') {
        return "the report of an incomplete audit (result: incomplete); re-run that org's audit.";
    }
    const checked = validateReport(report);
    if (checked.ok)
        return checked.report;
    // The report's keys are data: one line each in this message of several lines.
    const shown = checked.errors.slice(0, ERRORS_SHOWN).map((e) => `    ${(0,src_escape/* terminalText */.eR)(e, 300)}`);
    const more = checked.errors.length - shown.length;
    return (`not a genesys-oauth-audit report (schemaVersion 1):\n${shown.join('\n')}` +
        (more > 0 ? `\n    … and ${more} more` : ''));
}
/** One org's entry, counted afresh from its findings under the merge's gate. */
function entry(path, r, failOn) {
    const summary = (0,build/* summarize */.eh)(r.clients, r.policyFindings, failOn);
    summary.clientsFailing = r.clients.filter((c) => (0,gate/* clientResult */.BF)(c.findings, failOn) === 'fail').length;
    return {
        path,
        source: { kind: r.source.kind, region: r.source.region, apiBaseUrl: r.source.apiBaseUrl },
        policy: { path: r.policy.path, sha256: r.policy.sha256 },
        generatedAt: r.generatedAt,
        toolVersion: r.tool.version,
        failOn,
        result: summary.violations > 0 ? 'fail' : 'pass',
        summary,
        newlyFailing: r.impact?.newlyFailing.length ?? 0,
    };
}
/** Plain text for the CLI's `merge` command. */
function renderMergedText(merged) {
    const header = ['REPORT', 'REGION', 'RESULT', 'CLIENTS', 'FAILING', 'VIOLATIONS', 'FINDINGS', 'EXEMPTED'];
    const rows = merged.reports.map((r) => [
        terminalText(r.path, 60),
        terminalText(r.source.region, 40),
        r.result.toUpperCase(),
        String(r.summary.clients),
        String(r.summary.clientsFailing),
        String(r.summary.violations),
        String(r.summary.findings),
        String(r.summary.exempted),
    ]);
    const t = merged.summary;
    rows.push([
        'TOTAL',
        `${t.reports} reports`,
        merged.result.toUpperCase(),
        String(t.clients),
        String(t.clientsFailing),
        String(t.violations),
        String(t.findings),
        String(t.exempted),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const verdict = merged.result === 'fail'
        ? `Result: FAIL: ${t.reportsFailing} of ${t.reports} reports fail, ${violations(t.violations)} ${gateText(merged.failOn)} in all.`
        : `Result: PASS: ${t.reports} reports, no violations ${gateText(merged.failOn)}.`;
    return `${[line(header), ...rows.map(line)].join('\n')}\n\n${verdict}\n`;
}
function violations(n) {
    return `${n} violation${n === 1 ? '' : 's'}`;
}
/** The gate in words, for verdict lines: `at or above high`, or `(fail-on: never)`. */
function gateText(failOn) {
    return failOn === 'never' ? '(fail-on: never)' : `at or above ${failOn}`;
}
/** The one-line verdict of a merge, for the action's log and the CLI. */
function mergedVerdict(merged) {
    const t = merged.summary;
    const orgs = merged.result === 'fail' ? ` in ${t.reportsFailing} of ${t.reports} orgs` : '';
    return `Merged ${t.reports} reports: ${merged.result}, ${violations(t.violations)} ${gateText(merged.failOn)}${orgs}.`;
}


/***/ })

};

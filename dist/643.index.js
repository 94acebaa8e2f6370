export const id = 643;
export const ids = [643];
export const modules = {

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, SECURITY_SEVERITY, fingerprint, buildSarif */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55375);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63943);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67933);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22988);
/**
 * `oauth-audit.sarif`: SARIF 2.1.0 for GitHub code scanning. One rule per check; each
 * finding is a result located at the policy line it is attributed to (the rule, the `checks`
 * entry or the exemption), because the policy file is the only artifact in the repository that
 * the finding can point at.
 */





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where the tool is documented: its npm page. */
const INFORMATION_URI = 'https://www.npmjs.com/package/genesys-oauth-audit';
/** Key of our fingerprint in `partialFingerprints`; the version lets the formula change without collisions. */
const FINGERPRINT_KEY = 'genesysOAuthFinding/v1';
/** GitHub's `security-severity` scale (0–10): ≥9 critical, ≥7 high, ≥4 medium, else low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
};
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
/** The severity of a check with no finding in the report: its built-in default, or `high`, the default of a rule. */
function defaultSeverity(check) {
    return _policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILTIN_CHECK_DEFAULTS */ .o[check] ?? 'high';
}
/** Stable across runs for the same client, rule, check and subject, so code-scanning alerts are tracked, not re-opened. */
function fingerprint(clientId, f) {
    // JSON of the tuple: unambiguous whatever characters the values hold.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([clientId, f.rule, f.check, f.subject]))
        .digest('hex');
}
/** A repository-relative path as a URI reference: forward slashes, each segment percent-encoded. */
function pathToUri(file) {
    return file
        .replace(/\\/gu, '/')
        .replace(/^\.\//u, '')
        .split('/')
        .map((s) => encodeURIComponent(s))
        .join('/');
}
function locatedFindings(report) {
    return [
        ...report.clients.flatMap((c) => c.findings.map((f) => ({ clientId: c.id, clientName: c.name, finding: f }))),
        ...report.policyFindings.map((f) => ({ clientId: '', clientName: '', finding: f })),
    ];
}
/**
 * GitHub reads `security-severity` from the rule only. A rule check's severity is set per policy
 * rule, so a descriptor carries the highest severity its findings have in this report.
 */
function highestSeverities(all) {
    const highest = new Map();
    for (const { finding: f } of all) {
        const seen = highest.get(f.check);
        if (!seen || _policy_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_RANK */ .f3[f.severity] > _policy_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_RANK */ .f3[seen])
            highest.set(f.check, f.severity);
    }
    return highest;
}
function ruleDescriptor(check, severity) {
    const info = _checks_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_INFO */ .O[check];
    const level = sarifLevel(severity);
    return {
        id: check,
        name: check
            .split('-')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: info.title },
        fullDescription: { text: info.description },
        help: {
            text: `${info.description} ${info.remedy}`,
            markdown: `**${info.title}**\n\n${info.description}\n\n**Remedy:** ${info.remedy}`,
        },
        helpUri: INFORMATION_URI,
        defaultConfiguration: { level },
        properties: {
            'security-severity': SECURITY_SEVERITY[severity],
            tags: [
                'security',
                'oauth',
                'genesys-cloud',
                check.startsWith('unused-') || check.startsWith('expired-') ? 'policy' : 'client',
            ],
            precision: 'very-high',
            'problem.severity': level === 'note' ? 'recommendation' : level,
        },
    };
}
function sarifResult({ clientId, clientName, finding: f }, uri) {
    // Code scanning renders the message as Markdown (also in the review comment on a PR): one line,
    // and nothing in it that GitHub would turn into a mention, a reference or a link. The exact
    // values stay in `logicalLocations` and `properties`.
    const text = (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .githubText */ .f5)(clientId === '' ? f.message : `${clientName} (${clientId}): ${f.message}`);
    const result = {
        ruleId: f.check,
        ruleIndex: _policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL_CHECKS */ .c9.indexOf(f.check),
        level: sarifLevel(f.severity),
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    region: { startLine: Math.max(1, Math.trunc(f.line) || 1) },
                },
                ...(clientId === ''
                    ? {}
                    : { logicalLocations: [{ name: clientName, fullyQualifiedName: clientId, kind: 'resource' }] }),
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(clientId, f) },
        properties: {
            severity: f.severity,
            'security-severity': SECURITY_SEVERITY[f.severity],
            rule: f.rule,
            subject: f.subject,
            clientId,
            clientName,
        },
    };
    if (f.exempted) {
        const e = f.exemption;
        const justification = e
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .githubText */ .f5)(`${e.reason} (owner: ${e.owner}; expires: ${e.expires})`)
            : 'Exempted by the policy.';
        result.suppressions = [{ kind: 'external', state: 'accepted', justification }];
    }
    return result;
}
function buildSarif(report, options = {}) {
    const uri = pathToUri(options.policyFile ?? report.policy.path);
    const all = locatedFindings(report);
    const highest = highestSeverities(all);
    const rules = _policy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL_CHECKS */ .c9.map((check) => ruleDescriptor(check, highest.get(check) ?? defaultSeverity(check)));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                columnKind: 'utf16CodeUnits',
                results: all.map((located) => sarifResult(located, uri)),
                properties: {
                    generatedAt: report.generatedAt,
                    failOn: report.failOn,
                    result: report.result,
                    region: report.source.region,
                    policySha256: report.policy.sha256,
                },
            },
        ],
    };
}
function renderSarif(report, options = {}) {
    return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}


/***/ })

};

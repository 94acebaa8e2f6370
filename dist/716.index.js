export const id = 716;
export const ids = [716];
export const modules = {

/***/ 35067:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 55615:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __webpack_require__(35067);
const limit_1 = __webpack_require__(71796);
const codegen_1 = __webpack_require__(66300);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 71796:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __webpack_require__(67615);
const codegen_1 = __webpack_require__(66300);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 92716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeReports: () => (/* binding */ mergeReports),
  renderMergedSummary: () => (/* reexport */ markdown/* renderMergedSummary */.th)
});

// UNUSED EXPORTS: renderMergedText

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(61640);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(61197);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(11318);
// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(67615);
// EXTERNAL MODULE: ../../work/main/node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(55615);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/report/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"genesys-oauth-audit report (oauth-audit.json), schemaVersion 1","type":"object","additionalProperties":false,"required":["schemaVersion","tool","generatedAt","source","policy","failOn","result","summary","clients","policyFindings","warnings"],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"genesys-oauth-audit"},"version":{"type":"string","minLength":1}}},"generatedAt":{"type":"string","format":"date-time"},"source":{"type":"object","additionalProperties":false,"required":["kind","region","apiBaseUrl"],"properties":{"kind":{"enum":["api","snapshot"]},"region":{"type":"string"},"apiBaseUrl":{"type":"string"}}},"policy":{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/definitions/sha256"}}},"failOn":{"enum":["critical","high","medium","low","info","never"]},"result":{"$ref":"#/definitions/result"},"summary":{"$ref":"#/definitions/summary"},"clients":{"type":"array","items":{"$ref":"#/definitions/client"}},"policyFindings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/policyMessage"}},"impact":{"$ref":"#/definitions/impact"}},"definitions":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"count":{"type":"integer","minimum":0},"result":{"enum":["pass","fail"]},"severity":{"enum":["critical","high","medium","low","info"]},"check":{"enum":["missing-scope","scope-not-allowed","scope-forbidden","too-many-scopes","missing-role","role-not-allowed","role-forbidden","too-many-roles","all-divisions-role","grant-type-not-allowed","redirect-host-not-allowed","token-lifetime","password-grant","implicit-grant","insecure-redirect-uri","unknown-grant-type","unmatched-client","inactive-client","unknown-scope","expired-exemption","unused-exemption"]},"severityCounts":{"type":"object","additionalProperties":false,"required":["critical","high","medium","low","info"],"properties":{"critical":{"$ref":"#/definitions/count"},"high":{"$ref":"#/definitions/count"},"medium":{"$ref":"#/definitions/count"},"low":{"$ref":"#/definitions/count"},"info":{"$ref":"#/definitions/count"}}},"summary":{"type":"object","additionalProperties":false,"required":["clients","clientsFailing","findings","violations","exempted","bySeverity"],"properties":{"clients":{"$ref":"#/definitions/count"},"clientsFailing":{"$ref":"#/definitions/count"},"findings":{"$ref":"#/definitions/count"},"violations":{"$ref":"#/definitions/count"},"exempted":{"$ref":"#/definitions/count"},"bySeverity":{"$ref":"#/definitions/severityCounts"}}},"exemption":{"type":"object","additionalProperties":false,"required":["reason","owner","expires"],"properties":{"reason":{"type":"string"},"owner":{"type":"string"},"expires":{"$ref":"#/definitions/date"}}},"finding":{"type":"object","additionalProperties":false,"required":["check","severity","rule","subject","message","exempted","line"],"properties":{"check":{"$ref":"#/definitions/check"},"severity":{"$ref":"#/definitions/severity"},"rule":{"type":"string","minLength":1},"subject":{"type":"string"},"message":{"type":"string"},"exempted":{"type":"boolean"},"exemption":{"$ref":"#/definitions/exemption"},"line":{"type":"integer","minimum":1}},"if":{"properties":{"exempted":{"const":true}}},"then":{"required":["exemption"]},"else":{"not":{"required":["exemption"]}}},"role":{"type":"object","additionalProperties":false,"required":["id","name","divisionId","divisionName"],"properties":{"id":{"type":"string"},"name":{"type":["string","null"]},"divisionId":{"type":["string","null"]},"divisionName":{"type":["string","null"]}}},"client":{"type":"object","additionalProperties":false,"required":["id","name","description","grantType","state","scopes","roles","redirectUris","tokenLifetimeSeconds","dateCreated","dateModified","rules","result","findings"],"properties":{"id":{"type":"string","minLength":1},"name":{"type":"string"},"description":{"type":"string"},"grantType":{"type":"string"},"state":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"$ref":"#/definitions/role"}},"redirectUris":{"type":"array","items":{"type":"string"}},"tokenLifetimeSeconds":{"type":"number","minimum":0},"dateCreated":{"type":["string","null"]},"dateModified":{"type":["string","null"]},"rules":{"type":"array","items":{"type":"string"}},"result":{"$ref":"#/definitions/result"},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}}}},"policyMessage":{"type":"object","additionalProperties":false,"required":["level","message","file","line","col"],"properties":{"level":{"enum":["error","warning"]},"message":{"type":"string"},"file":{"type":"string"},"line":{"type":"integer","minimum":1},"col":{"type":"integer","minimum":1}}},"impactClient":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}},"impactFinding":{"type":"object","additionalProperties":false,"required":["clientId","clientName","rule","check","severity","subject"],"properties":{"clientId":{"type":"string"},"clientName":{"type":"string"},"rule":{"type":"string"},"check":{"$ref":"#/definitions/check"},"severity":{"$ref":"#/definitions/severity"},"subject":{"type":"string"}}},"impact":{"type":"object","additionalProperties":false,"required":["base","newlyFailing","newlyPassing","added","removed","byRule"],"properties":{"base":{"type":"object","additionalProperties":false,"required":["path","ref","status","sha256","message","result","violations"],"properties":{"path":{"type":"string"},"ref":{"type":"string"},"status":{"enum":["compared","missing","invalid","unchanged"]},"sha256":{"oneOf":[{"$ref":"#/definitions/sha256"},{"type":"null"}]},"message":{"type":["string","null"]},"result":{"enum":["pass","fail",null]},"violations":{"type":["integer","null"],"minimum":0}}},"newlyFailing":{"type":"array","items":{"$ref":"#/definitions/impactClient"}},"newlyPassing":{"type":"array","items":{"$ref":"#/definitions/impactClient"}},"added":{"type":"array","items":{"$ref":"#/definitions/impactFinding"}},"removed":{"type":"array","items":{"$ref":"#/definitions/impactFinding"}},"byRule":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","added","removed"],"properties":{"rule":{"type":"string"},"added":{"$ref":"#/definitions/count"},"removed":{"$ref":"#/definitions/count"}}}}}}}}');
;// CONCATENATED MODULE: ./src/report/validate.ts
/**
 * Validation of a JSON report against `report.schema.json`: used by `mode: merge` on files that
 * come from other jobs, and by the tests on every report they build.
 */



const REPORT_SCHEMA = (/* unused pure expression or super */ null && (schema));
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(35772);
;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * `mode: merge` (SPEC §2): several orgs audited in a matrix, each job writing its own JSON report,
 * combined into one verdict. Inputs come from other jobs' artifacts, so each is validated against
 * the report schema first; a bad file is an input error that names the file.
 */






/** Errors listed per bad file before the rest is elided. */
const ERRORS_SHOWN = 5;
function mergeReports(inputs) {
    if (inputs.length === 0)
        throw new errors/* UserError */.yo('No report to merge: the `reports` pattern matched no file.');
    const problems = [];
    const reports = [];
    for (const input of inputs) {
        const checked = validateReport(input.report);
        if (!checked.ok) {
            const shown = checked.errors.slice(0, ERRORS_SHOWN).map((e) => `    ${e}`);
            const more = checked.errors.length - shown.length;
            problems.push(`  ${input.path}: not a genesys-oauth-audit report (schemaVersion 1):\n${shown.join('\n')}` +
                (more > 0 ? `\n    … and ${more} more` : ''));
            continue;
        }
        reports.push(entry(input.path, checked.report));
    }
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`${problems.length === 1 ? 'A report' : `${problems.length} reports`} cannot be merged:\n${problems.join('\n')}`);
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
        for (const s of types/* SEVERITIES */.oC)
            totals.bySeverity[s] += r.summary.bySeverity[s];
    }
    return {
        schemaVersion: 1,
        kind: 'merged',
        result: totals.reportsFailing > 0 ? 'fail' : 'pass',
        reports,
        summary: totals,
    };
}
function entry(path, r) {
    const s = r.summary;
    return {
        path,
        source: { kind: r.source.kind, region: r.source.region, apiBaseUrl: r.source.apiBaseUrl },
        policy: { path: r.policy.path, sha256: r.policy.sha256 },
        generatedAt: r.generatedAt,
        toolVersion: r.tool.version,
        failOn: r.failOn,
        // The report's own verdict, re-derived so a hand-edited `result` cannot hide violations.
        result: r.result === 'fail' || s.violations > 0 ? 'fail' : 'pass',
        summary: {
            clients: s.clients,
            clientsFailing: s.clientsFailing,
            findings: s.findings,
            violations: s.violations,
            exempted: s.exempted,
            bySeverity: pickCounts(s.bySeverity),
        },
        newlyFailing: r.impact?.newlyFailing.length ?? 0,
    };
}
function pickCounts(counts) {
    const out = (0,build/* emptySeverityCounts */.Fk)();
    for (const s of types/* SEVERITIES */.oC)
        out[s] = counts[s];
    return out;
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
        ? `Result: FAIL: ${t.reportsFailing} of ${t.reports} reports fail, ${t.violations} violations in all.`
        : `Result: PASS: ${t.reports} reports, no violations.`;
    return `${[line(header), ...rows.map(line)].join('\n')}\n\n${verdict}\n`;
}


/***/ })

};

//# sourceMappingURL=716.index.js.map
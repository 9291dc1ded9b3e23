#!/usr/bin/env node
// Amazon's APL validator (npm apl-suggester) over every RenderDocument directive the skill sent.
//
//   node tools/apl-lint.js --allow src/test/resources/apl/lint-allow.txt DIRECTIVES.json...
//
// Each DIRECTIVES.json holds an array of {"source": "...", "document": {...}, "datasources": {...}}
// (AplLintTest writes them from real simulator runs). Every warning apl-suggester gives is printed;
// the exit code is 1 when a warning is not in the allow-list, when an allow-list line has no reason,
// or when an allow-list line matched nothing (so the list cannot rot). apl-suggester also reports
// through its ErrorController and console.warn; both are caught and treated as warnings too.
'use strict';

const fs = require('fs');
const path = require('path');

function usage(message) {
  console.error(message);
  console.error('usage: node tools/apl-lint.js --allow ALLOW_FILE DIRECTIVES.json...');
  process.exit(2);
}

/** Allow-list lines: `REGEX <TAB or " | "> reason`; # comments and blank lines ignored. */
function readAllowList(file) {
  const entries = [];
  const problems = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      return;
    }
    const split = line.indexOf(' | ');
    const pattern = split < 0 ? line : line.slice(0, split).trim();
    const reason = split < 0 ? '' : line.slice(split + 3).trim();
    if (reason.length < 10) {
      problems.push(`${file}:${i + 1}: an allowed warning needs a reason after " | ": ${line}`);
      return;
    }
    try {
      entries.push({ line: i + 1, pattern, regex: new RegExp(pattern), reason, used: 0 });
    } catch (e) {
      problems.push(`${file}:${i + 1}: not a regular expression: ${pattern} (${e.message})`);
    }
  });
  return { entries, problems };
}

async function main(argv) {
  let allowFile = null;
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--allow') {
      allowFile = argv[++i];
    } else {
      inputs.push(argv[i]);
    }
  }
  if (!allowFile || inputs.length === 0) {
    usage('need --allow and at least one directives file');
  }
  const { StaticAplTemplateValidator, ErrorController } = require('apl-suggester');
  const suggesterVersion = require('apl-suggester/package.json').version;

  const directives = [];
  for (const file of inputs) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    (Array.isArray(parsed) ? parsed : [parsed]).forEach((d, i) =>
      directives.push({ source: d.source || `${path.basename(file)}[${i}]`, document: d.document, datasources: d.datasources || {} }));
  }
  if (directives.length === 0) {
    usage('no directives to check');
  }

  // Everything apl-suggester says, whichever channel it uses.
  let heard = [];
  ErrorController.getInstance().setErrorInterface({
    sendError: (error) => heard.push({ path: (error.placeholders && error.placeholders.path) || '/',
      message: `${error.level} ${error.code} ${JSON.stringify(error.placeholders || {})}` }),
  });
  const consoleWarn = console.warn;
  console.warn = (...args) => heard.push({ path: '(console)', message: args.join(' ') });

  const validator = new StaticAplTemplateValidator();
  const warnings = new Map(); // "path: message" -> sources
  const note = (w, source) => {
    const key = `${w.path}: ${w.errorMessage || w.message}`;
    if (!warnings.has(key)) {
      warnings.set(key, new Set());
    }
    warnings.get(key).add(source);
  };
  const documents = new Map();
  for (const d of directives) {
    const text = JSON.stringify(d.document);
    if (!documents.has(text)) {
      documents.set(text, d.source);
    }
  }
  try {
    for (const [text, source] of documents) {
      heard = [];
      const document = JSON.parse(text);
      (await validator.validate(document)).forEach((w) => note(w, source));
      heard.forEach((w) => note(w, source));
    }
    for (const d of directives) {
      heard = [];
      (await validator.validateDataSources(d.datasources)).forEach((w) => note(w, d.source));
      heard.forEach((w) => note(w, d.source));
    }
  } finally {
    console.warn = consoleWarn;
  }

  const { entries, problems } = readAllowList(allowFile);
  let refused = 0;
  for (const [key, sources] of [...warnings].sort()) {
    const allowed = entries.find((e) => e.regex.test(key));
    const where = [...sources].slice(0, 3).join(', ') + (sources.size > 3 ? `, +${sources.size - 3} more` : '');
    if (allowed) {
      allowed.used++;
      console.log(`allowed  ${key}  [${where}]  (${path.basename(allowFile)}:${allowed.line}: ${allowed.reason})`);
    } else {
      refused++;
      console.log(`WARNING  ${key}  [${where}]`);
    }
  }
  entries.filter((e) => e.used === 0).forEach((e) =>
    problems.push(`${allowFile}:${e.line}: allowed warning no longer occurs, remove it: ${e.pattern}`));
  problems.forEach((p) => console.log(`ALLOW-LIST  ${p}`));
  console.log(`apl-suggester ${suggesterVersion}: ${directives.length} directives, ${documents.size} distinct document(s), `
    + `${warnings.size} distinct warning(s), ${warnings.size - refused} allowed, ${refused} not allowed, ${problems.length} allow-list problem(s)`);
  return refused === 0 && problems.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  console.error(`apl-lint failed: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});

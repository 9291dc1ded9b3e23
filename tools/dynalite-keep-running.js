// Preloaded into dynalite (node --require tools/dynalite-keep-running.js node_modules/dynalite/cli.js ...) by the
// integration tests' Dynalite extension and by bench/run. dynalite rethrows a request stream's 'error' event, so a
// client that gives up mid-request (the skill's own time limits do exactly that on a loaded machine) kills the whole
// server with ECONNRESET "aborted", and every later request in the run is refused. A real DynamoDB shrugs that off:
// so does this, with one line on stderr. Any other uncaught error still ends the process as before.
'use strict';
process.on('uncaughtException', (err) => {
  if (err && err.code === 'ECONNRESET') {
    process.stderr.write('dynalite: a client aborted a request (' + err.message + '); still serving\n');
    return;
  }
  process.stderr.write((err && err.stack) ? err.stack + '\n' : String(err) + '\n');
  process.exit(1);
});

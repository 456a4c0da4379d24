#!/usr/bin/env node
// The `qlik-org` executable. The exit code is set, not forced, so piped output is written in full.

import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2));

#!/usr/bin/env node
import { runCli } from './runCli'

// The edge of the CLI: the only place that touches process streams and the exit code.
const outcome = runCli(process.argv.slice(2))
process.stdout.write(outcome.stdout)
process.stderr.write(outcome.stderr)
process.exitCode = outcome.exitCode

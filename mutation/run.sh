#!/usr/bin/env bash
# Mutation testing of the rule, scoring and lifecycle code with Stryker.NET (a local dotnet tool, see
# .config/dotnet-tools.json): mutation/run.sh [extra Stryker options]
# Reports go to artifacts/mutation/<timestamp>/reports/ (HTML, JSON, markdown); the exit code is non-zero
# when the score is below the "break" threshold of mutation/stryker-config.json (85 %).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore
cd tests/ClustersTic.Tests
dotnet stryker --config-file "$root/mutation/stryker-config.json" --output "$root/artifacts/mutation/$(date -u +%Y%m%dT%H%M%SZ)" --skip-version-check "$@"

#!/usr/bin/env bash
# Runs the loader fuzzer: fuzz/run.sh [inputs] [seed]   (defaults: 100000 inputs, seed 20261128)
# Failing inputs are written to artifacts/fuzz/failures/; the exit code is 1 when there is any.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project fuzz/ClustersTic.Fuzz -- "${1:-100000}" "${2:-20261128}"

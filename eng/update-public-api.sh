#!/usr/bin/env bash
# Adds every new public symbol to PublicAPI.Unshipped.txt of each shipped project (the analyzer's RS0016
# code fix, run through `dotnet format`). dotnet format applies that fix only to single-target projects, so
# each project is switched to net8.0 for the run and restored afterwards. Review the diff before committing:
# removed APIs (RS0017) must be edited by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  cp "$project" "$project.bak"
  sed -i 's|<TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>|<TargetFrameworks>net8.0</TargetFrameworks>|' "$project"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity warn || true
  mv "$project.bak" "$project"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt'

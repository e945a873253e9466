#!/usr/bin/env python3
"""A member portal in Python asking clusters-tic, the consortium's command-line tool (README, "The command line").

The portal never re-implements a rule: it runs the tool and reads its JSON. Two calls a portal makes:

  * check(value)          -- is this SIREN, SIRET, VAT number or NAF code valid, and why not;
  * companies(csv_path)   -- may each company of a member list sign the charter (one decision per line).

The tool is found in the CLUSTERS_TIC environment variable (a command line, for example
"dotnet /path/clusters-tic.dll" or "/usr/local/bin/clusters-tic"), else "clusters-tic" on the PATH.
Arguments are passed as a list: no shell, so no quoting problem with what a user typed.

Run:  CLUSTERS_TIC=./tools/clusters-tic python3 samples/portal.py "552 100 554" samples/cli/membres.csv
"""
import json
import os
import shlex
import subprocess
import sys

# clusters-tic's exit codes (README): 0 all valid, 1 some not, 2 bad usage or unreadable input, 3 partial.
VALID, NOT_VALID, USAGE, PARTIAL = 0, 1, 2, 3


def _tool():
    return shlex.split(os.environ.get("CLUSTERS_TIC", "clusters-tic"))


def _run(*args):
    result = subprocess.run(_tool() + list(args), capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode == USAGE:
        raise ValueError(result.stderr.strip())
    return result


def check(value, lang="fr"):
    """The tool's answer for one value: a dict with kind, valid, canonical, message."""
    result = _run("check", value, "--format", "json", "--lang", lang)
    return json.loads(result.stdout)


def companies(path, clusters=None, as_of=None, lang="fr"):
    """The eligibility decision of every readable row, and the rows the tool could not read (stderr)."""
    args = ["companies", path, "--format", "json", "--lang", lang]
    if clusters:
        args += ["--clusters", clusters]
    if as_of:
        args += ["--as-of", as_of]
    result = _run(*args)
    decisions = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    problems = [line for line in result.stderr.splitlines() if line.startswith(("ligne ", "line "))]
    return decisions, problems


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return USAGE
    answer = check(argv[1])
    print(answer["message"])
    if len(argv) > 2:
        here = os.path.dirname(os.path.abspath(__file__))
        decisions, problems = companies(argv[2], clusters=os.path.join(here, "cli", "clusters.json"), as_of="2026-12-01")
        for decision in decisions:
            reasons = "; ".join(f["message"] for f in decision["findings"] if f["status"] != "Information")
            print(f'{decision["subject"]} {decision["name"]}\u00a0: {decision["outcome"]}' + (f" — {reasons}" if reasons else ""))
        for problem in problems:
            print("illisible\u00a0: " + problem)
    return VALID


if __name__ == "__main__":
    sys.exit(main(sys.argv))

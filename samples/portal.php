<?php
// A member portal in PHP asking clusters-tic, the consortium's command-line tool (README, "The command line").
//
// The portal never re-implements a rule: it runs the tool and reads its JSON. The tool is found in the
// CLUSTERS_TIC environment variable (a command line: "dotnet /path/clusters-tic.dll" or the native
// "/usr/local/bin/clusters-tic", which starts fastest), else "clusters-tic" on the PATH. The command is given
// to proc_open as an array: no shell, so nothing a user typed is ever interpreted.
//
// Run:  CLUSTERS_TIC=./tools/clusters-tic php samples/portal.php "552 100 554" samples/cli/membres.csv

declare(strict_types=1);

const CLUSTERS_TIC_USAGE = 2; // exit codes (README): 0 valid, 1 not valid, 2 bad usage or unreadable input, 3 partial

/** Runs clusters-tic with the arguments; returns [exit code, stdout, stderr]. */
function clusters_tic(array $args): array
{
    $tool = preg_split('/\s+/', trim(getenv('CLUSTERS_TIC') ?: 'clusters-tic'));
    $process = proc_open(array_merge($tool, $args), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($process)) {
        throw new RuntimeException('clusters-tic could not be started');
    }
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $code = proc_close($process);
    if ($code === CLUSTERS_TIC_USAGE) {
        throw new InvalidArgumentException(trim($err));
    }
    return [$code, $out, $err];
}

/** The tool's answer for one SIREN, SIRET, VAT number or NAF code. */
function check_value(string $value, string $lang = 'fr'): array
{
    [, $out] = clusters_tic(['check', $value, '--format', 'json', '--lang', $lang]);
    return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
}

/** The eligibility decision of each readable row of a member list, and the rows the tool could not read. */
function companies(string $path, ?string $clusters = null, ?string $asOf = null, string $lang = 'fr'): array
{
    $args = ['companies', $path, '--format', 'json', '--lang', $lang];
    if ($clusters !== null) {
        array_push($args, '--clusters', $clusters);
    }
    if ($asOf !== null) {
        array_push($args, '--as-of', $asOf);
    }
    [, $out, $err] = clusters_tic($args);
    $decisions = [];
    foreach (preg_split('/\n/', trim($out)) as $line) {
        if ($line !== '') {
            $decisions[] = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
        }
    }
    $problems = array_values(array_filter(explode("\n", $err), fn ($l) => str_starts_with($l, 'ligne ') || str_starts_with($l, 'line ')));
    return [$decisions, $problems];
}

if (PHP_SAPI === 'cli' && realpath($argv[0]) === __FILE__) {
    if ($argc < 2) {
        fwrite(STDERR, "usage: php portal.php <value> [members.csv]\n");
        exit(CLUSTERS_TIC_USAGE);
    }
    $answer = check_value($argv[1]);
    echo $answer['message'] . "\n";
    if ($argc > 2) {
        [$decisions, $problems] = companies($argv[2], __DIR__ . '/cli/clusters.json', '2026-12-01');
        foreach ($decisions as $d) {
            $reasons = implode('; ', array_map(fn ($f) => $f['message'], array_filter($d['findings'], fn ($f) => $f['status'] !== 'Information')));
            echo $d['subject'] . ' ' . $d['name'] . "\u{00A0}: " . $d['outcome'] . ($reasons !== '' ? ' — ' . $reasons : '') . "\n";
        }
        foreach ($problems as $p) {
            echo "illisible\u{00A0}: " . $p . "\n";
        }
    }
}

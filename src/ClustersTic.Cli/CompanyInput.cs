using System;
using System.Collections.Generic;
using System.Globalization;
using ClustersTic.Cli.Tabular;
using ClustersTic.Companies;
using ClustersTic.Organisations;

namespace ClustersTic.Cli;

/// <summary>The companies of a CSV or <c>.xlsx</c> table, read one row at a time for a command: the header mapped
/// (ignored columns said on stderr), each unreadable row said on stderr with its line and left out, the progress
/// line drawn. <see cref="ExitCode"/> then says whether the reading was partial.</summary>
internal sealed class CompanyInput : IDisposable
{
    private readonly TableReader _table;
    private readonly CompanyTable _map;
    private readonly ClusterNames _clusters;
    private readonly bool _xlsx;
    private readonly Texts _texts;

    /// <summary>Opens the table. Throws <see cref="TableException"/> when the file or its header cannot be read.</summary>
    public CompanyInput(string path, bool xlsx, string encoding, IReadOnlyList<string> mappings, IReadOnlyList<Cluster> clusters, bool clustersGiven, Texts texts)
    {
        _xlsx = xlsx;
        _texts = texts;
        _clusters = new ClusterNames(clusters);
        _table = xlsx ? XlsxTableReader.Open(path) : CsvTableReader.Open(path, InputEncodings.Get(encoding));
        try
        {
            _map = CompanyTable.Map(_table.Header, mappings);
        }
        catch
        {
            _table.Dispose();
            throw;
        }

        foreach (string ignored in _map.Ignored)
        {
            Console.Error.WriteLine(texts.T("Colonne ignorée", "Column ignored") + texts.Colon + texts.Quoted(ignored) + texts.T(" (--map colonne=champ pour la lire)", " (--map column=field to read it)"));
        }

        if (!clustersGiven)
        {
            Console.Error.WriteLine(texts.T(
                "Note : sans --clusters, l’adhésion des clusters à France Clusters (CL-1) n’est pas connue ; l’adhérence à un cluster (CO-3) reste donc inconnue. Donnez les clusters avec --clusters jeu-de-données.json.",
                "Note: without --clusters, the clusters' France Clusters membership (CL-1) is not known, so cluster membership (CO-3) stays unknown. Give the clusters with --clusters data-set.json."));
        }
    }

    /// <summary>The rows left out.</summary>
    public int Unreadable { get; private set; }

    /// <summary>Whether the reading stopped before the end of the file (said on stderr).</summary>
    public bool Stopped { get; private set; }

    /// <summary><see cref="ExitCodes.Partial"/> when rows were left out or the reading stopped; otherwise
    /// <paramref name="decided"/>. Says the count of rows left out on stderr.</summary>
    public int ExitCode(int decided)
    {
        if (Unreadable > 0)
        {
            string n = Unreadable.ToString(CultureInfo.InvariantCulture);
            Console.Error.WriteLine(Unreadable == 1
                ? _texts.T("Une ligne illisible, laissée de côté.", "One unreadable row, left out.")
                : _texts.T(n + " lignes illisibles, laissées de côté.", n + " unreadable rows, left out."));
        }

        return Unreadable > 0 || Stopped ? ExitCodes.Partial : decided;
    }

    /// <summary>The companies of the readable rows, with their line.</summary>
    public IEnumerable<(int Line, Company Company)> Companies()
    {
        using var progress = new Progress(_table, _texts);
        using IEnumerator<TableRow> rows = _table.Rows().GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (TableException e)
            {
                Console.Error.WriteLine(e.In(_texts));
                Stopped = true;
                yield break;
            }

            progress.Tick();
            CompanyRow read = _map.Read(rows.Current, _xlsx, _clusters);
            if (read.Problem is not null)
            {
                Unreadable++;
                Console.Error.WriteLine(read.Problem.Describe(_texts));
                continue;
            }

            yield return (read.Line, read.Company!);
        }
    }

    public void Dispose() => _table.Dispose();
}

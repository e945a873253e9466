using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ClustersTic.Sirene;
using nietras.SeparatedValues;

namespace ClustersTic.Benchmarks;

/// <summary>
/// A generated legal-unit stock file of 5,000,000 rows in INSEE's layout (dictionary of variables 3.11, with the
/// NAF 2025 column; issue 18, point 6), scanned by <see cref="SireneStock"/> into records, against parsing the same
/// file with Sep alone: every cell as a string (what any consumer of the file does at least), and only the
/// sixteen columns the reader maps, as strings (the reader's own share of the work, without its checks and
/// records).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class SireneScanBenchmarks
{
    private string _file = string.Empty;
    private string _zip = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _file = SireneFiles.LegalUnits(5_000_000);
        _zip = SireneFiles.Zipped(_file);
    }

    [Benchmark(Baseline = true)]
    public long Sep_ParseEveryCell()
    {
        long characters = 0;
        using SepReader reader = Sep.Reader(o => o with { Sep = Sep.New(','), Unescape = true, DisableColCountCheck = true }).FromFile(_file);
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                characters += row[i].ToString().Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public long Sep_ParseTheMappedColumns()
    {
        long characters = 0;
        using SepReader reader = Sep.Reader(o => o with { Sep = Sep.New(','), Unescape = true, DisableColCountCheck = true }).FromFile(_file);
        int[] columns = new int[SireneFiles.MappedColumns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = reader.Header.IndexOf(SireneFiles.MappedColumns[i]);
        }

        foreach (SepReader.Row row in reader)
        {
            foreach (int column in columns)
            {
                characters += row[column].ToString().Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public long ClustersTic_SireneScan() => Scan(_file);

    /// <summary>The same file as INSEE distributes it: zipped (inflating is then part of the scan).</summary>
    [Benchmark]
    public long ClustersTic_SireneScan_Zipped() => Scan(_zip);

    /// <summary>The three measures taken in turn for <paramref name="rounds"/> rounds (after one unmeasured round);
    /// prints each median and the scan's ratio to each baseline.</summary>
    public static void Interleaved(int rounds)
    {
        var benchmarks = new SireneScanBenchmarks();
        benchmarks.Setup();
        Func<long>[] measures = [benchmarks.Sep_ParseEveryCell, benchmarks.Sep_ParseTheMappedColumns, benchmarks.ClustersTic_SireneScan];
        var times = new double[measures.Length][];
        for (int m = 0; m < measures.Length; m++)
        {
            times[m] = new double[rounds];
            measures[m]();
        }

        for (int r = 0; r < rounds; r++)
        {
            for (int m = 0; m < measures.Length; m++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                measures[m]();
                times[m][r] = clock.Elapsed.TotalMilliseconds;
            }
        }

        double[] medians = new double[measures.Length];
        for (int m = 0; m < measures.Length; m++)
        {
            Array.Sort(times[m]);
            medians[m] = times[m][rounds / 2];
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{rounds} interleaved rounds, medians: Sep every cell {medians[0]:F0} ms, Sep mapped columns {medians[1]:F0} ms, scan {medians[2]:F0} ms; scan / every cell {medians[2] / medians[0]:F2}, scan / mapped columns {medians[2] / medians[1]:F2}"));
    }

    /// <summary>Every legal unit of a file read into a record.</summary>
    public long Scan(string file)
    {
        long units = 0;
        using SireneStockReader<SireneLegalUnit> reader = SireneStock.OpenLegalUnits(file);
        foreach (SireneLegalUnit unit in reader.Records(_ => throw new InvalidOperationException("The generated file has no unreadable row.")))
        {
            units += unit.State is null ? 0 : 1;
        }

        return units;
    }
}

/// <summary>Generated stock files in INSEE's layout, cached under artifacts/bench.</summary>
public static class SireneFiles
{
    /// <summary>The columns the legal-unit reader maps.</summary>
    public static readonly string[] MappedColumns =
    [
        "siren", "statutDiffusionUniteLegale", "dateCreationUniteLegale", "trancheEffectifsUniteLegale", "anneeEffectifsUniteLegale",
        "categorieEntreprise", "anneeCategorieEntreprise", "dateDebut", "etatAdministratifUniteLegale", "activitePrincipaleUniteLegale",
        "nomenclatureActivitePrincipaleUniteLegale", "nicSiegeUniteLegale", "activitePrincipaleNAF25UniteLegale", "denominationUniteLegale",
        "nomUniteLegale", "prenomUsuelUniteLegale",
    ];

    private const string Header =
        "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale," +
        "prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale," +
        "trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise," +
        "anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale," +
        "denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale," +
        "activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale," +
        "societeMissionUniteLegale,caractereEmployeurUniteLegale,activitePrincipaleNAF25UniteLegale";

    private static readonly string[] Activities = ["62.01Z", "62.02A", "70.22Z", "47.11F", "56.10A", "43.21A", "68.20A", "86.21Z", "10.71C", "58.29C"];
    private static readonly string[] Naf2025 = ["62.10Y", "62.20G", "70.20Y", "47.11G", "56.11Y", "43.21G", "68.20H", "86.21Y", "10.71H", "58.29Y"];
    private static readonly string[] Bands = ["NN", "00", "01", "02", "03", "11", "12", "21", ""];

    /// <summary>The file zipped beside it (cached), as INSEE distributes the stock files.</summary>
    public static string Zipped(string file)
    {
        string path = Path.ChangeExtension(file, ".zip");
        if (!File.Exists(path))
        {
            using (var zip = ZipFile.Open(path + ".tmp", ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(file, "StockUniteLegale_utf8.csv", CompressionLevel.Fastest);
            }

            File.Move(path + ".tmp", path, overwrite: true);
        }

        return path;
    }

    /// <summary>A legal-unit file of <paramref name="rows"/> rows (about 190 bytes each, as in the real file: a
    /// fifth of the units are natural persons, some partially diffused, a third ceased, names sometimes quoted).</summary>
    public static string LegalUnits(int rows)
    {
        string path = CliFiles.Output(FormattableString.Invariant($"StockUniteLegale-{rows}.csv"));
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(20261203);
        using (var writer = new StreamWriter(path + ".tmp", append: false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            var line = new StringBuilder(256);
            for (int i = 0; i < rows; i++)
            {
                line.Clear();
                int k = random.Next(10);
                bool person = random.Next(5) == 0;
                bool hidden = person && random.Next(4) == 0;
                bool ceased = random.Next(3) == 0;
                string created = FormattableString.Invariant($"{1950 + random.Next(75)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}");
                string since = ceased ? FormattableString.Invariant($"{2000 + random.Next(25)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}") : created;
                string band = Bands[random.Next(Bands.Length)];
                line.Append((100_000_000 + i).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(hidden ? "P" : "O").Append(",,").Append(created).Append(",,")
                    .Append(person ? (hidden ? "[ND]" : "M") : string.Empty).Append(',')
                    .Append(person ? (hidden ? "[ND]" : "JEAN") : string.Empty).Append(",,,,")
                    .Append(person ? (hidden ? "[ND]" : "JEAN") : string.Empty).Append(",,,")
                    .Append(band).Append(',').Append(band.Length > 0 && band != "NN" ? "2023" : string.Empty).Append(',')
                    .Append("2025-11-03T08:12:40,").Append(1 + random.Next(6)).Append(',')
                    .Append(ceased ? string.Empty : "PME").Append(',').Append(ceased ? string.Empty : "2023").Append(',')
                    .Append(since).Append(',').Append(ceased ? 'C' : 'A').Append(',')
                    .Append(person ? (hidden ? "[ND]" : "DUPONT") : string.Empty).Append(",,");
                if (!person)
                {
                    if (random.Next(10) == 0)
                    {
                        line.Append("\"SOCIETE ").Append(i).Append(", CONSEIL\"");
                    }
                    else
                    {
                        line.Append("SOCIETE NUMERIQUE ").Append(i);
                    }
                }

                line.Append(",,,,").Append(person ? "1000" : "5710").Append(',')
                    .Append(Activities[k]).Append(",NAFRev2,").Append((random.Next(90) + 10).ToString("00000", CultureInfo.InvariantCulture))
                    .Append(",N,,").Append(random.Next(2) == 0 ? 'O' : 'N').Append(',').Append(ceased ? string.Empty : Naf2025[k]);
                writer.WriteLine(line);
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }
}

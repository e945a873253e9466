using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading.Tasks;
using ClustersTic.Cli;
using ClustersTic.Cli.Tabular;
using ClustersTic.Organisations;
using ClustersTic.Text;

// Usage: ClustersTic.Fuzz.Tables [inputs] [seed] — runs `inputs` mutated CSV and xlsx files (default 5,000;
// one in ten an xlsx, one in ten a Sirene stock file, plain or zipped, read with ClustersTic.Sirene) through the readers: open, map the header, read every row. Each input must
// give rows or a located error (TableException) — never another exception, never more than 30 seconds, never
// more than 64 bytes allocated per byte of file plus 64 MB. The mutations: byte flips, invalid UTF-8, quotes
// added or removed (unbalanced), the separator changed mid-file, a 100,000-column row, a 10 MB cell, truncation,
// blank and duplicated lines; for xlsx, a valid workbook truncated or with bytes flipped. Failing inputs are
// written to artifacts/fuzz/failures/. Exit code 1 on any failure.
int inputs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20261203;

string root = ClustersTic.Testing.Repository.Root;
byte[][] csvCorpus =
[
    File.ReadAllBytes(Path.Combine(root, "samples", "cli", "membres.csv")),
    File.ReadAllBytes(Path.Combine(root, "tests", "ClustersTic.Cli.Tests", "Inputs", "members-with-errors.csv")),
    File.ReadAllBytes(Path.Combine(root, "tests", "ClustersTic.Cli.Tests", "Inputs", "members-1252.csv")),
    File.ReadAllBytes(Path.Combine(root, "tests", "ClustersTic.Cli.Tests", "Inputs", "crm-export.csv")),
];
byte[] workbook = Workbook(csvCorpus[0]);
byte[] stock = Encoding.UTF8.GetBytes(
    "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,societeMissionUniteLegale,caractereEmployeurUniteLegale,activitePrincipaleNAF25UniteLegale\n"
    + "732829320,O,,2010-03-01,,,,,,,,,,03,2023,2025-12-06T05:25:38,3,PME,2023,2010-03-01,A,,,\"ATELIER WEB FOREZ, SARL\",,,,5499,62.01Z,NAFRev2,00017,N,,O,62.10Y\n"
    + "552100554,O,,1955-01-01,,,,,,,,,,NN,,2025-07-01T00:00:00,2,,,2025-06-30,C,,,ANCIEN STUDIO,,,,5499,74.10Z,NAFRev2,00013,N,,N,\n"
    + "443061841,P,,2019-04-03,,[ND],[ND],,,,[ND],,,NN,,2024-01-01T00:00:00,1,PME,2023,2019-04-03,A,[ND],,,,,,1000,62.02A,NAFRev2,[ND],N,,N,62.20G\n");
var random = new Random(seed);
var texts = new Texts(Language.English);
string folder = Path.Combine(Path.GetTempPath(), "clusters-tic-fuzz-" + seed.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
string failures = Path.Combine(root, "artifacts", "fuzz", "failures");
int readable = 0, located = 0, failed = 0;
long rows = 0;
var clock = Stopwatch.StartNew();
for (int i = 0; i < inputs; i++)
{
    if (i % 10 == 4)
    {
        // One input in ten: a Sirene stock file (plain or zipped), read with ClustersTic.Sirene.
        byte[] mutated = MutateCsv(random.Next(4) == 0 ? MutateStockHeader(stock, random) : stock, random);
        bool zipped = random.Next(2) == 0;
        byte[] content = zipped ? Zip(mutated) : mutated;
        if (zipped && random.Next(2) == 0)
        {
            content = MutateBinary(content, random);
        }

        string stockFile = Path.Combine(folder, "stock" + (zipped ? ".zip" : ".csv"));
        File.WriteAllBytes(stockFile, content);
        Task<bool> scan = Task.Run(() => ReadStock(stockFile));
        string? stockFailure = null;
        try
        {
            if (!scan.Wait(TimeSpan.FromSeconds(30)))
            {
                stockFailure = "no answer within 30 seconds (a hang?)";
            }
            else if (scan.Result)
            {
                located++;
            }
            else
            {
                readable++;
            }
        }
        catch (AggregateException e)
        {
            stockFailure = e.InnerException!.GetType().Name + ": " + e.InnerException.Message;
        }

        if (stockFailure is not null)
        {
            failed++;
            Directory.CreateDirectory(failures);
            string saved = Path.Combine(failures, $"stock-{seed}-{i}" + (zipped ? ".zip" : ".csv"));
            File.WriteAllBytes(saved, content);
            Console.Error.WriteLine($"FAIL input {i}: {stockFailure} → {saved}");
        }

        continue;
    }

    bool xlsx = i % 10 == 9;
    byte[] input = xlsx ? MutateBinary(workbook, random) : MutateCsv(csvCorpus[random.Next(csvCorpus.Length)], random);
    string file = Path.Combine(folder, "input" + (xlsx ? ".xlsx" : ".csv"));
    File.WriteAllBytes(file, input);
    string? encoding = !xlsx && random.Next(4) == 0 ? "windows-1252" : "utf-8";
    string? failure = null;
    Task<(bool Located, long Rows, long Allocated)> run = Task.Run(() => Read(file, xlsx, encoding!, texts));
    try
    {
        if (!run.Wait(TimeSpan.FromSeconds(30)))
        {
            failure = "no answer within 30 seconds (a hang?)";
        }
        else
        {
            (bool wasLocated, long count, long allocated) = run.Result;
            rows += count;
            if (allocated > (64L * input.Length) + (64L << 20))
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} bytes allocated for a {input.Length:N0}-byte file");
            }
            else if (wasLocated)
            {
                located++;
            }
            else
            {
                readable++;
            }
        }
    }
    catch (AggregateException e)
    {
        failure = e.InnerException!.GetType().Name + ": " + e.InnerException.Message;
    }

    if (failure is not null)
    {
        failed++;
        Directory.CreateDirectory(failures);
        string saved = Path.Combine(failures, $"table-{seed}-{i}" + (xlsx ? ".xlsx" : ".csv"));
        File.WriteAllBytes(saved, input);
        Console.Error.WriteLine($"FAIL input {i}: {failure} → {saved}");
    }
}

Directory.Delete(folder, recursive: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz tables: {inputs} inputs (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s: {readable} read to the end ({rows:N0} rows), {located} stopped with a located error, {failed} failures"));
return failed == 0 ? 0 : 1;

// Reads a stock file to the end; a SireneFormatException is the located error, a row problem is a located row.
static bool ReadStock(string file)
{
    try
    {
        using ClustersTic.Sirene.SireneStockReader<ClustersTic.Sirene.SireneLegalUnit> reader = ClustersTic.Sirene.SireneStock.OpenLegalUnits(file);
        foreach (ClustersTic.Sirene.SireneLegalUnit unit in reader.Records(problem => _ = problem.GetMessage(Language.French)))
        {
            _ = unit.HeadOfficeSiret;
        }

        return false;
    }
    catch (ClustersTic.Sirene.SireneFormatException e)
    {
        _ = e.GetMessage(Language.French);
        return true;
    }
}

static byte[] Zip(byte[] content)
{
    using var stream = new MemoryStream();
    using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
    using (Stream entry = zip.CreateEntry("StockUniteLegale_utf8.csv").Open())
    {
        entry.Write(content);
    }

    return stream.ToArray();
}

// Opens, maps and reads every row, as `clusters-tic companies` does; a TableException is the located error.
static (bool Located, long Rows, long Allocated) Read(string file, bool xlsx, string encoding, Texts texts)
{
    long before = GC.GetAllocatedBytesForCurrentThread();
    long count = 0;
    try
    {
        using TableReader table = xlsx ? XlsxTableReader.Open(file) : CsvTableReader.Open(file, InputEncodings.Get(encoding));
        CompanyTable map = CompanyTable.Map(table.Header, []);
        var clusters = new ClusterNames(ConsortiumFounders.All);
        foreach (TableRow row in table.Rows())
        {
            CompanyRow read = map.Read(row, xlsx, clusters);
            if (read.Problem is not null)
            {
                _ = read.Problem.Describe(texts);
            }

            count++;
        }

        return (false, count, GC.GetAllocatedBytesForCurrentThread() - before);
    }
    catch (TableException e)
    {
        _ = e.In(texts);
        return (true, count, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

static byte[] MutateCsv(byte[] source, Random random)
{
    var bytes = new List<byte>(source);
    int mutations = 1 + random.Next(3);
    for (int m = 0; m < mutations; m++)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(11))
        {
            case 0: // flip a byte to anything
                if (bytes.Count > 0)
                {
                    bytes[at] = (byte)random.Next(256);
                }

                break;
            case 1: // invalid UTF-8: a lone continuation byte, an overlong form, a truncated sequence
                bytes.InsertRange(at, random.Next(3) switch { 0 => [0x80], 1 => [0xC0, 0xAF], _ => [0xE2, 0x82] });
                break;
            case 2: // an unbalanced quote
                bytes.Insert(at, (byte)'"');
                break;
            case 3: // a quote removed
                int quote = bytes.IndexOf((byte)'"');
                if (quote >= 0)
                {
                    bytes.RemoveAt(quote);
                }

                break;
            case 4: // the separator changed from here on
                for (int k = at; k < bytes.Count; k++)
                {
                    bytes[k] = bytes[k] == (byte)';' ? (byte)',' : bytes[k] == (byte)',' ? (byte)';' : bytes[k];
                }

                break;
            case 5: // a 100,000-column row
                bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string(';', 100_000) + "\n"));
                break;
            case 6: // a 10 MB cell
                bytes.InsertRange(at, Encoding.ASCII.GetBytes("\"" + new string('x', 10 << 20) + "\";"));
                break;
            case 7: // truncated
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 8: // blank lines, CR only, a NUL
                bytes.InsertRange(at, random.Next(3) switch { 0 => "\n\n\n"u8.ToArray(), 1 => "\r"u8.ToArray(), _ => [0] });
                break;
            case 9: // a line duplicated
                int start = bytes.LastIndexOf((byte)'\n', Math.Max(0, at - 1));
                int end = bytes.IndexOf((byte)'\n', at);
                if (start >= 0 && end > start)
                {
                    bytes.InsertRange(end, bytes.GetRange(start, end - start));
                }

                break;
            default: // the header damaged
                int eol = bytes.IndexOf((byte)'\n');
                if (eol > 0)
                {
                    bytes[random.Next(eol)] = (byte)";,\"x\t "[random.Next(6)];
                }

                break;
        }
    }

    return [.. bytes];
}

// A stock file's header with a column left out or named twice (INSEE's layout changing under the reader).
static byte[] MutateStockHeader(byte[] source, Random random)
{
    string text = Encoding.UTF8.GetString(source);
    int eol = text.IndexOf('\n', StringComparison.Ordinal);
    List<string> names = [.. text[..eol].Split(',')];
    int column = random.Next(names.Count);
    if (random.Next(2) == 0)
    {
        names.RemoveAt(column);
    }
    else
    {
        names[random.Next(names.Count)] = names[column];
    }

    return Encoding.UTF8.GetBytes(string.Join(',', names) + text[eol..]);
}

static byte[] MutateBinary(byte[] source, Random random)
{
    byte[] bytes = (byte[])source.Clone();
    switch (random.Next(3))
    {
        case 0: // a truncated zip
            return bytes[..random.Next(bytes.Length)];
        case 1: // bytes flipped
            for (int k = 0; k < 1 + random.Next(8); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            return bytes;
        default: // unchanged: the valid workbook reads to the end
            return bytes;
    }
}

// A workbook of the sample CSV's rows, stored (no compression) so that flipped bytes land in the XML too.
static byte[] Workbook(byte[] csv)
{
    string[] lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < lines.Length; r++)
    {
        sheet.Append("<row r=\"").Append(r + 1).Append("\">");
        string[] cells = lines[r].Split(';');
        for (int c = 0; c < cells.Length && c < 26; c++)
        {
            sheet.Append("<c r=\"").Append((char)('A' + c)).Append(r + 1).Append("\" t=\"inlineStr\"><is><t>")
                .Append(System.Security.SecurityElement.Escape(cells[c])).Append("</t></is></c>");
        }

        sheet.Append("</row>");
    }

    sheet.Append("</sheetData></worksheet>");
    using var stream = new MemoryStream();
    using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
    {
        Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Membres\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Add(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
    }

    return stream.ToArray();

    static void Add(ZipArchive zip, string name, string content)
    {
        using Stream entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Packaging;
using System.Text;
using System.Xml;

namespace ClustersTic.Cli.Tabular;

/// <summary>The first worksheet of an <c>.xlsx</c> workbook, read as a stream of rows: the package through
/// System.IO.Packaging, the sheet's XML through an <see cref="XmlReader"/> (shared strings, inline strings,
/// numbers, booleans). Row numbers are the sheet's own, as Excel shows them; a date typed as a date in Excel
/// arrives as its serial number and is read as a date where a date is expected.</summary>
/// <remarks>Not the Open XML SDK: its typed model (thousands of types) adds about 40 ms to every start of the
/// native executable, which a portal calling <c>check</c> once per request pays each time (benchmarks/README.md).
/// The tests read and write workbooks with the Open XML SDK, so the two are checked against each other.</remarks>
internal sealed class XlsxTableReader : TableReader
{
    private readonly Stream _stream;
    private readonly Package _package;
    private readonly PackagePart _sheet;
    private readonly string[] _sharedStrings;
    private readonly string[] _header;
    private readonly int _headerLine;

    private XlsxTableReader(Stream stream, Package package, PackagePart sheet, string[] sharedStrings, string[] header, int headerLine)
    {
        _stream = stream;
        _package = package;
        _sheet = sheet;
        _sharedStrings = sharedStrings;
        _header = header;
        _headerLine = headerLine;
    }

    public override IReadOnlyList<string> Header => _header;

    public override long Position => 0;

    public override long Length => 0;

    /// <summary>Opens a workbook. Throws <see cref="TableException"/> when the file is not a readable workbook or
    /// its first sheet has no header row.</summary>
    public static XlsxTableReader Open(string path)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Package? package = null;
        try
        {
            package = Package.Open(stream, FileMode.Open, FileAccess.Read);
            (PackagePart sheet, PackagePart? sharedStrings) = SpreadsheetPackage.FirstSheet(package);
            string[] shared = sharedStrings is null ? [] : ReadSharedStrings(sharedStrings);
            string[]? header = null;
            int headerLine = 0;
            foreach ((int line, List<(int Column, string Value)> cells) in ReadRows(sheet, shared))
            {
                if (cells.Count == 0)
                {
                    continue;
                }

                int width = 0;
                foreach ((int column, _) in cells)
                {
                    width = Math.Max(width, column + 1);
                }

                header = new string[width];
                Array.Fill(header, string.Empty);
                foreach ((int column, string value) in cells)
                {
                    header[column] = value;
                }

                headerLine = line;
                break;
            }

            if (header is null)
            {
                throw new TableException("la première feuille est vide : il faut une ligne d’en-tête puis une ligne par entreprise.", "the first sheet is empty: it needs a header row, then one row per company.");
            }

            return new XlsxTableReader(stream, package, sheet, shared, header, headerLine);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            package?.Close();
            stream.Dispose();
            throw NotAWorkbook(e.Message);
        }
        catch
        {
            package?.Close();
            stream.Dispose();
            throw;
        }
    }

    public override IEnumerable<TableRow> Rows()
    {
        using IEnumerator<(int Line, List<(int Column, string Value)> Cells)> rows = ReadRows(_sheet, _sharedStrings).GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                throw new TableException("lecture du classeur arrêtée (" + e.Message + ").", "reading the workbook stopped (" + e.Message + ").");
            }

            (int line, List<(int Column, string Value)> cells) = rows.Current;
            if (line <= _headerLine)
            {
                continue;
            }

            var values = new string?[_header.Length];
            int extra = 0;
            foreach ((int column, string value) in cells)
            {
                if (column < values.Length)
                {
                    values[column] = value;
                }
                else if (!string.IsNullOrWhiteSpace(value))
                {
                    extra++;
                }
            }

            if (extra == 0 && IsBlank(values, values.Length))
            {
                continue;
            }

            yield return new TableRow(line, values, extra);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _package.Close();
            _stream.Dispose();
        }
    }

    /// <summary>What a damaged or foreign file throws while it is read as a workbook.</summary>
    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException or ArgumentException or UriFormatException or OverflowException;

    private static TableException NotAWorkbook(string detail) => new(
        "ce n’est pas un classeur .xlsx lisible (" + detail + ").",
        "this is not a readable .xlsx workbook (" + detail + ").");

    /// <summary>The shared strings: each <c>si</c>'s text runs joined (phonetic runs left out).</summary>
    private static string[] ReadSharedStrings(PackagePart part)
    {
        var strings = new List<string>();
        using XmlReader reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), SpreadsheetPackage.ReaderSettings);
        var text = new StringBuilder();
        bool inItem = false;
        bool advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "si":
                        inItem = !reader.IsEmptyElement;
                        text.Clear();
                        if (!inItem)
                        {
                            strings.Add(string.Empty);
                        }

                        break;
                    case "rPh":
                        // A phonetic run (a reading aid for East Asian text): not part of the value.
                        reader.Skip();
                        advanced = true;
                        break;
                    case "t" when inItem && !reader.IsEmptyElement:
                        text.Append(reader.ReadElementContentAsString());
                        advanced = true;
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si" && inItem)
            {
                strings.Add(text.ToString());
                inItem = false;
            }
        }

        return [.. strings];
    }

    /// <summary>The sheet's rows with their cells (column index, text), streamed.</summary>
    private static IEnumerable<(int Line, List<(int Column, string Value)> Cells)> ReadRows(PackagePart sheet, string[] shared)
    {
        using XmlReader reader = XmlReader.Create(sheet.GetStream(FileMode.Open, FileAccess.Read), SpreadsheetPackage.ReaderSettings);
        int line = 0;
        List<(int Column, string Value)>? cells = null;
        int next = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                string? r = reader.GetAttribute("r");
                line = r is not null && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index > 0 ? index : line + 1;
                cells = [];
                next = 0;
                if (reader.IsEmptyElement)
                {
                    yield return (line, cells);
                    cells = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                string? reference = reader.GetAttribute("r");
                int column = reference is not null ? ColumnIndex(reference) : next;
                next = column + 1;
                string? type = reader.GetAttribute("t");
                cells.Add((column, reader.IsEmptyElement ? string.Empty : CellText(reader, type, shared)));
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                yield return (line, cells);
                cells = null;
            }
        }
    }

    /// <summary>Reads a <c>c</c> element to its end: its value (<c>v</c>) or inline string (<c>is</c>), as text.</summary>
    private static string CellText(XmlReader reader, string? type, string[] shared)
    {
        int depth = reader.Depth;
        string raw = string.Empty;
        var inline = new StringBuilder();
        bool advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "v":
                    raw = reader.ReadElementContentAsString();
                    advanced = true;
                    break;
                case "t":
                    inline.Append(reader.ReadElementContentAsString());
                    advanced = true;
                    break;
                case "rPh":
                    reader.Skip();
                    advanced = true;
                    break;
            }
        }

        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i >= 0 && i < shared.Length
                ? shared[i]
                : throw new FormatException("shared string " + raw + " does not exist"),
            "inlineStr" => inline.ToString(),
            "b" => raw == "1" ? "TRUE" : "FALSE",
            _ => raw,
        };
    }

    /// <summary>The zero-based column of a reference such as <c>AB12</c>.</summary>
    private static int ColumnIndex(string reference)
    {
        int column = 0;
        int letters = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = checked((column * 26) + (c - 'A' + 1));
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? throw new FormatException("cell reference " + reference + " is not valid") : column - 1;
    }
}

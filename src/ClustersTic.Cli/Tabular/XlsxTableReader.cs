using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClustersTic.Cli.Tabular;

/// <summary>The first worksheet of an <c>.xlsx</c> workbook through the Open XML SDK, read as a stream of rows
/// (shared strings, inline strings, numbers, booleans). Row numbers are the sheet's own, as Excel shows them;
/// a date typed as a date in Excel arrives as its serial number and is read as a date where a date is expected.</summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly string[] _sharedStrings;
    private readonly string[] _header;
    private readonly int _headerLine;

    private XlsxTableReader(Stream stream, SpreadsheetDocument document, WorksheetPart sheet, string[] sharedStrings, string[] header, int headerLine)
    {
        _stream = stream;
        _document = document;
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
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
            WorkbookPart workbook = document.WorkbookPart ?? throw NotAWorkbook("no workbook part");
            Sheet? first = workbook.Workbook?.Sheets?.GetFirstChild<Sheet>();
            if (first?.Id?.Value is not string id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                throw NotAWorkbook("no worksheet");
            }

            string[] shared = ReadSharedStrings(workbook);
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

            return new XlsxTableReader(stream, document, sheet, shared, header, headerLine);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            document?.Dispose();
            stream.Dispose();
            throw NotAWorkbook(e.Message);
        }
        catch
        {
            document?.Dispose();
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
            catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OpenXmlPackageException)
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
            _document.Dispose();
            _stream.Dispose();
        }
    }

    private static TableException NotAWorkbook(string detail) => new(
        "ce n’est pas un classeur .xlsx lisible (" + detail + ").",
        "this is not a readable .xlsx workbook (" + detail + ").");

    private static string[] ReadSharedStrings(WorkbookPart workbook)
    {
        SharedStringTablePart? part = workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return [.. strings];
    }

    /// <summary>The sheet's rows with their cells (column index, text), streamed.</summary>
    private static IEnumerable<(int Line, List<(int Column, string Value)> Cells)> ReadRows(WorksheetPart sheet, string[] shared)
    {
        using var reader = OpenXmlReader.Create(sheet);
        int line = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            line = row.RowIndex?.Value is uint index ? checked((int)index) : line + 1;
            var cells = new List<(int Column, string Value)>();
            int next = 0;
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : next;
                next = column + 1;
                cells.Add((column, CellText(cell, shared)));
            }

            yield return (line, cells);
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        string raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value is not CellValues type)
        {
            return raw;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i >= 0 && i < shared.Length
                ? shared[i]
                : throw new FormatException("shared string " + raw + " does not exist");
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw;
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

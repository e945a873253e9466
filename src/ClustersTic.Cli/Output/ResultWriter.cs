using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClustersTic.Decisions;
using ClustersTic.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace ClustersTic.Cli.Output;

/// <summary>Writes decisions one at a time, as they are made (memory independent of their number), in one of the
/// output formats: <c>table</c>, <c>json</c> (one decision document per line), <c>csv</c> (UTF-8 with BOM,
/// <c>;</c>, for Excel) or <c>xlsx</c>.</summary>
internal abstract class ResultWriter : IDisposable
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static readonly string[] Formats = [Table, Json, Csv, Xlsx];

    /// <summary>Whether the format is binary (xlsx: never to a terminal).</summary>
    public static bool IsBinary(string format) => format == Xlsx;

    public static ResultWriter Create(string format, Stream output, Texts texts, string[] columns) => format switch
    {
        Json => new JsonResultWriter(output, texts),
        Csv => new CsvResultWriter(output, columns),
        Xlsx => new XlsxResultWriter(output, columns),
        _ => new TableResultWriter(output, columns),
    };

    public abstract void Write(ResultRow row, Decision decision);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary>A readable table: one line per decision, the columns padded; the reasons follow on the same line.</summary>
internal sealed class TableResultWriter : ResultWriter
{
    private static readonly int[] Widths = [6, 20, 32, 36, 30];
    private readonly StreamWriter _writer;

    public TableResultWriter(Stream output, string[] columns)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        WriteLine(columns);
    }

    public override void Write(ResultRow row, Decision decision) => WriteLine(ResultColumns.Values(row)[..6]);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }
    }

    private void WriteLine(string[] values)
    {
        for (int i = 0; i < Widths.Length; i++)
        {
            string value = values[i];
            if (value.Length > Widths[i] - 1)
            {
                value = value[..(Widths[i] - 2)] + "…";
            }

            _writer.Write(value.PadRight(Widths[i]));
        }

        _writer.Write(values[Widths.Length]);
        _writer.WriteLine();
    }
}

/// <summary>Newline-delimited JSON: each line is the library's decision document (schema
/// <c>urn:clusterstic:schema:decision:1</c>) with the findings' messages in the chosen language.</summary>
internal sealed class JsonResultWriter(Stream output, Texts texts) : ResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly BufferedStream _output = new(output, 1 << 16);
    private readonly Utf8JsonWriter _writer = new(Stream.Null, Options);

    public override void Write(ResultRow row, Decision decision)
    {
        _writer.Reset(_output);
        decision.WriteJson(_writer, texts.Language);
        _writer.Flush();
        _output.WriteByte((byte)'\n');
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
            _output.Flush();
        }
    }
}

/// <summary>CSV for Excel: UTF-8 with a BOM (Excel then reads the accents right), <c>;</c> between values,
/// quotes where a value needs them.</summary>
internal sealed class CsvResultWriter : ResultWriter
{
    private readonly StreamWriter _text;
    private readonly SepWriter _writer;
    private readonly int _columns;

    public CsvResultWriter(Stream output, string[] columns)
    {
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        _writer = Sep.New(';').Writer(o => o with { Escape = true, WriteHeader = false }).To(_text);
        _columns = columns.Length;
        WriteRow(columns);
    }

    public override void Write(ResultRow row, Decision decision) => WriteRow(ResultColumns.Values(row));

    private void WriteRow(string[] values)
    {
        using SepWriter.Row line = _writer.NewRow();
        for (int i = 0; i < _columns; i++)
        {
            line[i].Set(values[i]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
            _text.Dispose();
        }
    }
}

/// <summary>An <c>.xlsx</c> workbook of one sheet, written row by row (inline strings, no table kept in memory).
/// The Open XML SDK needs a stream it can read and seek: standard output gets the workbook through a temporary
/// file, deleted when done.</summary>
internal sealed class XlsxResultWriter : ResultWriter
{
    private readonly Stream _output;
    private readonly Stream? _temporary;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;

    public XlsxResultWriter(Stream output, string[] columns)
    {
        _output = output;
        if (!output.CanRead || !output.CanSeek)
        {
            _temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }

        _document = SpreadsheetDocument.Create(_temporary ?? output, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = _document.AddWorkbookPart();
        WorksheetPart sheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "clusters-tic" }));
        _writer = OpenXmlWriter.Create(sheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
        WriteRow(columns);
    }

    public override void Write(ResultRow row, Decision decision) => WriteRow(ResultColumns.Values(row), numericFirst: row.Line is not null);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.WriteEndElement();
            _writer.WriteEndElement();
            _writer.Dispose();
            _document.Dispose();
            if (_temporary is not null)
            {
                _temporary.Position = 0;
                _temporary.CopyTo(_output);
                _temporary.Dispose();
            }

            _output.Flush();
        }
    }

    private void WriteRow(string[] values, bool numericFirst = false)
    {
        _writer.WriteStartElement(new Row());
        foreach (string value in values)
        {
            if (numericFirst)
            {
                // The line number, as a number (Excel sorts and filters it as one).
                _writer.WriteElement(new Cell { CellValue = new CellValue(value) });
                numericFirst = false;
                continue;
            }

            _writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString });
        }

        _writer.WriteEndElement();
    }
}

using System;
using System.Globalization;
using System.IO;
using System.IO.Packaging;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using ClustersTic.Cli.Tabular;
using ClustersTic.Decisions;
using ClustersTic.Reports;
using ClustersTic.Text;
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

    /// <summary>The decision columns' widths in the table: line, subject, name, result, detail; the reasons follow.</summary>
    private static readonly int[] DecisionWidths = [6, 20, 32, 36, 30];

    private Language _language;

    /// <summary>A writer of one of the formats. In a table, the first <paramref name="widths"/>.Length columns are
    /// padded to those widths and the next one follows unpadded; the others are for the files only.</summary>
    public static ResultWriter Create(string format, Stream output, Texts texts, string[] columns, int[]? widths = null)
    {
        ResultWriter writer = format switch
        {
            Json => new JsonResultWriter(output),
            Csv => new CsvResultWriter(output, columns),
            Xlsx => new XlsxResultWriter(output, columns),
            _ => new TableResultWriter(output, columns, widths ?? DecisionWidths),
        };
        writer._language = texts.Language;
        return writer;
    }

    /// <summary>A decision: its row in the table, CSV and xlsx; its decision document in JSON.</summary>
    public void Write(ResultRow row, Decision decision) =>
        Write(ResultColumns.Values(row), json => decision.WriteJson(json, _language), numericFirst: row.Line is not null);

    /// <summary>A row: its values in the table, CSV and xlsx (the first one a number in xlsx when
    /// <paramref name="numericFirst"/>); in JSON, the object <paramref name="json"/> writes, on a line of its own.</summary>
    public abstract void Write(string[] values, Action<Utf8JsonWriter> json, bool numericFirst = false);

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
    private readonly int[] _widths;
    private readonly StreamWriter _writer;

    public TableResultWriter(Stream output, string[] columns, int[] widths)
    {
        _widths = widths;
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        WriteLine(columns);
    }

    public override void Write(string[] values, Action<Utf8JsonWriter> json, bool numericFirst = false) => WriteLine(values);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }
    }

    private void WriteLine(string[] values)
    {
        for (int i = 0; i < _widths.Length; i++)
        {
            string value = values[i];
            if (value.Length > _widths[i] - 1)
            {
                value = value[..(_widths[i] - 2)] + "…";
            }

            _writer.Write(value.PadRight(_widths[i]));
        }

        if (values.Length > _widths.Length)
        {
            _writer.Write(values[_widths.Length]);
        }

        _writer.WriteLine();
    }
}

/// <summary>Newline-delimited JSON: each line is the library's decision document (schema
/// <c>urn:clusterstic:schema:decision:1</c>) with the findings' messages in the chosen language. Documents are
/// written into a buffer copied to the output every 64 KB: the writer's own flush would flush the stream, a
/// system call per decision.</summary>
internal sealed class JsonResultWriter : ResultWriter
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _output;
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _writer;

    public JsonResultWriter(Stream output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    public override void Write(string[] values, Action<Utf8JsonWriter> json, bool numericFirst = false)
    {
        _writer.Reset(_buffer);
        json(_writer);
        _writer.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            Drain();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Drain();
            _writer.Dispose();
            _output.Flush();
        }
    }

    private void Drain()
    {
        _output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
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

    public override void Write(string[] values, Action<Utf8JsonWriter> json, bool numericFirst = false) => WriteRow(values);

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

/// <summary>An <c>.xlsx</c> workbook of one sheet, written row by row (inline strings, no table kept in memory):
/// the package through System.IO.Packaging, the sheet's XML through an <see cref="XmlWriter"/>. A package needs a
/// stream it can read and seek: standard output gets the workbook through a temporary file, deleted when done.</summary>
internal sealed class XlsxResultWriter : ResultWriter
{
    private readonly Stream _output;
    private readonly Stream? _temporary;
    private readonly Package _package;
    private readonly Stream _sheetStream;
    private readonly XmlWriter _writer;
    private int _row;

    public XlsxResultWriter(Stream output, string[] columns)
    {
        _output = output;
        if (!output.CanRead || !output.CanSeek)
        {
            _temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }

        _package = Package.Open(_temporary ?? output, FileMode.Create, FileAccess.ReadWrite);
        var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);
        var sheetUri = new Uri("/xl/worksheets/sheet1.xml", UriKind.Relative);
        PackagePart workbook = _package.CreatePart(workbookUri, SpreadsheetPackage.WorkbookContentType, CompressionOption.Normal);
        PackagePart sheet = _package.CreatePart(sheetUri, SpreadsheetPackage.WorksheetContentType, CompressionOption.Normal);
        _package.CreateRelationship(workbookUri, TargetMode.Internal, SpreadsheetPackage.OfficeDocumentType, "rId1");
        workbook.CreateRelationship(new Uri("worksheets/sheet1.xml", UriKind.Relative), TargetMode.Internal, SpreadsheetPackage.WorksheetType, "rId1");
        using (XmlWriter w = XmlWriter.Create(workbook.GetStream(FileMode.Create, FileAccess.Write), Settings))
        {
            w.WriteStartElement("workbook", SpreadsheetPackage.Main);
            w.WriteAttributeString("xmlns", "r", null, SpreadsheetPackage.RelationshipsNamespace);
            w.WriteStartElement("sheets", SpreadsheetPackage.Main);
            w.WriteStartElement("sheet", SpreadsheetPackage.Main);
            w.WriteAttributeString("name", "clusters-tic");
            w.WriteAttributeString("sheetId", "1");
            w.WriteAttributeString("id", SpreadsheetPackage.RelationshipsNamespace, "rId1");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        _sheetStream = sheet.GetStream(FileMode.Create, FileAccess.Write);
        _writer = XmlWriter.Create(_sheetStream, Settings);
        _writer.WriteStartElement("worksheet", SpreadsheetPackage.Main);
        _writer.WriteStartElement("sheetData", SpreadsheetPackage.Main);
        WriteRow(columns);
    }

    private static XmlWriterSettings Settings => new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    public override void Write(string[] values, Action<Utf8JsonWriter> json, bool numericFirst = false) => WriteRow(values, numericFirst);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.WriteEndElement();
            _writer.WriteEndElement();
            _writer.Dispose();
            _package.Close();
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
        _row++;
        _writer.WriteStartElement("row", SpreadsheetPackage.Main);
        _writer.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        foreach (string value in values)
        {
            _writer.WriteStartElement("c", SpreadsheetPackage.Main);
            if (numericFirst)
            {
                // The line number, as a number (Excel sorts and filters it as one).
                _writer.WriteElementString("v", SpreadsheetPackage.Main, value);
                numericFirst = false;
            }
            else
            {
                _writer.WriteAttributeString("t", "inlineStr");
                _writer.WriteStartElement("is", SpreadsheetPackage.Main);
                _writer.WriteStartElement("t", SpreadsheetPackage.Main);
                _writer.WriteAttributeString("xml", "space", null, "preserve");
                _writer.WriteString(XmlSafe(value));
                _writer.WriteEndElement();
                _writer.WriteEndElement();
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
    }

    /// <summary>The text without the characters XML 1.0 cannot hold (control characters other than tab and line
    /// breaks, lone surrogates), which a CRM export may contain: each becomes U+FFFD.</summary>
    private static string XmlSafe(string value)
    {
        foreach (char c in value)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return Replace(value);
            }
        }

        return value;

        static string Replace(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else
                {
                    builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
                }
            }

            return builder.ToString();
        }
    }
}

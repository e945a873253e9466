using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using nietras.SeparatedValues;

namespace ClustersTic.Cli.Tabular;

/// <summary>A CSV file through Sep: the separator detected from the header line (<c>;</c>, <c>,</c>, tab),
/// Excel's quoting (doubled quotes, separators and line breaks inside quotes), UTF-8 with or without BOM, or the
/// encoding given with <c>--encoding</c>.</summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly Stream _stream;
    private readonly SepReader _reader;
    private readonly string[] _header;

    private CsvTableReader(Stream stream, SepReader reader, string[] header)
    {
        _stream = stream;
        _reader = reader;
        _header = header;
    }

    public override IReadOnlyList<string> Header => _header;

    public override long Position => _stream.CanSeek ? _stream.Position : 0;

    public override long Length => _stream.CanSeek ? _stream.Length : 0;

    /// <summary>Opens a CSV file. Throws <see cref="TableException"/> when it is empty, has no header or is not in
    /// the encoding (a UTF-8 file is checked whole first, so that a bad byte is found before any output).</summary>
    public static CsvTableReader Open(string path, Encoding? encoding)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (encoding is null)
            {
                InputEncodings.CheckUtf8(stream);
                stream.Position = 0;
            }

            var text = new StreamReader(stream, encoding ?? InputEncodings.StrictUtf8, detectEncodingFromByteOrderMarks: encoding is null, bufferSize: 1 << 16);
            SepReader reader;
            try
            {
                reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
            }
            catch (NotSupportedException)
            {
                throw TooLong(1);
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException or FormatException)
            {
                throw new TableException("la ligne d’en-tête est illisible (" + e.Message + ").", "the header line cannot be read (" + e.Message + ").");
            }

            if (reader.Header.IsEmpty)
            {
                throw new TableException("le fichier est vide : il faut une ligne d’en-tête puis une ligne par entreprise.", "the file is empty: it needs a header line, then one line per company.");
            }

            var header = new string[reader.Header.ColNames.Count];
            for (int i = 0; i < header.Length; i++)
            {
                header[i] = reader.Header.ColNames[i];
            }

            return new CsvTableReader(stream, reader, header);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public override IEnumerable<TableRow> Rows()
    {
        int lastLine = 1;
        while (true)
        {
            bool more;
            try
            {
                more = _reader.MoveNext();
            }
            catch (NotSupportedException)
            {
                // Sep's limit on one row (16 Mi characters): in a member list, an unclosed quote.
                throw TooLong(lastLine + 1);
            }
            catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or ArgumentException or OutOfMemoryException)
            {
                string line = (lastLine + 1).ToString(CultureInfo.InvariantCulture);
                throw new TableException(
                    "lecture arrêtée à la ligne " + line + " (" + e.Message + ").",
                    "reading stopped at line " + line + " (" + e.Message + ").");
            }

            if (!more)
            {
                yield break;
            }

            SepReader.Row row = _reader.Current;
            lastLine = row.LineNumberToExcl - 1;
            var cells = new string?[_header.Length];
            int count = Math.Min(row.ColCount, cells.Length);
            for (int i = 0; i < count; i++)
            {
                cells[i] = row[i].ToString();
            }

            int extra = 0;
            for (int i = cells.Length; i < row.ColCount; i++)
            {
                if (!row[i].Span.IsWhiteSpace())
                {
                    extra++;
                }
            }

            if (extra == 0 && IsBlank(cells, count))
            {
                continue;
            }

            yield return new TableRow(row.LineNumberFrom, cells, extra);
        }
    }

    private static TableException TooLong(int line)
    {
        string at = line.ToString(CultureInfo.InvariantCulture);
        return new TableException(
            "lecture arrêtée à la ligne " + at + " : une ligne de plus de 16 millions de caractères, sans doute un guillemet jamais refermé.",
            "reading stopped at line " + at + ": a row of more than 16 million characters, most likely a quote that is never closed.");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _stream.Dispose();
        }
    }
}

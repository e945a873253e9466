using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;

namespace ClustersTic.Sirene;

/// <summary>A stock file read one row at a time: memory does not grow with the file. Each row becomes a record,
/// or a <see cref="SireneRowProblem"/> given to the caller, and the scan goes on.</summary>
/// <typeparam name="T"><see cref="SireneLegalUnit"/> or <see cref="SireneEstablishment"/>.</typeparam>
/// <remarks>Not thread-safe: one reader, one thread.</remarks>
public sealed class SireneStockReader<T> : IDisposable
    where T : class
{
    private readonly Stream _content;
    private readonly FileStream _file;
    private readonly ZipArchive? _zip;
    private readonly SepReader _reader;
    private readonly StockLayout<T>.Mapping _mapping;
    private readonly InvalidBytes _invalidBytes = new();
    private bool _started;

    internal SireneStockReader(Stream content, FileStream file, ZipArchive? zip, StockLayout<T> layout)
    {
        _content = content;
        _file = file;
        _zip = zip;
        try
        {
            var utf8 = (Encoding)new UTF8Encoding(false).Clone();
            utf8.DecoderFallback = _invalidBytes;
            var text = new StreamReader(content, utf8, detectEncodingFromByteOrderMarks: false, 1 << 16);
            // The header is read as a row: a repeated column is then this library's error, naming it.
            _reader = Sep.Reader(o => o with { Sep = Sep.New(','), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            if (!_reader.MoveNext())
            {
                throw new SireneFormatException("le fichier est vide.", "the file is empty.", line: 1);
            }

            _mapping = layout.Map(_reader.Current[..].ToStringsArray());
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw new SireneFormatException("en-tête illisible (" + e.Message + ").", "unreadable header (" + e.Message + ").", line: 1, inner: e);
        }
    }

    /// <summary>How far the scan is in the file, in bytes (of the zip when zipped): for a progress bar.</summary>
    public long Position => _file.Position;

    /// <summary>The file's length in bytes.</summary>
    public long Length => _file.Length;

    /// <summary>The records, in file order; each row that cannot be read is given to
    /// <paramref name="onProblem"/> (when given) and left out. Enumerate once.</summary>
    /// <param name="onProblem">Receives each unreadable row.</param>
    /// <returns>The records.</returns>
    /// <exception cref="InvalidOperationException">The records are enumerated a second time.</exception>
    /// <exception cref="SireneFormatException">The file stops being readable (a truncated zip, a row longer
    /// than 16 million characters); the message says at which line.</exception>
    public IEnumerable<T> Records(Action<SireneRowProblem>? onProblem = null)
    {
        if (_started)
        {
            throw new InvalidOperationException("A stock file is read once: open it again to read it again.");
        }

        _started = true;
        return Enumerate(onProblem);
    }

    private IEnumerable<T> Enumerate(Action<SireneRowProblem>? onProblem)
    {
        int lastLine = 1;
        string?[] cells = new string?[_mapping.Width];
        var pools = new ShortValues[_mapping.Width];
        for (int i = 0; i < pools.Length; i++)
        {
            pools[i] = new ShortValues();
        }

        while (true)
        {
            try
            {
                if (!_reader.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
            {
                string at = (lastLine + 1).ToString(CultureInfo.InvariantCulture);
                throw new SireneFormatException(
                    "lecture arrêtée à la ligne " + at + " (" + e.Message + ").",
                    "reading stopped at line " + at + " (" + e.Message + ").",
                    line: lastLine + 1,
                    inner: e);
            }

            SepReader.Row row = _reader.Current;
            lastLine = row.LineNumberToExcl - 1;
            int line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            if (row.ColCount != _mapping.HeaderWidth)
            {
                onProblem?.Invoke(new SireneRowProblem(
                    line,
                    row.ColCount.ToString(CultureInfo.InvariantCulture) + " colonnes au lieu des " + _mapping.HeaderWidth.ToString(CultureInfo.InvariantCulture) + " de l'en-tête",
                    row.ColCount.ToString(CultureInfo.InvariantCulture) + " columns instead of the header's " + _mapping.HeaderWidth.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            // Invalid UTF-8 is decoded as U+FFFD (the scan must go on past it); a row that holds one is left out
            // and said, never read with a changed value. Text is decoded before its rows are parsed, so rows are
            // searched only once the decoder has met an invalid byte: a valid file pays nothing.
            if (_invalidBytes.Seen && row.Span.Contains('\uFFFD'))
            {
                onProblem?.Invoke(new SireneRowProblem(line, "la ligne n'est pas en UTF-8 valide (un octet invalide)", "the row is not valid UTF-8 (an invalid byte)"));
                continue;
            }

            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = _mapping.Indices[i] is int index and >= 0 ? Value(row[index].Span, pools[i]) : null;
            }

            T? record = _mapping.Read(line, cells, out string? french, out string? english);
            if (record is null)
            {
                onProblem?.Invoke(new SireneRowProblem(line, french!, english!));
                continue;
            }

            yield return record;
        }
    }

    /// <summary>A cell's value: null when empty or not diffused (<c>[ND]</c>).</summary>
    private static string? Value(ReadOnlySpan<char> cell, ShortValues pool)
    {
        ReadOnlySpan<char> trimmed = cell.Trim();
        return trimmed.IsEmpty || trimmed.SequenceEqual("[ND]") ? null : pool.Get(trimmed);
    }

    /// <summary>Decodes each invalid UTF-8 sequence as U+FFFD, as the default decoder does, and remembers that
    /// it met one. One per reader: the flag is the reader's own.</summary>
    private sealed class InvalidBytes : DecoderFallback
    {
        public bool Seen { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidBytes owner) : DecoderFallbackBuffer
        {
            private int _left;

            public override int Remaining => _left;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Seen = true;
                _left = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_left == 0)
                {
                    return '\0';
                }

                _left--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_left != 0)
                {
                    return false;
                }

                _left = 1;
                return true;
            }

            public override void Reset() => _left = 0;
        }
    }

    /// <summary>The last value of one column, kept: consecutive rows mostly repeat a column's value (a diffusion
    /// status, a nomenclature, a year, a category), and reusing it spares a string per cell.</summary>
    private sealed class ShortValues
    {
        private string _last = string.Empty;

        public string Get(ReadOnlySpan<char> value)
        {
            if (value.SequenceEqual(_last))
            {
                return _last;
            }

            _last = value.ToString();
            return _last;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _content.Dispose();
        _zip?.Dispose();
        _file.Dispose();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace ClustersTic.Documents;

/// <summary>
/// Reads a JSON document in the library's strict way: size limit, shape check of every member
/// (<see cref="StrictJsonScanner"/>), source-generated deserialization, then the document's semantic
/// validation. Either everything is valid and the document is returned, or every problem is thrown in one
/// exception: nothing is half-loaded.
/// </summary>
internal static class DocumentReader
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>Reads at most <see cref="DocumentLimits.MaxBytes"/> + 1 bytes, so that <see cref="Load"/> can
    /// reject a larger stream without reading all of it.</summary>
    public static byte[] ReadLimited(Stream stream, out int length)
    {
        byte[] buffer = NewBuffer(stream);
        length = 0;
        while (HasRoom(ref buffer, length))
        {
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return buffer;
    }

    /// <summary>The asynchronous twin of <see cref="ReadLimited"/>: no synchronous read of the stream (ASP.NET
    /// Core request bodies refuse them).</summary>
    public static async Task<(byte[] Buffer, int Length)> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = NewBuffer(stream);
        int length = 0;
        while (HasRoom(ref buffer, length))
        {
#if NET8_0_OR_GREATER
            int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
#else
            int read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return (buffer, length);
    }

    private static byte[] NewBuffer(Stream stream)
    {
        Internal.Preconditions.CheckNotNull(stream);
        return new byte[Math.Min(DocumentLimits.MaxBytes + 1, stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) + 1 : 64 * 1024)];
    }

    // Grows a full buffer (doubling, up to the limit + 1); false when the limit + 1 bytes have been read.
    private static bool HasRoom(ref byte[] buffer, int length)
    {
        if (length < buffer.Length)
        {
            return true;
        }

        if (buffer.Length > DocumentLimits.MaxBytes)
        {
            return false;
        }

        Array.Resize(ref buffer, Math.Min(DocumentLimits.MaxBytes + 1, buffer.Length * 2));
        return true;
    }

    /// <summary>Loads a document from UTF-8 bytes and builds its model with <paramref name="build"/> (which
    /// reports semantic problems), or throws the exception made by <paramref name="fail"/> with every problem.</summary>
    public static TResult Load<T, TResult>(
        byte[] utf8,
        int length,
        JsonTypeInfo<T> typeInfo,
        Func<T, ProblemCollector, TResult?> build,
        Func<List<DocumentProblem>, Exception> fail)
        where T : class
        where TResult : class
    {
        var problems = new ProblemCollector();
        if (length > DocumentLimits.MaxBytes)
        {
            problems.Add("json.too-large", "$", "Le document dépasse " + Text.Prose.Number(DocumentLimits.MaxBytes, Text.Language.French) + " octets.", string.Format(CultureInfo.InvariantCulture, "The document is larger than {0:#,0} bytes.", DocumentLimits.MaxBytes), null);
            throw fail(problems.ToList());
        }

        // A UTF-8 byte order mark is accepted and skipped.
        int start = length >= 3 && utf8[0] == Utf8Bom[0] && utf8[1] == Utf8Bom[1] && utf8[2] == Utf8Bom[2] ? 3 : 0;
        if (start > 0)
        {
            utf8 = new ReadOnlySpan<byte>(utf8, start, length - start).ToArray();
            length -= start;
        }

        int invalid = JsonSyntax.FirstInvalidUtf8(utf8, length);
        if (invalid >= 0)
        {
            (int line, int column) = JsonSyntax.Locate(utf8, length, invalid);
            problems.Add(
                "json.encoding",
                "$",
                string.Format(CultureInfo.InvariantCulture, "Le document n'est pas un texte UTF-8 valide : l'octet 0x{0:X2} à la position {1} (comptée à partir de 0{2}) n'appartient à aucune séquence UTF-8 valide.", utf8[invalid], invalid + start, start > 0 ? ", marque d'ordre des octets comprise" : string.Empty),
                string.Format(CultureInfo.InvariantCulture, "The document is not valid UTF-8 text: the byte 0x{0:X2} at offset {1} (counted from 0{2}) does not belong to a valid UTF-8 sequence.", utf8[invalid], invalid + start, start > 0 ? ", byte order mark included" : string.Empty),
                line,
                column);
            throw fail(problems.ToList());
        }

        if (JsonSyntax.IsBlank(utf8, length))
        {
            problems.Add("json.empty", "$", "Le document est vide : il ne contient aucune valeur JSON.", "The document is empty: it holds no JSON value.", 1, 1);
            throw fail(problems.ToList());
        }

        if (!StrictJsonScanner.Scan(utf8, length, typeInfo, problems))
        {
            throw fail(problems.ToList());
        }

        T? document;
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, 0, length), StrictJsonScanner.ReaderOptions);
            document = JsonSerializer.Deserialize(ref reader, typeInfo);
        }
        catch (JsonException ex)
        {
            // The scanner should have caught every shape problem; this is a safety net, never another type.
            problems.Add("json.invalid", ex.Path ?? "$", "La valeur n'a pas la forme qu'attend le format du document.", "The value does not have the shape the document format expects.", (int?)(ex.LineNumber + 1));
            throw fail(problems.ToList());
        }

        if (document is null)
        {
            problems.Add("json.null", "$", "Le document ne doit pas être null.", "The document must not be null.", 1);
            throw fail(problems.ToList());
        }

        TResult? result = build(document, problems);
        if (problems.HasProblems || result is null)
        {
            Dictionary<string, int> lines = StrictJsonScanner.LocateLines(utf8, length, typeInfo);
            var located = problems.ToList();
            for (int i = 0; i < located.Count; i++)
            {
                located[i] = located[i].WithLine(lines.TryGetValue(located[i].Path, out int line) ? line : null);
            }

            throw fail(located);
        }

        return result;
    }
}

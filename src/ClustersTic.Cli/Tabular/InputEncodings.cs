using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ClustersTic.Cli.Tabular;

/// <summary>The encodings a CSV may be read in: UTF-8 (the default, with or without BOM) or one given with
/// <c>--encoding</c> (Windows-1252 for an Excel export made on Windows).</summary>
internal static class InputEncodings
{
    /// <summary>UTF-8 that refuses invalid bytes instead of replacing them.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The names <c>--encoding</c> accepts.</summary>
    public static readonly string[] Names = ["utf-8", "windows-1252", "iso-8859-1", "iso-8859-15"];

    /// <summary>The encoding named, or null for UTF-8 (checked strictly).</summary>
    public static Encoding? Get(string name)
    {
        switch (name)
        {
            case "utf-8":
                return null;
            case "iso-8859-1":
                return Encoding.Latin1;
            default:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
    }

    /// <summary>Reads the whole stream as UTF-8 and throws <see cref="TableException"/> naming the line of the
    /// first invalid byte, so that nothing is decided on a half-read file.</summary>
    public static void CheckUtf8(Stream stream)
    {
        Decoder decoder = StrictUtf8.GetDecoder();
        byte[] bytes = new byte[1 << 16];
        char[] chars = new char[(1 << 16) + 4];
        int line = 1;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            try
            {
                decoder.Convert(bytes, 0, read, chars, 0, chars.Length, flush: false, out _, out _, out _);
            }
            catch (DecoderFallbackException e)
            {
                int end = Math.Clamp(e.Index, 0, read);
                line += bytes.AsSpan(0, end).Count((byte)'\n');
                throw Invalid(line);
            }

            line += bytes.AsSpan(0, read).Count((byte)'\n');
        }

        try
        {
            decoder.Convert(bytes, 0, 0, chars, 0, chars.Length, flush: true, out _, out _, out _);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid(line);
        }
    }

    private static TableException Invalid(int line)
    {
        string at = line.ToString(CultureInfo.InvariantCulture);
        return new TableException(
            "la ligne " + at + " n’est pas en UTF-8. Un export d’Excel sous Windows se lit avec --encoding windows-1252.",
            "line " + at + " is not UTF-8. An Excel export made on Windows is read with --encoding windows-1252.");
    }
}

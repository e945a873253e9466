using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClustersTic.Cli;

/// <summary>The tool's JSON on standard output: readable accents (the output is not embedded in HTML), one
/// document then a line break, so that a calling program can read it line by line.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one document with <paramref name="write"/>, then a line break.</summary>
    public static void Write(Stream output, System.Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            write(writer);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>A string member, or null.</summary>
    public static void StringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}

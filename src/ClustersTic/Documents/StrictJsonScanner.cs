using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClustersTic.Documents;

/// <summary>
/// Checks the shape of a JSON document against the source-generated metadata of the type it will be
/// deserialized into, and reports <em>every</em> shape problem with its path and line: unknown, duplicate,
/// missing or null members; wrong token types; numbers out of range; strings and arrays over the limits.
/// </summary>
/// <remarks>
/// Deserialization itself stops at the first problem; this pass exists so that a person fixing a file sees
/// all of them at once. The document types only use strings, <see cref="int"/>, <see cref="decimal"/>,
/// <see cref="bool"/>, nested objects and lists: dates, periods, codes and enumerations are strings, checked
/// by the semantic validation of each document.
/// </remarks>
internal sealed class StrictJsonScanner
{
    private readonly JsonSerializerOptions _options;
    private readonly ProblemCollector _problems;
    private readonly List<Segment> _path = new();
    private readonly Dictionary<string, int>? _lines;
    private byte[] _utf8 = Array.Empty<byte>();
    private long _lineIndex;
    private int _line = 1;

    private StrictJsonScanner(JsonSerializerOptions options, ProblemCollector problems, Dictionary<string, int>? lines)
    {
        _options = options;
        _problems = problems;
        _lines = lines;
    }

    /// <summary>The reader options every document is read with.</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        MaxDepth = DocumentLimits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Checks the shape of <paramref name="utf8"/>; returns false when a problem was found.</summary>
    public static bool Scan(byte[] utf8, int length, JsonTypeInfo root, ProblemCollector problems)
    {
        int before = problems.Count;
        new StrictJsonScanner(root.Options, problems, null).Run(utf8, length, root);
        return problems.Count == before;
    }

    /// <summary>Maps each value's path to its 1-based line (used to place semantic problems).</summary>
    public static Dictionary<string, int> LocateLines(byte[] utf8, int length, JsonTypeInfo root)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        new StrictJsonScanner(root.Options, new ProblemCollector(), lines).Run(utf8, length, root);
        return lines;
    }

    private void Run(byte[] utf8, int length, JsonTypeInfo root)
    {
        _utf8 = utf8;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, 0, length), ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                _problems.Add("json.empty", "$", "Le document est vide.", "The document is empty.", 1);
                return;
            }

            ScanValue(ref reader, root.Type, nullable: false);
            if (reader.Read())
            {
                Add(ref reader, "json.syntax", "Un document ne contient qu'une valeur JSON ; du texte la suit.", "Only one JSON value is allowed in a document; more text follows it.");
            }
        }
        catch (JsonException ex)
        {
            // Syntax errors (malformed JSON, depth over the limit) stop the reading; they are told in the library's
            // own words, with a 1-based line and column.
            int offset = ex.LineNumber is long line && ex.BytePositionInLine is long position
                ? JsonSyntax.Offset(utf8, length, line, position)
                : (int)Math.Min(length, reader.BytesConsumed);
            offset = JsonSyntax.ErrorOffset(utf8, length, offset);
            bool tooDeep = reader.CurrentDepth >= DocumentLimits.MaxDepth - 1;
            bool afterValue = reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
            (int errorLine, int errorColumn) = JsonSyntax.Locate(utf8, length, offset);
            (string french, string english) why = JsonSyntax.Describe(utf8, length, offset, tooDeep, afterValue);
            _problems.Add("json.syntax", CurrentPath(), "Le document n'est pas du JSON bien formé. " + why.french, "The document is not well-formed JSON. " + why.english, errorLine, errorColumn);
        }
    }

    private void ScanValue(ref Utf8JsonReader reader, Type type, bool nullable)
    {
        if (_lines is not null)
        {
            _lines[CurrentPath()] = LineAt(reader.TokenStartIndex);
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!nullable)
            {
                Add(ref reader, "json.null", "La valeur ne doit pas être null.", "The value must not be null.");
            }

            return;
        }

        Type t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            if (Expect(ref reader, JsonTokenType.String, "a string") && reader.ValueSpan.Length > DocumentLimits.MaxStringLength
                && reader.GetString()!.Length > DocumentLimits.MaxStringLength)
            {
                Add(ref reader, "json.string-too-long", "La chaîne dépasse " + Text.Prose.Number(DocumentLimits.MaxStringLength, Text.Language.French) + " caractères.", string.Format(CultureInfo.InvariantCulture, "The string is longer than {0:#,0} characters.", DocumentLimits.MaxStringLength));
            }
        }
        else if (t == typeof(int))
        {
            if (Expect(ref reader, JsonTokenType.Number, "an integer") && !reader.TryGetInt32(out _))
            {
                Add(ref reader, "json.number-range", $"Le nombre {Shown(ref reader)} n'est pas un entier compris entre -2147483648 et 2147483647.", $"The number {Shown(ref reader)} is not an integer between -2147483648 and 2147483647.");
            }
        }
        else if (t == typeof(decimal))
        {
            if (Expect(ref reader, JsonTokenType.Number, "a number") && !reader.TryGetDecimal(out _))
            {
                Add(ref reader, "json.number-range", $"Le nombre {Shown(ref reader)} sort des limites d'un nombre décimal.", $"The number {Shown(ref reader)} is out of the range of a decimal number.");
            }
        }
        else if (t == typeof(bool))
        {
            if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            {
                Mismatch(ref reader, "true or false");
            }
        }
        else
        {
            JsonTypeInfo info = _options.GetTypeInfo(t);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    ScanObject(ref reader, info);
                    break;
                case JsonTypeInfoKind.Enumerable:
                    ScanArray(ref reader, info.ElementType!);
                    break;
                default:
                    throw new InvalidOperationException($"The document type {t} is not supported by the strict scanner.");
            }
        }
    }

    private void ScanObject(ref Utf8JsonReader reader, JsonTypeInfo info)
    {
        if (!Expect(ref reader, JsonTokenType.StartObject, "an object"))
        {
            return;
        }

        IList<JsonPropertyInfo> properties = info.Properties;
        if (properties.Count > 64)
        {
            throw new InvalidOperationException($"The document type {info.Type} has more than 64 members.");
        }

        ulong seen = 0;
        long objectStart = reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = -1;
            for (int i = 0; i < properties.Count; i++)
            {
                if (reader.ValueTextEquals(properties[i].Name))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                string name = reader.GetString()!;
                _path.Add(new Segment(name, -1));
                Add(ref reader, "json.unknown-member", $"Le membre « {name} » ne fait pas partie du format de ce document.", $"The member '{name}' is not part of this document's format.");
                reader.Read();
                _path.RemoveAt(_path.Count - 1);
                reader.Skip();
                continue;
            }

            JsonPropertyInfo property = properties[index];
            _path.Add(new Segment(property.Name, -1));
            ulong bit = 1UL << index;
            if ((seen & bit) != 0)
            {
                Add(ref reader, "json.duplicate-member", $"Le membre « {property.Name} » apparaît plusieurs fois.", $"The member '{property.Name}' appears more than once.");
                reader.Read();
                reader.Skip();
            }
            else
            {
                seen |= bit;
                reader.Read();
                ScanValue(ref reader, property.PropertyType, property.IsSetNullable);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        for (int i = 0; i < properties.Count; i++)
        {
            if (properties[i].IsRequired && (seen & (1UL << i)) == 0)
            {
                _path.Add(new Segment(properties[i].Name, -1));
                _problems.Add("json.missing-member", CurrentPath(), $"Le membre obligatoire « {properties[i].Name} » est absent.", $"The required member '{properties[i].Name}' is missing.", LineAt(objectStart));
                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    private void ScanArray(ref Utf8JsonReader reader, Type elementType)
    {
        if (!Expect(ref reader, JsonTokenType.StartArray, "an array"))
        {
            return;
        }

        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == DocumentLimits.MaxArrayLength)
            {
                Add(ref reader, "json.array-too-long", "Le tableau a plus de " + Text.Prose.Number(DocumentLimits.MaxArrayLength, Text.Language.French) + " éléments.", string.Format(CultureInfo.InvariantCulture, "The array has more than {0:#,0} items.", DocumentLimits.MaxArrayLength));
            }

            _path.Add(new Segment(null, count));
            if (count >= DocumentLimits.MaxArrayLength)
            {
                reader.Skip();
            }
            else
            {
                ScanValue(ref reader, elementType, nullable: false);
            }

            _path.RemoveAt(_path.Count - 1);
            count++;
        }
    }

    private bool Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType == token)
        {
            return true;
        }

        Mismatch(ref reader, what);
        return false;
    }

    private void Mismatch(ref Utf8JsonReader reader, string what)
    {
        string found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            _ => reader.TokenType.ToString(),
        };
        Add(ref reader, "json.wrong-type", $"Attendu : {French(what)} ; trouvé : {French(found)}.", $"Expected {what}, found {found}.");
        reader.Skip();
    }

    private static string Shown(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> span = reader.ValueSpan;
        string text = Encoding.UTF8.GetString(span.Length > 40 ? span.Slice(0, 40).ToArray() : span.ToArray());
        return span.Length > 40 ? text + "…" : text;
    }

    private void Add(ref Utf8JsonReader reader, string code, string french, string english) =>
        _problems.Add(code, CurrentPath(), french, english, LineAt(reader.TokenStartIndex));

    /// <summary>The French of the kinds of JSON value the scanner names.</summary>
    private static string French(string what) => what switch
    {
        "an object" => "un objet",
        "an array" => "un tableau",
        "a string" => "un texte",
        "a number" => "un nombre",
        "an integer" => "un entier",
        "a boolean" => "un booléen",
        "true or false" => "true ou false",
        _ => what,
    };

    private int LineAt(long index)
    {
        // Positions only move forward while scanning, so lines are counted incrementally.
        if (index < _lineIndex)
        {
            _lineIndex = 0;
            _line = 1;
        }

        for (long i = _lineIndex; i < index && i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _line++;
            }
        }

        _lineIndex = index;
        return _line;
    }

    private string CurrentPath()
    {
        var builder = new StringBuilder("$");
        foreach (Segment segment in _path)
        {
            if (segment.Name is null)
            {
                builder.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment.Name);
            }
        }

        return builder.ToString();
    }

    private readonly record struct Segment(string? Name, int Index);
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClustersTic.Identifiers;

/// <summary>
/// Reads and writes an identifier as a JSON string of its canonical text (leading zeros kept), also as a property
/// name (dictionary key). The converters of <see cref="Siren"/>, <see cref="Siret"/>, <see cref="FrenchVatNumber"/>
/// and <see cref="NafCode"/> derive from it and are applied by the types themselves; a nullable identifier reads
/// and writes <c>null</c>.
/// </summary>
/// <remarks>Reading throws <see cref="JsonException"/> with the reason when the token is not a string or the text
/// is not valid (System.Text.Json adds the path); writing the <c>default</c> value, which is not an identifier,
/// throws it too. Thread-safe.</remarks>
/// <typeparam name="T">The identifier type.</typeparam>
public abstract class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly IdentifierParser<T> _parse;
    private readonly IdentifierFormatter<T> _format;
    private readonly string _kind;
    private readonly string _expectation;

    private protected IdentifierJsonConverter(IdentifierParser<T> parse, IdentifierFormatter<T> format, string kind, string expectation)
    {
        _parse = parse;
        _format = format;
        _kind = kind;
        _expectation = expectation;
    }

    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IdentifierText.ReadJson(ref reader, _parse, _kind, _expectation);

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Write(writer, value, propertyName: false);

    /// <inheritdoc />
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IdentifierText.ReadJson(ref reader, _parse, _kind, _expectation);

    /// <inheritdoc />
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Write(writer, value, propertyName: true);

    private void Write(Utf8JsonWriter writer, T value, bool propertyName)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        int length = _format(value, buffer);
        if (length == 0)
        {
            throw new JsonException($"default({typeof(T).Name}) is not a {_kind} and is not written (use a nullable {typeof(T).Name}? for \"not given\").");
        }

        if (propertyName)
        {
            writer.WritePropertyName(buffer.Slice(0, length));
        }
        else
        {
            writer.WriteStringValue(buffer.Slice(0, length));
        }
    }
}

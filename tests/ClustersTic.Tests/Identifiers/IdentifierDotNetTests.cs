using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClustersTic.Identifiers;

namespace ClustersTic.Tests.Identifiers;

/// <summary>The identifiers as .NET values: JSON, type conversion, the parsing and formatting interfaces, and
/// their <c>default</c> value (issue 14, point 3).</summary>
public sealed partial class IdentifierDotNetTests
{
    // Valid identifiers whose text starts with zeros: a number would lose them.
    private static readonly Siren LeadingZeros = Siren.Parse("005520135");
    private static readonly Siret SiretLeadingZeros = Siret.Parse("00552013500004");
    private static readonly FrenchVatNumber Vat = FrenchVatNumber.Parse("FR44732829320");
    private static readonly NafCode Naf = NafCode.Parse("6201Z");

    [Fact]
    public void Json_WritesTheText_WithLeadingZeros_AndReadsItBack()
    {
        JsonSerializer.Serialize(LeadingZeros).Should().Be("\"005520135\"");
        JsonSerializer.Serialize(SiretLeadingZeros).Should().Be("\"00552013500004\"");
        JsonSerializer.Serialize(Vat).Should().Be("\"FR44732829320\"");
        JsonSerializer.Serialize(Naf).Should().Be("\"62.01Z\"");

        JsonSerializer.Deserialize<Siren>("\"005520135\"").Should().Be(LeadingZeros);
        JsonSerializer.Deserialize<Siren>("\"005 520 135\"").Should().Be(LeadingZeros, "the converter reads what Parse reads");
        JsonSerializer.Deserialize<Siret>("\"00552013500004\"").Should().Be(SiretLeadingZeros);
        JsonSerializer.Deserialize<FrenchVatNumber>("\"FR 44 732 829 320\"").Should().Be(Vat);
        JsonSerializer.Deserialize<NafCode>("\"6201Z\"").Should().Be(Naf);
    }

    [Fact]
    public void Json_NullableIdentifiers_ReadAndWriteNull()
    {
        JsonSerializer.Serialize<Siren?>(null).Should().Be("null");
        JsonSerializer.Deserialize<Siren?>("null").Should().BeNull();
        JsonSerializer.Deserialize<NafCode?>("\"62.01Z\"").Should().Be(Naf);
    }

    [Fact]
    public void Json_IdentifiersAsDictionaryKeys_RoundTrip()
    {
        var bySiren = new Dictionary<Siren, int> { [LeadingZeros] = 1, [Siren.Parse("732829320")] = 2 };
        string json = JsonSerializer.Serialize(bySiren);
        json.Should().Be("{\"005520135\":1,\"732829320\":2}");
        JsonSerializer.Deserialize<Dictionary<Siren, int>>(json).Should().Equal(bySiren);

        var byNaf = new Dictionary<NafCode, string> { [Naf] = "conseil" };
        JsonSerializer.Deserialize<Dictionary<NafCode, string>>(JsonSerializer.Serialize(byNaf)).Should().Equal(byNaf);
    }

    [Theory]
    [InlineData("5520135", "A SIREN is written as a JSON string (its leading zeros kept), not as a number.")]
    [InlineData("\"005520136\"", "'005520136' is not a valid SIREN: its check digits are wrong")]
    [InlineData("\"55-210\"", "'55-210' is not a valid SIREN: it holds the character '-'")]
    [InlineData("{}", "not as an object")]
    [InlineData("null", "not as null")]
    public void Json_BadInput_SaysWhatAndWhere(string json, string expected)
    {
        JsonException e = FluentActions.Invoking(() => JsonSerializer.Deserialize<Holder>("{\"siren\": " + json + "}"))
            .Should().Throw<JsonException>().Which;
        e.Message.Should().Contain(expected);
        e.Path.Should().Be("$.siren");
    }

    [Fact]
    public void Json_TheDefaultValue_IsNotWritten()
    {
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(Siren))).Should().Throw<JsonException>().WithMessage("default(Siren) is not a SIREN*");
        FluentActions.Invoking(() => JsonSerializer.Serialize(default(NafCode))).Should().Throw<JsonException>().WithMessage("default(NafCode) is not a NAF code*");
        FluentActions.Invoking(() => JsonSerializer.Serialize(new Dictionary<Siret, int> { [default] = 1 })).Should().Throw<JsonException>();
    }

    [Fact]
    public void Json_ASourceGeneratedContextOfAnotherAssembly_UsesTheConverters()
    {
        var holder = new Holder { Siren = LeadingZeros, Naf = Naf, ByVat = new Dictionary<FrenchVatNumber, int> { [Vat] = 3 } };
        string json = JsonSerializer.Serialize(holder, HolderContext.Default.Holder);
        json.Should().Be("{\"siren\":\"005520135\",\"naf\":\"62.01Z\",\"byVat\":{\"FR44732829320\":3}}");
        Holder back = JsonSerializer.Deserialize(json, HolderContext.Default.Holder)!;
        back.Siren.Should().Be(LeadingZeros);
        back.Naf.Should().Be(Naf);
        back.ByVat.Should().Equal(holder.ByVat);
    }

    [Fact]
    public void TypeConverter_ConvertsFromAndToTheText_AndSaysWhyWhenInvalid()
    {
        TypeConverter siren = TypeDescriptor.GetConverter(typeof(Siren));
        siren.CanConvertFrom(typeof(string)).Should().BeTrue();
        siren.ConvertFromInvariantString("005 520 135").Should().Be(LeadingZeros);
        siren.ConvertToInvariantString(LeadingZeros).Should().Be("005520135");
        FluentActions.Invoking(() => siren.ConvertFromInvariantString("005520136")).Should().Throw<FormatException>().WithMessage("*check digits are wrong*");

        TypeDescriptor.GetConverter(typeof(Siret)).ConvertFromInvariantString("00552013500004").Should().Be(SiretLeadingZeros);
        TypeDescriptor.GetConverter(typeof(FrenchVatNumber)).ConvertToInvariantString(Vat).Should().Be("FR44732829320");
        TypeDescriptor.GetConverter(typeof(NafCode)).ConvertFromInvariantString("62.01z").Should().Be(Naf);
    }

    [Theory]
    [InlineData("G", "005520135", "00552013500004", "FR44732829320", "62.01Z")]
    [InlineData("", "005520135", "00552013500004", "FR44732829320", "62.01Z")]
    [InlineData("S", "005 520 135", "005 520 135 00004", "FR 44 732 829 320", null)]
    [InlineData("C", null, null, null, "6201Z")]
    public void FormatStrings_AreExactlyThoseDocumented(string format, string? siren, string? siret, string? vat, string? naf)
    {
        Check(LeadingZeros, siren);
        Check(SiretLeadingZeros, siret);
        Check(Vat, vat);
        Check(Naf, naf);

        void Check<T>(T value, string? expected)
            where T : IFormattable
        {
            if (expected is null)
            {
                FluentActions.Invoking(() => value.ToString(format, null)).Should().Throw<FormatException>().WithMessage($"The format '{format}' is not supported*");
            }
            else
            {
                value.ToString(format, null).Should().Be(expected);
            }
        }
    }

    [Fact]
    public void TryFormat_WritesCharsAndUtf8_AndSaysWhenTheSpanIsTooShort()
    {
        Span<char> chars = stackalloc char[20];
        Vat.TryFormat(chars, out int written, "S", null).Should().BeTrue();
        chars.Slice(0, written).ToString().Should().Be("FR 44 732 829 320");
        Vat.TryFormat(chars.Slice(0, 16), out written, "S", null).Should().BeFalse();
        written.Should().Be(0);

        Span<byte> utf8 = stackalloc byte[20];
        SiretLeadingZeros.TryFormat(utf8, out int bytes, "S", null).Should().BeTrue();
        Encoding.UTF8.GetString(utf8.Slice(0, bytes).ToArray()).Should().Be("005 520 135 00004");
        Naf.TryFormat(utf8.Slice(0, 5), out bytes, default, null).Should().BeFalse("62.01Z has six characters");
        Naf.TryFormat(utf8.Slice(0, 5), out bytes, "C", null).Should().BeTrue();
        bytes.Should().Be(5);
    }

    [Fact]
    public void TryFormat_DoesNotAllocate()
    {
        // Steady state is what is promised: the runtime itself may allocate on this thread while it tiers
        // the code up (a CI run once saw 49,200 bytes in the first loop, never reproduced). A formatting path
        // that allocates does so in every round, so one round at zero proves the point and a real
        // allocation still fails all five.
        char[] chars = new char[20];
        byte[] utf8 = new byte[20];
        Siren siren = LeadingZeros;
        long fewest = long.MaxValue;
        for (int round = 0; round < 5 && fewest != 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                siren.TryFormat(chars, out _, "S", null);
                SiretLeadingZeros.TryFormat(utf8, out _, default, null);
                Vat.TryFormat(chars, out _, "S", null);
                Naf.TryFormat(utf8, out _, "C", null);
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        fewest.Should().Be(0);
    }

    [Fact]
    public void TheDefaultValue_IsDocumentedAndHandled()
    {
        default(Siren).ToString().Should().BeEmpty("nine zeros are not a SIREN, and an empty text cannot be taken for one");
        default(Siret).ToString("S", null).Should().BeEmpty();
        default(FrenchVatNumber).ToString().Should().BeEmpty();
        default(NafCode).ToString("C", null).Should().BeEmpty();
        default(Siren).TryFormat(new char[20], out int written, default, null).Should().BeTrue();
        written.Should().Be(0);
        default(Siren).CompareTo(LeadingZeros).Should().BeNegative();
        FluentActions.Invoking(() => default(Siren).ToVatNumber()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => FrenchVatNumber.FromSiren(default)).Should().Throw<ArgumentException>();
        TypeDescriptor.GetConverter(typeof(Siren)).ConvertToInvariantString(default(Siren)).Should().BeEmpty();
    }

#if !CLUSTERSTIC_NETSTANDARD
    [Fact]
    public void Net8Interfaces_AreImplemented_AndBehaveAsTheTypesOwnMembers()
    {
        ParseVia<Siren>("005 520 135").Should().Be(LeadingZeros);
        ParseVia<Siret>("00552013500004").Should().Be(SiretLeadingZeros);
        ParseVia<FrenchVatNumber>("fr44732829320").Should().Be(Vat);
        ParseVia<NafCode>("62.01Z").Should().Be(Naf);
        SpanParseVia<Siren>("005520135").Should().Be(LeadingZeros);
        TryParseVia<Siren>("005520136", out _).Should().BeFalse();
        TryParseVia<NafCode>(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => ParseVia<Siren>("005520136")).Should().Throw<FormatException>().WithMessage("*check digits*");

        FormatVia(LeadingZeros, "S").Should().Be("005 520 135");
        Utf8Via(Naf, "C").Should().Be("6201Z");
        $"{LeadingZeros:S} / {Naf}".Should().Be("005 520 135 / 62.01Z", "interpolation goes through ISpanFormattable");
    }

    private static T ParseVia<T>(string s)
        where T : IParsable<T> => T.Parse(s, null);

    private static T SpanParseVia<T>(string s)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    private static bool TryParseVia<T>(string? s, out T result)
        where T : IParsable<T> => T.TryParse(s, null, out result!);

    private static string FormatVia<T>(T value, string format)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out int written, format, null).Should().BeTrue();
        return buffer.Slice(0, written).ToString();
    }

    private static string Utf8Via<T>(T value, string format)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[32];
        value.TryFormat(buffer, out int written, format, null).Should().BeTrue();
        return Encoding.UTF8.GetString(buffer.Slice(0, written));
    }
#endif

    /// <summary>A record of an application, with identifiers as properties and keys.</summary>
    public sealed class Holder
    {
        [JsonPropertyName("siren")]
        public Siren Siren { get; set; }

        [JsonPropertyName("naf")]
        public NafCode? Naf { get; set; }

        [JsonPropertyName("byVat")]
        public Dictionary<FrenchVatNumber, int>? ByVat { get; set; }
    }

    [JsonSerializable(typeof(Holder))]
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    private sealed partial class HolderContext : JsonSerializerContext;
}

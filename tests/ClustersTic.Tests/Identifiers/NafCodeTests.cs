using System;
using ClustersTic.Identifiers;
using ClustersTic.Tests.Support;
using CsCheck;

namespace ClustersTic.Tests.Identifiers;

public sealed class NafCodeTests
{
    [Theory]
    [InlineData("62.01Z", "62.01Z", NafNomenclature.Rev2)]
    [InlineData("6201Z", "62.01Z", NafNomenclature.Rev2)]
    [InlineData(" 62.01z ", "62.01Z", NafNomenclature.Rev2)]
    [InlineData("62.10Y", "62.10Y", NafNomenclature.Naf2025)]
    [InlineData("6210y", "62.10Y", NafNomenclature.Naf2025)]
    [InlineData("58.29C", "58.29C", NafNomenclature.Rev2)]
    [InlineData("\t95.11Z\n", "95.11Z", NafNomenclature.Rev2)]
    public void Parse_InfersNomenclatureFromLetter(string text, string canonical, NafNomenclature nomenclature)
    {
        NafCode code = NafCode.Parse(text);
        code.ToString().Should().Be(canonical);
        code.Nomenclature.Should().Be(nomenclature);
    }

    [Fact]
    public void Parse_WithNomenclature_UsesTheRecordsLabel()
    {
        NafCode code = NafCode.Parse("10.13A", NafNomenclature.Naf2025);
        code.Nomenclature.Should().Be(NafNomenclature.Naf2025);
        code.Should().NotBe(NafCode.Parse("10.13A"));
        NafCode.TryParse("62.01Z", NafNomenclature.Naf2025, out NafCode labelled).Should().BeTrue();
        labelled.Nomenclature.Should().Be(NafNomenclature.Naf2025);
        FluentActions.Invoking(() => NafCode.Parse("62.01Z", (NafNomenclature)7)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Parts_AreExposed()
    {
        NafCode code = NafCode.Parse("63.91Y");
        code.Division.Should().Be(63);
        code.Digits.Should().Be(6391);
        code.Letter.Should().Be('Y');
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("62.01")]
    [InlineData("620Z")]
    [InlineData("62.012Z")]
    [InlineData("62-01Z")]
    [InlineData("62.0.1Z")]
    [InlineData("6.201Z")]
    [InlineData("62.01ZZ")]
    [InlineData("62,01Z")]
    [InlineData("62.01É")]
    [InlineData("62.01 Z")]
    [InlineData("６２.01Z")]
    [InlineData("62.011")]
    public void TryParse_Malformed_IsRejected(string text)
    {
        NafCode.TryParse(text, out _).Should().BeFalse();
        NafCode.TryParse(text.AsSpan(), out _).Should().BeFalse();
        FluentActions.Invoking(() => NafCode.Parse(text)).Should().Throw<FormatException>().WithMessage("*not a valid NAF code*");
    }

    [Fact]
    public void StartsWith_MatchesDivisionGroupAndClass()
    {
        NafCode code = NafCode.Parse("26.12Z");
        code.StartsWith("26").Should().BeTrue();
        code.StartsWith("26.1").Should().BeTrue();
        code.StartsWith("26.12").Should().BeTrue();
        code.StartsWith("26.2").Should().BeFalse();
        code.StartsWith("2").Should().BeTrue();
        FluentActions.Invoking(() => code.StartsWith(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToString_Formats()
    {
        NafCode code = NafCode.Parse("62.01Z");
        code.ToString("C", null).Should().Be("6201Z");
        code.ToString("G", null).Should().Be("62.01Z");
        FluentActions.Invoking(() => code.ToString("S", null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheValueContract()
    {
        ContractAssertions.AssertValueContract(
            NafCode.Parse("62.01Z"), NafCode.Parse("6201Z"), NafCode.Parse("62.02A"),
            (a, b) => a == b, (a, b) => a != b, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
        NafCode.Parse("99.99Z").Should().BeLessThan(NafCode.Parse("01.11Y"), "rév. 2 codes sort before NAF 2025 codes");
    }

    [Fact]
    public void Property_ParseOfToString_RoundTripsInEveryFormat()
    {
        Gen.Select(Gen.Int[0, 9999], Gen.Char['A', 'Z'], Gen.Bool).Sample((digits, letter, naf2025) =>
        {
            NafNomenclature nomenclature = naf2025 ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;
            string text = digits.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + letter;
            NafCode code = NafCode.Parse(text, nomenclature);
            foreach (string? format in new[] { null, "G", "C" })
            {
                NafCode.Parse(code.ToString(format, null), nomenclature).Should().Be(code);
            }
        }, iter: 5_000);
    }
}

using System;
using System.Globalization;
using ClustersTic.Identifiers;
using ClustersTic.Tests.Support;
using CsCheck;

namespace ClustersTic.Tests.Identifiers;

public sealed class SirenTests
{
    [Theory]
    [InlineData("552100554")]
    [InlineData("732829320")]
    [InlineData("443121975")]
    [InlineData("449970524")]
    [InlineData("356000000")] // La Poste
    public void Parse_ValidVector_GivesCanonicalDigits(string text)
    {
        Siren.Parse(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("552 100 554")]
    [InlineData(" 552100554 ")]
    [InlineData("552\u00A0100\u00A0554")]
    [InlineData("552\u202F100\u202F554")]
    [InlineData("5 5 2 1 0 0 5 5 4")]
    public void Parse_IgnorableSpaces_AreIgnored(string text)
    {
        Siren.Parse(text).Should().Be(Siren.Parse("552100554"));
    }

    [Theory]
    [InlineData("552100555", IdentifierParseFailure.Checksum)]
    [InlineData("123456789", IdentifierParseFailure.Checksum)]
    [InlineData("000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("55210055", IdentifierParseFailure.WrongLength)]
    [InlineData("5521005540", IdentifierParseFailure.WrongLength)]
    [InlineData("", IdentifierParseFailure.Empty)]
    [InlineData("   ", IdentifierParseFailure.Empty)]
    [InlineData("552-100-554", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("552.100.554", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("552\t100554", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("55210055\uFF14", IdentifierParseFailure.InvalidCharacter)] // full-width 4
    [InlineData("55210055A", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("\u0665\u0665\u0662100554", IdentifierParseFailure.InvalidCharacter)] // Arabic-Indic digits
    public void TryParse_Invalid_ReportsWhy(string text, IdentifierParseFailure expected)
    {
        Siren.TryParse(text, out Siren result, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(expected);
        result.Should().Be(default(Siren));
        Siren.TryParse(text, out _).Should().BeFalse();
        Siren.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_Null_IsEmptyFailure()
    {
        Siren.TryParse(null, out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(IdentifierParseFailure.Empty);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        FluentActions.Invoking(() => Siren.Parse((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("55210055", "8 digits")]
    [InlineData("552-100554", "'-' (U+002D) at position 3")]
    [InlineData("552100555", "check digits")]
    [InlineData("000000000", "all zeros")]
    public void Parse_Invalid_ThrowsFormatExceptionSayingWhy(string text, string because)
    {
        FluentActions.Invoking(() => Siren.Parse(text))
            .Should().Throw<FormatException>()
            .WithMessage($"*'{text}' is not a valid SIREN*{because}*");
    }

    [Fact]
    public void Parse_Span_MatchesStringOverload()
    {
        Siren.Parse("732 829 320".AsSpan()).Should().Be(Siren.Parse("732829320"));
    }

    [Fact]
    public void ToString_Formats()
    {
        Siren siren = Siren.Parse("552100554");
        siren.ToString("S", CultureInfo.InvariantCulture).Should().Be("552 100 554");
        siren.ToString("G", null).Should().Be("552100554");
        siren.ToString(null, null).Should().Be("552100554");
        siren.ToString("", null).Should().Be("552100554");
        string.Format(CultureInfo.InvariantCulture, "{0:S}", siren).Should().Be("552 100 554");
        FluentActions.Invoking(() => siren.ToString("X", null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void ToString_KeepsLeadingZeros()
    {
        string text = Luhn.Complete("00012345");
        Siren siren = Siren.Parse(text);
        siren.ToString().Should().Be(text);
        siren.Value.Should().Be(int.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheValueContract()
    {
        ContractAssertions.AssertValueContract(
            Siren.Parse("443121975"), Siren.Parse("443 121 975"), Siren.Parse("732829320"),
            (a, b) => a == b, (a, b) => a != b, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
    }

    [Fact]
    public void ToVatNumber_UsesThePublicVector()
    {
        Siren.Parse("732829320").ToVatNumber().ToString().Should().Be("FR44732829320");
    }

    [Fact]
    public void Property_EveryPrefixCompletedWithItsLuhnDigit_Parses()
    {
        Gen.Int[0, 99_999_999].Sample(prefix =>
        {
            string text = Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture));
            bool allZeros = text == "000000000";
            Siren.TryParse(text, out Siren siren).Should().Be(!allZeros, text);
            if (!allZeros)
            {
                siren.ToString().Should().Be(text);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Property_EverySingleDigitChangeOfAValidSiren_IsRejected()
    {
        Gen.Select(Gen.Int[1, 99_999_999], Gen.Int[0, 8], Gen.Int[1, 9]).Sample((prefix, position, delta) =>
        {
            char[] digits = Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture)).ToCharArray();
            digits[position] = (char)('0' + ((digits[position] - '0' + delta) % 10));
            Siren.TryParse(new string(digits), out _, out IdentifierParseFailure failure).Should().BeFalse(new string(digits));
            failure.Should().BeOneOf(IdentifierParseFailure.Checksum, IdentifierParseFailure.AllZeros);
        }, iter: 20_000);
    }

    [Fact]
    public void Property_ParseOfToString_RoundTripsInEveryFormat()
    {
        Gen.Int[1, 99_999_999].Sample(prefix =>
        {
            Siren siren = Siren.Parse(Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture)));
            foreach (string? format in new[] { null, "G", "S" })
            {
                Siren.Parse(siren.ToString(format, CultureInfo.InvariantCulture)).Should().Be(siren);
            }
        }, iter: 5_000);
    }
}

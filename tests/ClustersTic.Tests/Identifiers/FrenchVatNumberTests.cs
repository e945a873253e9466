using System;
using System.Globalization;
using ClustersTic.Identifiers;
using ClustersTic.Tests.Support;
using CsCheck;

namespace ClustersTic.Tests.Identifiers;

public sealed class FrenchVatNumberTests
{
    [Theory]
    [InlineData("443121975", 46, "FR46443121975")]
    [InlineData("732829320", 44, "FR44732829320")]
    [InlineData("449970524", 26, "FR26449970524")]
    public void FromSiren_PublicVectors(string siren, int key, string vat)
    {
        FrenchVatNumber number = FrenchVatNumber.FromSiren(Siren.Parse(siren));
        number.Key.Should().Be(key);
        number.ToString().Should().Be(vat);
        number.Siren.ToString().Should().Be(siren);
        FrenchVatNumber.Parse(vat).Should().Be(number);
    }

    [Theory]
    [InlineData("FR 44 732 829 320")]
    [InlineData("fr44732829320")]
    [InlineData("FR\u00A044\u202F732829320")]
    public void Parse_SpacesAndLowerCasePrefix_AreAccepted(string text)
    {
        FrenchVatNumber.Parse(text).ToString().Should().Be("FR44732829320");
    }

    [Theory]
    [InlineData("FR45732829320", IdentifierParseFailure.Checksum)]
    [InlineData("FR44732829321", IdentifierParseFailure.InvalidSiren)]
    [InlineData("FR4473282932", IdentifierParseFailure.WrongLength)]
    [InlineData("FR", IdentifierParseFailure.WrongLength)]
    [InlineData("F", IdentifierParseFailure.UnknownForm)]
    [InlineData("44732829320", IdentifierParseFailure.UnknownForm)]
    [InlineData("DE44732829320", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("FR44-732829320", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("FRXX732829320", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("", IdentifierParseFailure.Empty)]
    public void TryParse_Invalid_ReportsWhy(string text, IdentifierParseFailure expected)
    {
        FrenchVatNumber.TryParse(text, out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(expected);
        FrenchVatNumber.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithPosition()
    {
        FluentActions.Invoking(() => FrenchVatNumber.Parse("FR44-732829320"))
            .Should().Throw<FormatException>().WithMessage("*'-' (U+002D) at position 4*");
    }

    [Fact]
    public void ToString_Formats()
    {
        FrenchVatNumber number = FrenchVatNumber.Parse("FR26449970524");
        number.ToString("S", null).Should().Be("FR 26 449 970 524");
        number.ToString("G", null).Should().Be("FR26449970524");
        FluentActions.Invoking(() => number.ToString("x", null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void KeyBelowTen_IsWrittenWithTwoDigits()
    {
        // Every SIREN whose key is below 10 among the first prefixes: the canonical form keeps the leading zero.
        int found = 0;
        for (int prefix = 1; found < 50; prefix++)
        {
            Siren siren = Siren.Parse(Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture)));
            FrenchVatNumber vat = siren.ToVatNumber();
            if (vat.Key >= 10)
            {
                continue;
            }

            found++;
            vat.ToString().Should().Be("FR0" + vat.Key.ToString(CultureInfo.InvariantCulture) + siren);
            FrenchVatNumber.Parse(vat.ToString()).Should().Be(vat);
        }
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheValueContract()
    {
        ContractAssertions.AssertValueContract(
            FrenchVatNumber.Parse("FR46443121975"), FrenchVatNumber.Parse("FR 46 443 121 975"), FrenchVatNumber.Parse("FR44732829320"),
            (a, b) => a == b, (a, b) => a != b, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
    }

    [Fact]
    public void Property_ParseOfToString_RoundTripsInEveryFormat()
    {
        Gen.Int[1, 99_999_999].Sample(prefix =>
        {
            FrenchVatNumber vat = Siren.Parse(Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture))).ToVatNumber();
            foreach (string? format in new[] { null, "G", "S" })
            {
                FrenchVatNumber.Parse(vat.ToString(format, CultureInfo.InvariantCulture)).Should().Be(vat);
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Property_AnyOtherKey_IsRejected()
    {
        Gen.Select(Gen.Int[1, 99_999_999], Gen.Int[0, 99]).Sample((prefix, key) =>
        {
            Siren siren = Siren.Parse(Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture)));
            bool isKey = key == siren.ToVatNumber().Key;
            string text = "FR" + key.ToString("D2", CultureInfo.InvariantCulture) + siren;
            FrenchVatNumber.TryParse(text, out _).Should().Be(isKey, text);
        }, iter: 5_000);
    }
}

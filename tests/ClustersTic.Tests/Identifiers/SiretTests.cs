using System;
using System.Globalization;
using ClustersTic.Identifiers;
using ClustersTic.Tests.Support;
using CsCheck;

namespace ClustersTic.Tests.Identifiers;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")]
    [InlineData("55210055400013")]
    [InlineData("35600000000048")] // La Poste head office: passes Luhn
    [InlineData("35600000049837")] // La Poste establishment: fails Luhn, digit sum multiple of 5
    [InlineData("35600000000015")] // La Poste: fails Luhn, digit sum 20
    public void Parse_ValidVector_GivesCanonicalDigits(string text)
    {
        Siret.Parse(text).ToString().Should().Be(text);
    }

    [Fact]
    public void SirenAndNic_AreTheTwoParts()
    {
        Siret siret = Siret.Parse("732 829 320 00074");
        siret.Siren.Should().Be(Siren.Parse("732829320"));
        siret.Nic.Should().Be(74);
        siret.BelongsTo(Siren.Parse("732829320")).Should().BeTrue();
        siret.BelongsTo(Siren.Parse("552100554")).Should().BeFalse();
    }

    [Theory]
    [InlineData("73282932000075", IdentifierParseFailure.Checksum)]
    [InlineData("35600000049838", IdentifierParseFailure.Checksum)] // La Poste, neither Luhn nor sum % 5
    [InlineData("35600000000007", IdentifierParseFailure.Checksum)] // La Poste, digit sum 21
    [InlineData("00000000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("7328293200007", IdentifierParseFailure.WrongLength)]
    [InlineData("732829320000740", IdentifierParseFailure.WrongLength)]
    [InlineData("", IdentifierParseFailure.Empty)]
    [InlineData("732-829-320-00074", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("73282932O00074", IdentifierParseFailure.InvalidCharacter)]
    public void TryParse_Invalid_ReportsWhy(string text, IdentifierParseFailure expected)
    {
        Siret.TryParse(text, out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(expected);
        Siret.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_FirstNineDigitsNotASiren_IsRejectedEvenWhenLuhnPasses()
    {
        // 123456789 is not a valid SIREN; complete it to a Luhn-valid 14-digit number.
        string text = Luhn.Complete("1234567890001");
        Siret.TryParse(text, out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(IdentifierParseFailure.InvalidSiren);
    }

    [Fact]
    public void TryParse_LaPosteRule_AppliesOnlyToLaPoste()
    {
        // A non-La-Poste SIRET with a digit sum multiple of 5 but failing Luhn.
        IdentifierDigitsSum("73282932000072").Should().Be(45);
        Siret.TryParse("73282932000072", out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(IdentifierParseFailure.Checksum);
    }

    private static int IdentifierDigitsSum(string s)
    {
        int sum = 0;
        foreach (char c in s)
        {
            sum += c - '0';
        }

        return sum;
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionSayingWhy()
    {
        FluentActions.Invoking(() => Siret.Parse("73282932000075"))
            .Should().Throw<FormatException>().WithMessage("*not a valid SIRET*check digits*");
        FluentActions.Invoking(() => Siret.Parse((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToString_Formats()
    {
        Siret siret = Siret.Parse("73282932000074");
        siret.ToString("S", null).Should().Be("732 829 320 00074");
        siret.ToString("G", null).Should().Be("73282932000074");
        FluentActions.Invoking(() => siret.ToString("C", null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheValueContract()
    {
        ContractAssertions.AssertValueContract(
            Siret.Parse("55210055400013"), Siret.Parse("552 100 554 00013"), Siret.Parse("73282932000074"),
            (a, b) => a == b, (a, b) => a != b, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
    }

    [Fact]
    public void Property_ParseOfToString_RoundTripsInEveryFormat()
    {
        Gen.Select(Gen.Int[1, 99_999_999], Gen.Int[0, 9_999]).Sample((prefix, nic) =>
        {
            string siren = Luhn.Complete(prefix.ToString("D8", CultureInfo.InvariantCulture));
            Siret siret = Siret.Parse(Luhn.Complete(siren + nic.ToString("D4", CultureInfo.InvariantCulture)));
            siret.Siren.ToString().Should().Be(siren);
            foreach (string? format in new[] { null, "G", "S" })
            {
                Siret.Parse(siret.ToString(format, CultureInfo.InvariantCulture)).Should().Be(siret);
            }
        }, iter: 5_000);
    }
}

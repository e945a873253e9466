using ClustersTic.Identifiers;
using CsCheck;

namespace ClustersTic.Tests.Identifiers;

/// <summary>
/// SIREN and SIRET are read in one pass when the text is the usual run of digits, and step by step otherwise;
/// both readings must give the same answer for every text.
/// </summary>
public sealed class FastReadingTests
{
    // Digits with spaces (the three ignorable kinds), sometimes a letter or a sign, 0 to 18 characters; texts
    // of exactly nine or fourteen characters (the digits-only reading) with an occasional other character; and
    // valid numbers (including La Poste's SIRETs) so that every branch is reached.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Char["0123456789"].Array[0, 18].Select(c => new string(c)),
        Gen.Char["01234567890123456789 x/:"].Array[9].Select(c => new string(c)),
        Gen.Char["01234567890123456789 x/:"].Array[14].Select(c => new string(c)),
        Gen.Char["0000000001234567899  \u00A0\u202Fx-"].Array[0, 18].Select(c => new string(c)),
        Gen.Int[0, 99_999_999].Select(i => Support.Luhn.Complete(i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Int[0, 99_999_999].Select(Gen.Int[0, 9_999], (siren, nic) =>
            Support.Luhn.Complete(Support.Luhn.Complete(siren.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)) + nic.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Int[0, 99_999].Select(nic => "356000000" + nic.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Siren_OnePassAndStepByStep_Agree()
    {
        Texts.Sample(text =>
        {
            ParseError fast = Siren.TryParseCore(text, out Siren fastValue);
            ParseError detailed = Siren.TryParseDetailed(text, out Siren detailedValue);
            fast.Failure.Should().Be(detailed.Failure, text);
            fastValue.Should().Be(detailedValue, text);
        }, iter: 50_000);
    }

    [Fact]
    public void Siret_OnePassAndStepByStep_Agree()
    {
        Texts.Sample(text =>
        {
            ParseError fast = Siret.TryParseCore(text, out Siret fastValue);
            ParseError detailed = Siret.TryParseDetailed(text, out Siret detailedValue);
            fast.Failure.Should().Be(detailed.Failure, text);
            fastValue.Should().Be(detailedValue, text);
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("732829320", IdentifierParseFailure.None)]
    [InlineData("732 829 320", IdentifierParseFailure.None)]
    [InlineData("000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("732829321", IdentifierParseFailure.Checksum)]
    [InlineData("73282932", IdentifierParseFailure.WrongLength)]
    [InlineData("73282932x", IdentifierParseFailure.InvalidCharacter)]
    public void Siren_Cases(string text, IdentifierParseFailure expected)
    {
        bool parsed = Siren.TryParse(text, out _, out IdentifierParseFailure failure);
        failure.Should().Be(expected);
        parsed.Should().Be(expected == IdentifierParseFailure.None);
    }

    [Theory]
    [InlineData("73282932000074", IdentifierParseFailure.None)]
    [InlineData("35600000000048", IdentifierParseFailure.None)] // La Poste: digit sum a multiple of 5
    [InlineData("00000000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("00000000012345", IdentifierParseFailure.InvalidSiren)]
    [InlineData("73282932100074", IdentifierParseFailure.InvalidSiren)]
    [InlineData("73282932000075", IdentifierParseFailure.Checksum)]
    [InlineData("7328293200007", IdentifierParseFailure.WrongLength)]
    public void Siret_Cases(string text, IdentifierParseFailure expected)
    {
        bool parsed = Siret.TryParse(text, out _, out IdentifierParseFailure failure);
        failure.Should().Be(expected);
        parsed.Should().Be(expected == IdentifierParseFailure.None);
    }

    [Theory]
    [InlineData("000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("000 000 000", IdentifierParseFailure.AllZeros)]
    [InlineData("732829321", IdentifierParseFailure.Checksum)]
    [InlineData("732829320", IdentifierParseFailure.None)]
    public void Siren_StepByStep_NamesTheFailure(string text, IdentifierParseFailure expected)
    {
        Siren.TryParseDetailed(text, out _).Failure.Should().Be(expected);
    }

    [Theory]
    [InlineData("00000000000000", IdentifierParseFailure.AllZeros)]
    [InlineData("00000000012345", IdentifierParseFailure.InvalidSiren)]
    [InlineData("73282932000075", IdentifierParseFailure.Checksum)]
    [InlineData("35600000000048", IdentifierParseFailure.None)]
    [InlineData("73282932000074", IdentifierParseFailure.None)]
    public void Siret_StepByStep_NamesTheFailure(string text, IdentifierParseFailure expected)
    {
        Siret.TryParseDetailed(text, out _).Failure.Should().Be(expected);
    }
}

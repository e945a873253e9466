using System;
using ClustersTic.Companies;
using ClustersTic.Identifiers;
using NodaTime;

namespace ClustersTic.Tests.Identifiers;

/// <summary>Messages and formats of the identifier contracts (gaps found by mutation testing).</summary>
public sealed class IdentifierContractTests
{
    private static readonly Siren Siren = Siren.Parse("732829320");
    private static readonly Siret Siret = Siret.Parse("73282932000074");

    [Fact]
    public void TheEmptyFormat_IsTheGeneralFormat()
    {
        Siren.ToString(string.Empty, null).Should().Be(Siren.ToString()).And.Be("732829320");
        Siret.ToString(string.Empty, null).Should().Be(Siret.ToString()).And.Be("73282932000074");
        Siret.ToString(null, null).Should().Be("73282932000074");
    }

    [Fact]
    public void AnUnknownFormat_NamesTheFormatsThatExist()
    {
        FluentActions.Invoking(() => Siren.ToString("X", null)).Should().Throw<FormatException>().WithMessage("*'X'*\"G\" or \"S\"*");
        FluentActions.Invoking(() => Siret.ToString("X", null)).Should().Throw<FormatException>().WithMessage("*'X'*\"G\" or \"S\"*");
    }

    [Fact]
    public void ComparingWithAnotherType_SaysWhatWasExpected()
    {
        FluentActions.Invoking(() => Siren.CompareTo("732829320")).Should().Throw<ArgumentException>().WithMessage("*not a Siren*").WithParameterName("obj");
        FluentActions.Invoking(() => Siret.CompareTo("73282932000074")).Should().Throw<ArgumentException>().WithMessage("*not a Siret*").WithParameterName("obj");
    }

    [Fact]
    public void APeriodEndingBeforeItStarts_IsRejectedWithBothDates()
    {
        FluentActions.Invoking(() => new MembershipPeriod(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("to").WithMessage("*2020-01-01*2020-01-02*");
        new MembershipPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1)).Covers(new LocalDate(2020, 1, 1)).Should().BeTrue("a one-day period");
    }

    [Theory]
    [InlineData("siren", "", "*'' is not a valid SIREN: it is empty;*")]
    [InlineData("siren", "000000000", "*'000000000' is not a valid SIREN: it is all zeros;*")]
    [InlineData("siret", "00000000012345", "*'00000000012345' is not a valid SIRET: the SIREN it contains is not valid;*")]
    [InlineData("vat", "44732829320", "*'44732829320' is not a valid * it has an unknown form;*")]
    public void ParseErrors_SayWhatIsWrong(string kind, string text, string message)
    {
        Action parse = kind switch
        {
            "siren" => () => Siren.Parse(text),
            "siret" => () => Siret.Parse(text),
            _ => () => FrenchVatNumber.Parse(text),
        };
        parse.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void ParseErrors_ShowAtMost64CharactersOfTheText()
    {
        string sixtyFour = new('1', 64);
        FluentActions.Invoking(() => Siren.Parse(sixtyFour)).Should().Throw<FormatException>()
            .Which.Message.Should().StartWith("'" + sixtyFour + "' is not");
        FluentActions.Invoking(() => Siren.Parse(sixtyFour + "23")).Should().Throw<FormatException>()
            .Which.Message.Should().StartWith("'" + sixtyFour + "…' is not");
    }
}

using System;
using System.Text.Json;
using ClustersTic.Companies;
using ClustersTic.Identifiers;

namespace ClustersTic.Tests.Identifiers;

/// <summary>One "SIREN/SIRET" column and one unlabelled "Code NAF" column, as CRMs export them (issue 15, point 4).</summary>
public sealed class CompanyIdentifierTests
{
    [Theory]
    [InlineData("732829320", "732829320", null)]
    [InlineData("732 829 320", "732829320", null)]
    [InlineData("732\u00A0829\u00A0320", "732829320", null)]
    [InlineData("732\u202F829\u202F320", "732829320", null)]
    [InlineData(" 732829320 ", "732829320", null)]
    [InlineData("73282932000074", "732829320", "73282932000074")]
    [InlineData("732 829 320 00074", "732829320", "73282932000074")]
    [InlineData("732\u00A0829\u00A0320\u00A000074", "732829320", "73282932000074")]
    [InlineData("35600000049837", "356000000", "35600000049837")] // La Poste
    public void OneValue_IsReadAsASirenOrASiret(string text, string siren, string? siret)
    {
        CompanyIdentifier id = CompanyIdentifier.Parse(text);
        id.Siren.ToString().Should().Be(siren);
        id.Siret?.ToString().Should().Be(siret);
        id.IsSiret.Should().Be(siret is not null);
        id.ToString().Should().Be(siret ?? siren);
    }

    [Theory]
    [InlineData("732.829.320", IdentifierParseFailure.InvalidCharacter)] // reading 1: a dot makes it invalid
    [InlineData("732-829-320", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("732829320\t", IdentifierParseFailure.InvalidCharacter)]
    [InlineData("732829321", IdentifierParseFailure.Checksum)]
    [InlineData("73282932000075", IdentifierParseFailure.Checksum)]
    [InlineData("7328293200007", IdentifierParseFailure.WrongLength)]
    [InlineData("", IdentifierParseFailure.Empty)]
    [InlineData(null, IdentifierParseFailure.Empty)]
    [InlineData("00000000000000", IdentifierParseFailure.AllZeros)]
    public void InvalidValues_SayWhy(string? text, IdentifierParseFailure failure)
    {
        CompanyIdentifier.TryParse(text, out CompanyIdentifier id, out IdentifierParseFailure actual).Should().BeFalse();
        actual.Should().Be(failure);
        id.Should().Be(default(CompanyIdentifier));
        if (text is not null)
        {
            FluentActions.Invoking(() => CompanyIdentifier.Parse(text)).Should().Throw<FormatException>().WithMessage("*SIREN or SIRET*");
        }
    }

    [Fact]
    public void Formats_Equality_Ordering_AndJson()
    {
        CompanyIdentifier siren = CompanyIdentifier.Parse("732829320");
        CompanyIdentifier siret = CompanyIdentifier.Parse("732 829 320 00074");
        siret.ToString("S", null).Should().Be("732 829 320 00074");
        siren.ToString("S", null).Should().Be("732 829 320");
        siren.Should().NotBe(siret);
        (siren < siret).Should().BeTrue("a SIREN alone sorts before its establishments");
        siret.Should().Be(CompanyIdentifier.Parse("73282932000074"));
        JsonSerializer.Serialize(siret).Should().Be("\"73282932000074\"");
        JsonSerializer.Deserialize<CompanyIdentifier>("\"732 829 320\"").Should().Be(siren);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CompanyIdentifier>("\"732.829.320\"")).Should().Throw<JsonException>();
        default(CompanyIdentifier).ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("732 829 320 00074", "732829320", "732 829 320 00074")]
    [InlineData("732829320", "732829320", null)]
    [InlineData("732.829.320", "732.829.320", null)]
    [InlineData("73282932000075", "732829320", "73282932000075")]
    public void Company_WithSirenOrSiret_RoutesTheValue_KeepingWhatWasGiven(string value, string siren, string? siret)
    {
        Company company = new Company { Name = "Atelier" }.WithSirenOrSiret(value);
        company.Siren.Should().Be(siren);
        company.Siret.Should().Be(siret);
        new Company { Name = "x", Siren = "1" }.WithSirenOrSiret("  ").Siren.Should().BeNull("a blank value is not given");
    }

    [Theory]
    [InlineData("62.01Z", "62.01Z", null)]
    [InlineData("6201z", "6201z", null)]
    [InlineData("62.10Y", null, "62.10Y")]
    [InlineData(" 6210y ", null, " 6210y ")]
    [InlineData("72.2Z", "72.2Z", null)] // any other letter is read as rév. 2 (reading 5), and CO-4 says it is rév. 1
    public void Company_WithNaf_RoutesByReading5(string code, string? rev2, string? naf2025)
    {
        Company company = new Company { Name = "Atelier" }.WithNaf(code);
        company.NafRev2.Should().Be(rev2);
        company.Naf2025.Should().Be(naf2025);
        new Company { Name = "x", NafRev2 = "62.01Z" }.WithNaf(" ").NafRev2.Should().Be("62.01Z", "a blank code is not given");
    }
}

using System.Text.Json;
using System.Threading.Tasks;

namespace ClustersTic.Cli.Tests;

/// <summary><c>clusters-tic check</c> as a process: the sentence, the JSON, the exit code (issue 16, point 2).</summary>
public sealed class CheckCommandTests
{
    [Theory]
    [InlineData("552100554", "SIREN 552 100 554\u00A0: valide — TVA intracommunautaire FR96552100554", 0)]
    [InlineData("552 100 554", "SIREN 552 100 554\u00A0: valide — TVA intracommunautaire FR96552100554", 0)]
    [InlineData("552-100-554", "SIREN «\u202F552-100-554\u202F»\u00A0: non valide — caractère non autorisé", 1)]
    [InlineData("732829321", "SIREN «\u202F732829321\u202F»\u00A0: non valide — clé de contrôle incorrecte", 1)]
    [InlineData("732\u00A0829\u00A0320\u00A000074", "SIRET 732 829 320 00074\u00A0: valide — SIREN 732 829 320, NIC 00074", 0)]
    [InlineData("FR 44 732 829 320", "TVA FR 44 732 829 320\u00A0: valide — SIREN 732 829 320", 0)]
    [InlineData("6202a", "NAF 62.02A\u00A0: valide — Conseil en systèmes et logiciels informatiques (NAF rév. 2)", 0)]
    [InlineData("62.20G", "NAF 62.20G\u00A0: valide — Conseil en systèmes et logiciels informatiques (NAF 2025)", 0)]
    [InlineData("99.99Z", "NAF «\u202F99.99Z\u202F»\u00A0: non valide — code inexistant dans la nomenclature", 1)]
    [InlineData("72.2Z", "NAF «\u202F72.2Z\u202F»\u00A0: non valide — code de l’ancienne nomenclature (NAF rév. 1)", 1)]
    public async Task Check_InFrench_SaysWhyAndExitsWithTheOutcome(string value, string expected, int exitCode)
    {
        (int code, string output, string error) = await CliProcess.RunAsync("check", value);
        output.Should().Be(expected + "\n");
        error.Should().BeEmpty();
        code.Should().Be(exitCode);
    }

    [Theory]
    [InlineData("552100554", "SIREN 552 100 554: valid — VAT number FR96552100554", 0)]
    [InlineData("99.99Z", "NAF '99.99Z': not valid — no such code in the nomenclature", 1)]
    [InlineData("62.10Y", "NAF 62.10Y: valid — Computer programming activities (NAF 2025)", 0)]
    public async Task Check_InEnglish(string value, string expected, int exitCode)
    {
        (int code, string output, _) = await CliProcess.RunAsync("check", value, "--lang", "en");
        output.Should().Be(expected + "\n");
        code.Should().Be(exitCode);
    }

    [Fact]
    public async Task Check_Json_IsOneObjectForPrograms()
    {
        (int code, string output, _) = await CliProcess.RunAsync("check", "732829321", "--format", "json");
        code.Should().Be(1);
        using JsonDocument json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("kind").GetString().Should().Be("siren");
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("reason").GetString().Should().Be("Checksum");
        json.RootElement.GetProperty("canonical").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("message").GetString().Should().Contain("clé de contrôle incorrecte");
        output.Should().EndWith("}\n");
    }

    [Fact]
    public async Task Check_KindCanBeForced()
    {
        // Fourteen digits forced as a SIREN: the SIREN rules say why it is not one.
        (int code, string output, _) = await CliProcess.RunAsync("check", "73282932000074", "--kind", "siren", "--lang", "en");
        output.Should().Be("SIREN '73282932000074': not valid — wrong number of digits\n");
        code.Should().Be(1);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "552100554", "--kind", "iban")]
    [InlineData("check", "552100554", "--lang", "de")]
    [InlineData("frobnicate")]
    public async Task BadUsage_ExitsWith2_AndSaysWhyOnStandardError(params string[] args)
    {
        (int code, string output, string error) = await CliProcess.RunAsync(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("clusters-tic --help");
    }

    [Fact]
    public async Task Help_IsFrenchByDefault_EnglishOnRequest()
    {
        (int code, string french, _) = await CliProcess.RunAsync("check", "--help");
        code.Should().Be(0);
        french.Should().Contain("Vérifie un SIREN").And.Contain("Utilisation");
        (_, string english, _) = await CliProcess.RunAsync("check", "--help", "--lang", "en");
        english.Should().Contain("Checks a SIREN").And.Contain("Usage");
        (_, string equals, _) = await CliProcess.RunAsync("check", "--help", "--lang=en");
        equals.Should().Be(english);
    }
}

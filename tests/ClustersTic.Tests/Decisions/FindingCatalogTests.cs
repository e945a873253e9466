using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ClustersTic.Decisions;
using ClustersTic.Text;

namespace ClustersTic.Tests.Decisions;

public sealed class FindingCatalogTests
{
    private static readonly string[] AllCodes = typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, "\\{([a-zA-Z]+)\\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void EveryCode_HasADefinitionWithBothLanguagesAndTheSamePlaceholders()
    {
        AllCodes.Should().NotBeEmpty();
        AllCodes.Should().OnlyHaveUniqueItems();
        foreach (string code in AllCodes)
        {
            FindingDefinition definition = FindingCatalog.Get(code);
            definition.Messages.French.Should().NotBeNullOrWhiteSpace(code);
            definition.Messages.English.Should().NotBeNullOrWhiteSpace(code);
            definition.Messages.French.Should().NotBe(definition.Messages.English, code);
            Placeholders(definition.Messages.French).Should().Equal(Placeholders(definition.Messages.English), code);
            code.Should().StartWith(definition.RuleId + ".", "a code starts with its rule id");
        }
    }

    [Fact]
    public void TheCatalogue_HasNoCodeWithoutAConstant()
    {
        FindingCatalog.All.Select(d => d.Code).Should().BeEquivalentTo(AllCodes);
    }

    [Fact]
    public void FailedFindings_AreBlockingOrCorrections_UnknownFindings_AreWarnings()
    {
        foreach (FindingDefinition d in FindingCatalog.All)
        {
            if (d.Status == FindingStatus.Unknown)
            {
                d.Severity.Should().Be(FindingSeverity.Warning, d.Code);
            }

            if (d.Severity == FindingSeverity.Blocking)
            {
                d.Status.Should().Be(FindingStatus.Failed, d.Code);
            }
        }
    }

    [Fact]
    public void Render_FillsPlaceholdersFromArguments_InEitherLanguage()
    {
        Finding finding = Finding.Create(FindingCatalog.ClusterLeft, "leftOn", "2020-06-30");
        finding.GetMessage().Should().Be("Le cluster a quitté le consortium le 2020-06-30.");
        finding.GetMessage(Language.English).Should().Be("The cluster left the consortium on 2020-06-30.");
        finding.ToString().Should().Be("[CL-4.left] Le cluster a quitté le consortium le 2020-06-30.");
        finding.RuleId.Should().Be("CL-4");
        finding.GetArgument("nope").Should().BeNull();
    }

    [Fact]
    public void EveryFindingProducedByTheDemoData_FillsEveryPlaceholder()
    {
        foreach (Decision decision in Support.Fixtures.Rules.Evaluate(ClustersTic.Samples.SampleData.Load(), Support.Fixtures.AsOf).All)
        {
            foreach (Finding finding in decision.Findings)
            {
                finding.GetMessage(Language.French).Should().NotContain("{", finding.Code);
                finding.GetMessage(Language.English).Should().NotContain("{", finding.Code);
                Placeholders(FindingCatalog.Get(finding.Code).Messages.English)
                    .Should().BeEquivalentTo(finding.Arguments.Select(a => a.Name), finding.Code);
            }
        }
    }
}

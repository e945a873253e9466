using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Text;
using NodaTime;

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
        finding.GetMessage(Language.French).Should().Be("Le cluster a quitté le consortium le 2020-06-30.");
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
                finding.Arguments.Select(a => a.Name).Should().Equal(
                    FindingCatalog.Get(finding.Code).Arguments.Select(a => a.Name), finding.Code + ": the arguments its row declares, in order");
                NoRawEnumName(finding.GetMessage(Language.French), finding.Code);
                NoRawEnumName(finding.GetMessage(Language.English), finding.Code);
            }

            NoRawEnumName(decision.Summarize(Language.French), decision.Subject);
            NoRawEnumName(decision.Summarize(Language.English), decision.Subject);
        }
    }

    /// <summary>Every row, rendered with arguments of its declared kinds — each value of each enumeration for
    /// a label — in both languages: every placeholder filled, labels in place of enumeration names.</summary>
    [Fact]
    public void EveryRow_RendersInBothLanguages_WithLabelsForEveryEnumerationValue()
    {
        FindingCatalog.All.Should().HaveCount(AllCodes.Length);
        foreach (FindingDefinition row in FindingCatalog.All)
        {
            foreach ((string Name, ArgumentValue Value)[] arguments in SampleArguments(row))
            {
                Finding finding = Finding.Create(row, arguments);
                foreach (Language language in new[] { Language.French, Language.English })
                {
                    string message = finding.GetMessage(language);
                    message.Should().NotContain("{", row.Code).And.NotContain("}", row.Code);
                    NoRawEnumName(message, row.Code);
                    foreach ((string name, ArgumentValue value) in arguments)
                    {
                        message.Should().Contain(value.Display(language), $"{row.Code} shows {name} in {language}");
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Name, ArgumentValue Value)[]> SampleArguments(FindingDefinition row)
    {
        int variants = row.Arguments.Where(a => a.Kind == FindingArgumentKind.Label).Select(a => Enum.GetValues(a.Labels!.EnumType).Length).DefaultIfEmpty(1).Max();
        for (int v = 0; v < variants; v++)
        {
            yield return row.Arguments.Select(a => (a.Name, a.Kind switch
            {
                FindingArgumentKind.Date => (ArgumentValue)new LocalDate(2026, 11, 28),
                FindingArgumentKind.Number => "3",
                FindingArgumentKind.Percent => "50.0 %",
                FindingArgumentKind.Score => "75.0",
                FindingArgumentKind.NafCode => NafCode.Parse("70.22Z"),
                FindingArgumentKind.Siren => Siren.Parse("732829320"),
                FindingArgumentKind.Siret => Siret.Parse("73282932000074"),
                FindingArgumentKind.Label => LabelOf(a.Labels!.EnumType, v),
                _ => "x-1",
            })).ToArray();
        }
    }

    private static ArgumentValue LabelOf(Type enumType, int index)
    {
        Array values = Enum.GetValues(enumType);
        object value = values.GetValue(index % values.Length)!;
        MethodInfo label = typeof(ArgumentValue).GetMethod(nameof(ArgumentValue.Label))!.MakeGenericMethod(enumType);
        return (ArgumentValue)label.Invoke(null, [value])!;
    }

    /// <summary>No enumeration name of two or more words (<c>SelfAssessment</c>, <c>IctUsers</c>,
    /// <c>NotGranted</c>…) in text meant for people: those have labels.</summary>
    private static void NoRawEnumName(string text, string because)
    {
        foreach (EnumLabels table in Labels.All)
        {
            foreach (string name in Enum.GetNames(table.EnumType).Where(n => n.Skip(1).Any(char.IsUpper)))
            {
                text.Should().NotContain(name, because);
            }
        }
    }
}

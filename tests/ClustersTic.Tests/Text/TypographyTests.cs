using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ClustersTic.Charter;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Tests.Text;

/// <summary>
/// Every message of every finding code, rendered with arguments of every kind, and every label, summary and
/// explanation of the sample data, in both languages, against the typography rules (docs/typography.md;
/// issue 15, point 1). A rule broken anywhere names the text that breaks it.
/// </summary>
public sealed class TypographyTests
{
    private static readonly LocalDate FirstOfMonth = new(2026, 12, 1);

    private static readonly LocalizedText SampleTitle = new("Après-projet", "After the project");

    /// <summary>The argument values each kind is rendered with: small and large numbers, the first of a month,
    /// a NAF code with and without an English title, every row of the label table.</summary>
    private static IEnumerable<ArgumentValue> Values(FindingArgumentSpec spec) => spec.Kind switch
    {
        FindingArgumentKind.Date => [new LocalDate(2026, 11, 28), FirstOfMonth],
        FindingArgumentKind.Number => [ArgumentValue.Number(1), ArgumentValue.Number(2026), ArgumentValue.Number(12345)],
        FindingArgumentKind.Percent => [ArgumentValue.Percent(0.25m), ArgumentValue.Percent(0.5m), ArgumentValue.Percent(2m / 3m)],
        FindingArgumentKind.Score => [ArgumentValue.Score(95.8m), ArgumentValue.Score(75m)],
        FindingArgumentKind.NafCode => [NafCode.Parse("62.02A"), NafCode.Parse("62.10Y"), NafCode.Parse("99.99Z")],
        FindingArgumentKind.Siren => [Siren.Parse("732829320")],
        FindingArgumentKind.Siret => [Siret.Parse("73282932000074")],
        FindingArgumentKind.Label => Enumerable.Range(0, spec.Labels!.Count).Select(i => ArgumentValue.FromLabelRow(spec.Labels, i)),
        _ => ["X-1", ArgumentValue.Titled("AFTER", SampleTitle)],
    };

    public static TheoryData<string> Codes() => new(FindingCatalog.All.Select(d => d.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryMessage_WithEveryKindOfArgument_FollowsTheTypographyOfItsLanguage(string code)
    {
        FindingDefinition definition = FindingCatalog.Get(code);
        foreach (Finding finding in Variants(definition))
        {
            string french = finding.GetMessage(Language.French);
            string english = finding.GetMessage(Language.English);
            CheckFrench(french);
            CheckEnglish(english);
            for (int i = 0; i < finding.ArgumentCount; i++)
            {
                ArgumentValue value = finding.ArgumentValueAt(i);
                if (value.Display(Language.French) != value.ToString() && definition.Arguments[i].Kind is FindingArgumentKind.Label or FindingArgumentKind.Text)
                {
                    // A label or a titled id: its title is shown, never its invariant name or id.
                    french.Should().NotContain(value.ToString(), $"'{french}' shows the id or enum name of {definition.Arguments[i].Name}");
                    english.Should().NotContain(value.ToString(), $"'{english}' shows the id or enum name of {definition.Arguments[i].Name}");
                }
            }
        }
    }

    [Fact]
    public void EveryLabel_FollowsTheTypographyOfItsLanguage()
    {
        foreach (EnumLabels table in Labels.All)
        {
            for (int i = 0; i < table.Count; i++)
            {
                CheckFrench(table.Label(i, Language.French));
                CheckEnglish(table.Label(i, Language.English));
            }
        }
    }

    [Fact]
    public void EverySummaryAndExplanationOfTheSampleData_FollowsTheTypographyOfItsLanguage()
    {
        var rules = new ConsortiumRules(RuleSetCatalog.Embedded.Get("v1"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 28, 12, 0)));
        ConsortiumReport report = rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate);
        IEnumerable<Decision> decisions = report.Clusters.Cast<Decision>().Concat(report.Companies).Concat(report.Assessments).Concat(report.Signatures);
        foreach (Decision decision in decisions)
        {
            CheckFrench(decision.Explain(Language.French), names: true);
            CheckEnglish(decision.Explain(Language.English), allowFrenchNames: true);
        }

        foreach (AssessmentResult assessment in report.Assessments)
        {
            if (assessment.NextLevel is LevelGap gap)
            {
                CheckFrench(gap.Describe(Language.French));
                CheckEnglish(gap.Describe(Language.English));
            }
        }
    }

    [Fact]
    public void TheCharterTextsOfTheEmbeddedRuleSets_FollowFrenchTypography()
    {
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            CheckFrench(ruleSet.Title.French);
            foreach (CharterCategory category in ruleSet.Charter.Categories)
            {
                CheckFrench(category.Title.French);
                CheckFrench(category.Description.French);
                CheckEnglish(category.Title.English);
            }

            foreach (Criterion criterion in ruleSet.Charter.Criteria)
            {
                CheckFrench(criterion.Title.French);
                CheckFrench(criterion.Text.French);
                CheckEnglish(criterion.Title.English);
                CheckEnglish(criterion.Text.English);
            }
        }
    }

    [Fact]
    public void TheRulesThemselves_CatchTheMistakesTheyAreFor()
    {
        // The checks fail on the mistakes the issue found, so a passing walk means something.
        FluentActions.Invoking(() => CheckFrench("Date : 28 novembre 2026")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckFrench("le 2026-11-28")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckFrench("score 95.8/100")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckFrench("1 adhérent(s)")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckFrench("« x\u202F»")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckFrench("l'entreprise")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckEnglish("Exemplary : x")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckEnglish("NAF rév. 2")).Should().Throw<System.Exception>();
        FluentActions.Invoking(() => CheckEnglish("at most Signataire")).Should().Throw<System.Exception>();
        CheckFrench("Le code 62.02A (Conseil) est cité le 1er\u00A0décembre 2026\u00A0: 95,8\u202F%\u202F; «\u202Fx\u202F»\u202F!");
        CheckEnglish("The code 62.02A is cited on 1 December 2026: 95.8%; 'x'!");
    }

    private static IEnumerable<Finding> Variants(FindingDefinition definition)
    {
        IReadOnlyList<FindingArgumentSpec> specs = definition.Arguments;
        if (specs.Count == 0)
        {
            yield return Finding.Create(definition);
            yield break;
        }

        // Each argument takes each of its values once, the others their first value.
        for (int i = 0; i < specs.Count; i++)
        {
            foreach (ArgumentValue value in Values(specs[i]))
            {
                yield return Finding.Create(definition, specs.Select((s, j) => (s.Name, j == i ? value : Values(s).First())).ToArray());
            }
        }
    }

    private static void CheckFrench(string text, bool names = false) => TypographyChecks.French(text, names);

    private static void CheckEnglish(string text, bool allowFrenchNames = false) => TypographyChecks.English(text, allowFrenchNames);
}

/// <summary>Load errors in both languages, with the same typography rules (issue 15, point 2).</summary>
public sealed class LoadProblemTextTests
{
    public static TheoryData<string> BadDataSets() => new()
    {
        "{\"clusters\": [,]}",
        "{\"clusters\": [] // comment\n}",
        "{'clusters': []}",
        "{\"clusters\": []} {}",
        "{\"clusters\": [], \"clusters\": []}",
        "{\"clusterz\": []}",
        "{\"companies\": {}}",
        "{\"companies\": [{\"siren\": \"732829320\"}]}",
        "{}",
        "{\"companies\": [{\"name\": \"A\", \"siren\": \"732829320\"}, {\"name\": \"B\", \"siren\": \"732 829 320\"}]}",
        "{\"companies\": [{\"name\": \"A\", \"createdOn\": \"2026-13-01\"}]}",
        "{\"companies\": [{\"name\": \"A\", \"state\": \"Closed\"}]}",
        "{\"companies\": [{\"name\": \"A\", \"memberships\": [{\"clusterId\": \"nowhere\", \"from\": \"2020-01-01\"}]}]}",
        "{\"companies\": [{\"name\": \"A\", \"memberships\": [{\"clusterId\": \" \", \"from\": \"2020-01-01\", \"to\": \"2019-01-01\"}]}]}",
        "{\"companies\": [{\"name\": \"A\", \"closedYears\": [{\"year\": 2024, \"headcount\": -1}, {\"year\": 2024}]}]}",
        "{\"companies\": [{\"name\": \"A\", \"sirenOrSiret\": \"732829320\", \"siren\": \"732829320\", \"naf\": \"62.01Z\", \"nafRev2\": \"62.02A\"}]}",
        "{\"signatures\": [{\"companySiren\": \"732829320\", \"charterVersion\": \"1.0\", \"grantedOn\": \"2024-01-01\"}]}",
        "[]",
        "null",
        "",
    };

    [Theory]
    [MemberData(nameof(BadDataSets))]
    public void EveryDataSetLoadProblem_ReadsInBothLanguages(string json)
    {
        IReadOnlyList<ClustersTic.Documents.DocumentProblem> problems = FluentActions.Invoking(() => ClustersTic.DataSets.DataSet.Parse(json))
            .Should().Throw<ClustersTic.DataSets.DataSetValidationException>().Which.Problems;
        problems.Should().NotBeEmpty();
        foreach (ClustersTic.Documents.DocumentProblem problem in problems)
        {
            string french = problem.GetMessage(Language.French);
            string english = problem.GetMessage(Language.English);
            french.Should().NotBe(english, problem.Code);
            english.Should().Be(problem.Message, "Message is the English text, as in exception messages");
            problem.GetMessage(ClustersTic.Tests.Support.Cultures.Get("fr-FR")).Should().Be(french);
            TypographyChecks.French(french, names: true);
            TypographyChecks.English(english, allowFrenchNames: true);
        }
    }

    [Fact]
    public void RuleSetLoadProblems_ReadInBothLanguages()
    {
        string json = Support.RuleSetText.Edit(r =>
        {
            r["id"] = "not an id!";
            r["scoring"]!["confirmed"]!["minimumScore"] = 95.55m;
            r["scoring"]!["exemplary"]!["minimumScore"] = 90.0m;
            r["clusterAdmission"]!["minimumProviderShare"] = 1.5m;
            r["charter"]!["criteria"]![0]!["weight"] = 4;
        });
        IReadOnlyList<ClustersTic.Documents.DocumentProblem> problems = FluentActions.Invoking(() => RuleSet.Parse(json))
            .Should().Throw<ClustersTic.Documents.DocumentValidationException>().Which.Problems;
        problems.Count.Should().BeGreaterThan(3);
        foreach (ClustersTic.Documents.DocumentProblem problem in problems)
        {
            TypographyChecks.French(problem.GetMessage(Language.French), names: true);
            TypographyChecks.English(problem.GetMessage(Language.English), allowFrenchNames: true);
        }
    }
}

/// <summary>The typography rules (docs/typography.md), as assertions.</summary>
internal static class TypographyChecks
{
    private static string WithoutNafCodes(string text) => Regex.Replace(text, @"\b\d{2}\.\d{2}[A-Z]\b", "NAF");

    /// <param name="text">The text.</param>
    /// <param name="names">The text quotes the data (company and cluster names, an input value), whose
    /// apostrophes and dates are the input's own.</param>
    public static void French(string text, bool names = false)
    {
        string t = WithoutNafCodes(text);
        if (names)
        {
            // A value quoted from the input is the input's own: only the guillemets around it are checked.
            t = Regex.Replace(t, "«\u202F[^»]*\u202F»", "«\u202Fx\u202F»");
        }

        t.Should().NotMatchRegex(@" [:;!?»%]", $"a plain space before : ; ! ? » % breaks the line there, in «{text}»");
        t.Should().NotMatchRegex(@"« ", $"a plain space after « breaks the line there, in «{text}»");
        t.Should().NotMatchRegex(@"[^\u00A0\u202F][:;!?%]|[^\u202F]»|«[^\u202F]", $"French puts a no-break space before : ; ! ? % » and after «, in «{text}»");
        t.Should().NotMatchRegex(@"\u00A0[;!?%»]", $"; ! ? % » take the narrow no-break space, in «{text}»");
        if (!names)
        {
            t.Should().NotContain("'", $"French uses the typographic apostrophe, in «{text}»");
        }

        t.Should().NotMatchRegex(@"\d\.\d", $"French writes decimals with a comma, in «{text}»");
        if (!names)
        {
            t.Should().NotMatchRegex(@"\d{4}-\d{2}-\d{2}", $"French prose writes dates in words, in «{text}»");
        }

        t.Should().NotContain("(s)", $"plurals are written out, in «{text}»");
    }

    public static void English(string text, bool allowFrenchNames = false)
    {
        string t = WithoutNafCodes(text);
        t.Should().NotMatchRegex(@"[ \u00A0\u202F][:;!?%]", $"English puts no space before : ; ! ? %, in '{text}'");
        t.Should().NotContainAny(["«", "»", "rév.", "Signataire", "Confirmé", "Exemplaire", "Non conforme"], $"no French in English text: '{text}'");
        if (!allowFrenchNames)
        {
            t.Should().NotMatchRegex(@"\d{4}-\d{2}-\d{2}", $"English prose writes dates in words, in '{text}'");
        }
        t.Should().NotContain("(s)", $"plurals are written out, in '{text}'");
        if (!allowFrenchNames)
        {
            t.Should().NotMatchRegex(@"[éèêàâçôûù]", $"no French word in English text: '{text}'");
        }
    }
}

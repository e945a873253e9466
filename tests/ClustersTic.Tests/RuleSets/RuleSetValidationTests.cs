using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ClustersTic.RuleSets;
using ClustersTic.Documents;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.RuleSets;

/// <summary>One bad input for each semantic rule of the rule set format, asserting the code and path.</summary>
public sealed class RuleSetValidationTests
{
    private static JsonNode Criterion(JsonNode r, int i) => r["charter"]!["criteria"]![i]!;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "id with a space", "ruleset.id-format", "$.id" },
        { "blank version", "ruleset.blank-text", "$.version" },
        { "blank title", "ruleset.blank-text", "$.title.en" },
        { "bad date", "ruleset.date-format", "$.effectiveFrom" },
        { "year zero", "ruleset.date-format", "$.effectiveFrom" },
        { "unknown organisation kind", "ruleset.unknown-value", "$.clusterAdmission.admittedOrganisationKinds[1]" },
        { "duplicate organisation kind", "ruleset.duplicate-value", "$.clusterAdmission.admittedOrganisationKinds[1]" },
        { "empty organisation kinds", "ruleset.empty-list", "$.clusterAdmission.admittedOrganisationKinds" },
        { "share above 1", "ruleset.share-range", "$.clusterAdmission.minimumProviderShare" },
        { "negative share", "ruleset.share-range", "$.clusterAdmission.minimumProviderShare" },
        { "empty sector list", "ruleset.empty-list", "$.companyEligibility.digitalSector.naf2025" },
        { "malformed sector code", "ruleset.sector-code", "$.companyEligibility.digitalSector.rev2[2]" },
        { "duplicate sector code", "ruleset.duplicate-value", "$.companyEligibility.digitalSector.rev2[1]" },
        { "unknown size category", "ruleset.unknown-value", "$.companyEligibility.eligibleSizeCategories[0]" },
        { "bad reference date", "ruleset.date-format", "$.companyEligibility.naf2025ReferenceFrom" },
        { "duplicate category id", "ruleset.duplicate-id", "$.charter.categories[1].id" },
        { "duplicate criterion id", "ruleset.duplicate-id", "$.charter.criteria[1].id" },
        { "criterion in unknown category", "ruleset.unknown-category", "$.charter.criteria[0].category" },
        { "unknown level", "ruleset.unknown-value", "$.charter.criteria[0].level" },
        { "weight 0", "ruleset.weight-range", "$.charter.criteria[3].weight" },
        { "weight 4", "ruleset.weight-range", "$.charter.criteria[3].weight" },
        { "negative weight", "ruleset.weight-range", "$.charter.criteria[3].weight" },
        { "category without MUST", "ruleset.category-without-must", "$.charter.categories[0]" },
        { "threshold above 100", "ruleset.threshold-range", "$.scoring.exemplary.minimumScore" },
        { "negative threshold", "ruleset.threshold-range", "$.scoring.confirmed.minimumCategoryScore" },
        { "threshold with two decimals", "ruleset.threshold-precision", "$.scoring.confirmed.minimumScore" },
        { "thresholds not rising", "ruleset.threshold-order", "$.scoring.exemplary.minimumScore" },
        { "unknown assessment kind", "ruleset.unknown-value", "$.scoring.exemplary.assessmentKinds[0]" },
        { "period not ISO", "ruleset.period-format", "$.lifecycle.validity" },
        { "zero period", "ruleset.period-positive", "$.lifecycle.reviewWindowBefore" },
        { "negative period", "ruleset.period-positive", "$.lifecycle.reviewWindowAfter" },
        { "time period", "ruleset.period-positive", "$.lifecycle.renewalWindow" },
        { "empty categories", "ruleset.empty-list", "$.charter.categories" },
    };

    private static void Apply(string edit, JsonNode r)
    {
        switch (edit)
        {
            case "id with a space": r["id"] = "v 1"; break;
            case "blank version": r["version"] = "  "; break;
            case "blank title": r["title"]!["en"] = ""; break;
            case "bad date": r["effectiveFrom"] = "2010-02-30"; break;
            case "year zero": r["effectiveFrom"] = "0000-01-01"; break;
            case "unknown organisation kind": r["clusterAdmission"]!["admittedOrganisationKinds"]![1] = "Club"; break;
            case "duplicate organisation kind": r["clusterAdmission"]!["admittedOrganisationKinds"]![1] = "Cluster"; break;
            case "empty organisation kinds": r["clusterAdmission"]!["admittedOrganisationKinds"] = new JsonArray(); break;
            case "share above 1": r["clusterAdmission"]!["minimumProviderShare"] = 1.01m; break;
            case "negative share": r["clusterAdmission"]!["minimumProviderShare"] = -0.1m; break;
            case "empty sector list": r["companyEligibility"]!["digitalSector"]!["naf2025"] = new JsonArray(); break;
            case "malformed sector code": r["companyEligibility"]!["digitalSector"]!["rev2"]![2] = "6201Z"; break;
            case "duplicate sector code": r["companyEligibility"]!["digitalSector"]!["rev2"]![1] = "26.1"; break;
            case "unknown size category": r["companyEligibility"]!["eligibleSizeCategories"]![0] = "TPE"; break;
            case "bad reference date": r["companyEligibility"]!["naf2025ReferenceFrom"] = "01/01/2027"; break;
            case "duplicate category id": r["charter"]!["categories"]![1]!["id"] = "NEEDS"; break;
            case "duplicate criterion id": Criterion(r, 1)["id"] = "NEEDS-1"; break;
            case "criterion in unknown category": Criterion(r, 0)["category"] = "MARKETING"; break;
            case "unknown level": Criterion(r, 0)["level"] = "must"; break;
            case "weight 0": Criterion(r, 3)["weight"] = 0; break;
            case "weight 4": Criterion(r, 3)["weight"] = 4; break;
            case "negative weight": Criterion(r, 3)["weight"] = -2; break;
            case "category without MUST":
                Criterion(r, 0)["level"] = "Should";
                Criterion(r, 1)["level"] = "May";
                break;
            case "threshold above 100": r["scoring"]!["exemplary"]!["minimumScore"] = 100.5m; break;
            case "negative threshold": r["scoring"]!["confirmed"]!["minimumCategoryScore"] = -1; break;
            case "threshold with two decimals": r["scoring"]!["confirmed"]!["minimumScore"] = 74.95m; break;
            case "thresholds not rising": r["scoring"]!["exemplary"]!["minimumScore"] = 75.0m; break;
            case "unknown assessment kind": r["scoring"]!["exemplary"]!["assessmentKinds"]![0] = "Audit"; break;
            case "period not ISO": r["lifecycle"]!["validity"] = "3 years"; break;
            case "zero period": r["lifecycle"]!["reviewWindowBefore"] = "P0D"; break;
            case "negative period": r["lifecycle"]!["reviewWindowAfter"] = "P-1M"; break;
            case "time period": r["lifecycle"]!["renewalWindow"] = "PT6H"; break;
            case "empty categories": r["charter"]!["categories"] = new JsonArray(); break;
            default: throw new ArgumentException(edit);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SemanticRule_IsReportedWithCodeAndPath(string edit, string code, string path)
    {
        string json = RuleSetText.Edit(r => Apply(edit, r));
        RuleSetValidationException ex = FluentActions.Invoking(() => RuleSet.Parse(json)).Should().Throw<RuleSetValidationException>().Which;
        ex.Problems.Should().Contain(p => p.Code == code && p.Path == path, string.Join(Environment.NewLine, ex.Problems));
        ex.Problems.Where(p => p.Path == path).Should().OnlyContain(p => p.Line != null, "loaded from text, every problem has a line");
    }

    [Fact]
    public void SemanticProblems_AreAllReportedTogetherWithLines()
    {
        string json = RuleSetText.Edit(r =>
        {
            r["id"] = "";
            Criterion(r, 3)["weight"] = 9;
            r["scoring"]!["exemplary"]!["minimumScore"] = 101;
            r["lifecycle"]!["validity"] = "P0Y";
        });
        IReadOnlyList<DocumentProblem> problems = FluentActions.Invoking(() => RuleSet.Parse(json)).Should().Throw<RuleSetValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().Contain(new[] { "$.id", "$.charter.criteria[3].weight", "$.scoring.exemplary.minimumScore", "$.lifecycle.validity" });
        problems.Should().OnlyContain(p => p.Line > 0);
    }

    [Fact]
    public void ProblemLine_PointsAtTheValueInTheIndentedFile()
    {
        string json = RuleSetText.V1Text.Replace("\"weight\": 3,", "\"weight\": 7,", StringComparison.Ordinal); // first criterion only? Replace all: every 3 becomes 7.
        IReadOnlyList<DocumentProblem> problems = FluentActions.Invoking(() => RuleSet.Parse(json)).Should().Throw<RuleSetValidationException>().Which.Problems;
        string[] lines = json.Split('\n');
        foreach (DocumentProblem p in problems)
        {
            lines[p.Line!.Value - 1].Should().Contain("\"weight\": 7", p.ToString());
        }
    }

    [Fact]
    public void DefaultValueIsNeverSilentlyTaken_MissingNumberIsAProblemNotZero()
    {
        string json = RuleSetText.Edit(r => r["clusterAdmission"]!.AsObject().Remove("minimumProviderShare"));
        FluentActions.Invoking(() => RuleSet.Parse(json)).Should().Throw<RuleSetValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Path == "$.clusterAdmission.minimumProviderShare" && p.Code == "json.missing-member");
    }
}

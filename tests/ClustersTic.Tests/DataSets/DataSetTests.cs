using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustersTic.DataSets;
using ClustersTic.Samples;
using ClustersTic.Documents;
using ClustersTic.Reports;
using Json.Schema;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.DataSets;

public sealed class DataSetTests
{
    private static readonly string SampleText = new StreamReader(SampleData.OpenJson()).ReadToEnd();

    private static string Edit(Action<JsonNode> edit)
    {
        JsonNode root = JsonNode.Parse(SampleText)!;
        edit(root);
        return root.ToJsonString();
    }

    private static IReadOnlyList<DocumentProblem> ProblemsOf(string json) =>
        FluentActions.Invoking(() => DataSet.Parse(json)).Should().Throw<DataSetValidationException>().Which.Problems;

    [Fact]
    public void SampleData_Loads()
    {
        DataSet data = SampleData.Load();
        data.Clusters.Should().HaveCount(13);
        data.Companies.Should().HaveCount(17);
        data.Assessments.Should().HaveCount(4);
        data.Signatures.Should().HaveCount(7);
        data.Clusters.Single(c => c.Id == "grappe-mixte").Members.Should().HaveCount(4);
    }

    [Fact]
    public void SampleData_ValidatesAgainstTheShippedSchema_AndAnUnknownMemberDoesNot()
    {
        JsonSchema schema = Support.ShippedSchemas.DataSet;
        using JsonDocument sample = JsonDocument.Parse(SampleText);
        schema.Evaluate(sample.RootElement).IsValid.Should().BeTrue();
        using JsonDocument bad = JsonDocument.Parse(Edit(r => r["companies"]![0]!["nafCode"] = "62.01Z"));
        schema.Evaluate(bad.RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void EmptyDocument_IsRejected_ButAnEmptyListIsAnEmptyDataSet()
    {
        FluentActions.Invoking(() => DataSet.Parse("{}")).Should().Throw<DataSetValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Code == "dataset.empty" && p.Path == "$");
        DataSet data = DataSet.Parse("{\"companies\": []}");
        data.Clusters.Should().BeEmpty();
        data.Companies.Should().BeEmpty();
    }

    [Fact]
    public void InvalidIdentifiers_AreNotLoadErrors_ButFindings()
    {
        DataSet data = DataSet.Parse(Edit(r => r["companies"]![7]!["siren"] = "not a siren"));
        Rules.EvaluateCompany(data.Companies[7], data.Clusters, AsOf).Findings.Select(f => f.Code).Should().Contain(ClustersTic.Decisions.FindingCodes.CompanySirenInvalid);
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { "unknown member", "json.unknown-member", "$.companies[0].nafCode" },
        { "missing name", "dataset.missing-name", "$.clusters[5]" },
        { "founder not a founder", "dataset.founder-flag", "$.clusters[0].isFounder" },
        { "bad date", "dataset.date-format", "$.clusters[0].conventionSignedOn" },
        { "bad kind", "dataset.unknown-value", "$.clusters[6].kind" },
        { "bad state", "dataset.unknown-value", "$.companies[1].state" },
        { "period order", "dataset.period-order", "$.companies[0].memberships[0].to" },
        { "unknown cluster", "dataset.unknown-cluster", "$.companies[0].memberships[0].clusterId" },
        { "duplicate cluster", "dataset.duplicate-id", "$.clusters[1].id" },
        { "duplicate siren", "dataset.duplicate-siren", "$.companies[1].siren" },
        { "negative turnover", "dataset.negative", "$.companies[0].closedYears[0].turnover" },
        { "duplicate year", "dataset.duplicate-year", "$.companies[0].closedYears[1].year" },
        { "year 0", "dataset.year-range", "$.companies[0].closedYears[0].year" },
        { "unknown member siren", "dataset.unknown-company", "$.clusters[10].memberSirens[0]" },
        { "signature of unknown company", "dataset.unknown-company", "$.signatures[0].companySiren" },
        { "bad answer status", "dataset.unknown-value", "$.assessments[0].answers[0].status" },
        { "bad level", "dataset.unknown-value", "$.signatures[5].renewals[0].level" },
        { "lifted before raised", "dataset.period-order", "$.signatures[5].nonConformities[0].liftedOn" },
        { "huge number", "json.number-range", "$.companies[0].closedYears[0].headcount" },
        { "year 9999-12-32", "dataset.date-format", "$.signatures[0].grantedOn" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_IsReportedWithCodeAndPath(string edit, string code, string path)
    {
        string json = edit == "huge number"
            ? SampleText.Replace("\"headcount\": 6,", "\"headcount\": 1e400,", StringComparison.Ordinal)
            : Edit(r =>
            {
                JsonNode c0 = r["companies"]![0]!;
                switch (edit)
                {
                    case "unknown member": c0["nafCode"] = "62.01Z"; break;
                    case "missing name": r["clusters"]![5]!.AsObject().Remove("name"); break; // not a founder: its name is needed
                    case "founder not a founder": r["clusters"]![0]!["isFounder"] = false; break;
                    case "bad date": r["clusters"]![0]!["conventionSignedOn"] = "07/12/2009"; break;
                    case "bad kind": r["clusters"]![6]!["kind"] = "club"; break;
                    case "bad state": r["companies"]![1]!["state"] = "active"; break;
                    case "period order": c0["memberships"]![0]!["to"] = "2000-01-01"; break;
                    case "unknown cluster": c0["memberships"]![0]!["clusterId"] = "nowhere"; break;
                    case "duplicate cluster": r["clusters"]![1]!["id"] = "loire-numerique"; break;
                    case "duplicate siren": r["companies"]![1]!["siren"] = "732 829 320"; break;
                    case "negative turnover": c0["closedYears"]![0]!["turnover"] = -1; break;
                    case "duplicate year": c0["closedYears"]![1]!["year"] = 2024; break;
                    case "year 0": c0["closedYears"]![0]!["year"] = 0; break;
                    case "unknown member siren": r["clusters"]![10]!["memberSirens"]![0] = "999999999"; break;
                    case "signature of unknown company": r["signatures"]![0]!["companySiren"] = "999999999"; break;
                    case "bad answer status": r["assessments"]![0]!["answers"]![0]!["status"] = "Yes"; break;
                    case "bad level": r["signatures"]![5]!["renewals"]![0]!["level"] = "Gold"; break;
                    case "lifted before raised": r["signatures"]![5]!["nonConformities"]![0]!["liftedOn"] = "2026-01-01"; break;
                    case "year 9999-12-32": r["signatures"]![0]!["grantedOn"] = "9999-12-32"; break;
                }
            });
        IReadOnlyList<DocumentProblem> problems = ProblemsOf(json);
        problems.Should().Contain(p => p.Code == code && p.Path == path, string.Join(Environment.NewLine, problems));
        problems.Should().OnlyContain(p => p.Line != null);
    }

    [Fact]
    public void MalformedJson_IsTheDocumentedException()
    {
        ProblemsOf("{\"clusters\": [").Single().Code.Should().Be("json.syntax");
        ProblemsOf("[]").Single().Code.Should().Be("json.wrong-type");
        DataSet.TryParse(null, out _, out IReadOnlyList<DocumentProblem> problems).Should().BeFalse();
        problems.Should().ContainSingle();
    }

    [Fact]
    public void LastDateOfTheCalendar_IsAccepted()
    {
        DataSet data = DataSet.Parse(Edit(r => r["clusters"]![0]!["leftOn"] = "9999-12-31"));
        data.Clusters[0].LeftOn.Should().Be(new NodaTime.LocalDate(9999, 12, 31));
    }

    [Fact]
    public void Evaluate_OfTheSampleData_GivesADecisionPerRecord()
    {
        ConsortiumReport report = Rules.Evaluate(SampleData.Load(), AsOf);
        report.All.Should().HaveCount(13 + 17 + 4 + 7);
    }
}

/// <summary>The data-set format's one-column fields: <c>sirenOrSiret</c> and an unlabelled <c>naf</c> (issue 15, point 4).</summary>
public sealed class DataSetOneColumnTests
{
    private const string Company = "{\"companies\": [{\"name\": \"Atelier Web Forez\", {0}}]}";

    private static ClustersTic.Companies.Company Read(string fields) => DataSet.Parse(Company.Replace("{0}", fields, StringComparison.Ordinal)).Companies.Single();

    private static IReadOnlyList<DocumentProblem> Problems(string fields) =>
        FluentActions.Invoking(() => DataSet.Parse(Company.Replace("{0}", fields, StringComparison.Ordinal))).Should().Throw<DataSetValidationException>().Which.Problems;

    [Fact]
    public void SirenOrSiret_IsRoutedLikeWithSirenOrSiret()
    {
        Read("\"sirenOrSiret\": \"732 829 320 00074\"").Should().Match<ClustersTic.Companies.Company>(c => c.Siren == "732829320" && c.Siret == "732 829 320 00074");
        Read("\"sirenOrSiret\": \"732\u00A0829\u00A0320\"").Should().Match<ClustersTic.Companies.Company>(c => c.Siren == "732\u00A0829\u00A0320" && c.Siret == null);
        Read("\"sirenOrSiret\": \"732.829.320\"").Siren.Should().Be("732.829.320", "kept as given, so that CO-1 says why it is invalid");
    }

    [Fact]
    public void Naf_IsRoutedByReading5_AndConflictsAreReported()
    {
        Read("\"naf\": \"62.10y\"").Should().Match<ClustersTic.Companies.Company>(c => c.Naf2025 == "62.10y" && c.NafRev2 == null);
        Read("\"naf\": \"6201Z\"").Should().Match<ClustersTic.Companies.Company>(c => c.NafRev2 == "6201Z" && c.Naf2025 == null);
        Read("\"naf\": \"62.01Z\", \"naf2025\": \"62.10Y\"").Should().Match<ClustersTic.Companies.Company>(c => c.NafRev2 == "62.01Z" && c.Naf2025 == "62.10Y");
        Problems("\"naf\": \"62.01Z\", \"nafRev2\": \"62.02A\"").Should().ContainSingle(p => p.Code == "dataset.conflicting-fields" && p.Path == "$.companies[0].naf");
        Problems("\"sirenOrSiret\": \"732829320\", \"siren\": \"732829320\"").Should().ContainSingle(p => p.Code == "dataset.conflicting-fields" && p.Path == "$.companies[0].sirenOrSiret");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClustersTic.DataSets;
using ClustersTic.Fuzz;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Documents;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.Documents;

/// <summary>Load errors read well (issue 12): a 1-based line and column for syntax errors, in the library's own
/// words; an empty file says so; invalid UTF-8 gives its byte offset; a record rejected for its own field is
/// reported once.</summary>
public sealed class LoadErrorMessageTests
{
    /// <summary>Text of System.Text.Json's exceptions that must never reach a user.</summary>
    private static readonly string[] ForeignWords = { "LineNumber", "BytePositionInLine", "isFinalBlock", "JsonTokenType", "System.", "Path: $" };

    private static DocumentProblem Single(string json)
    {
        DataSet.TryParse(json, out _, out IReadOnlyList<DocumentProblem> problems).Should().BeFalse();
        return problems.Should().ContainSingle().Subject;
    }

    public static TheoryData<string, string, int, int, string> SyntaxErrors => new()
    {
        // name, text, line, column, words the message must hold
        { "trailing comma", "{\n  \"companies\": [],\n}", 3, 1, "trailing comma" },
        { "comment", "{\n  // export\n  \"companies\": []\n}", 2, 3, "Comments" },
        { "single quotes", "{ 'companies': [] }", 1, 3, "double quotes" },
        { "NaN", "{\"companies\": [{\"siren\": \"1\", \"name\": \"é\", \"closedYears\": [{\"year\": 2024, \"turnover\": NaN}]}]}", 1, 87, "NaN" },
        { "truncated", "{\n  \"companies\": [\n", 3, 1, "not closed" },
        { "unexpected character", "{\"companies\": [] x}", 1, 18, "'x'" },
        { "two values", "{\"companies\": []} {}", 1, 19, "one JSON value" },
        { "tab in a string", "{\"companies\": [{\"siren\": \"1\t2\", \"name\": \"n\"}]}", 1, 28, "U+0009" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void SyntaxErrors_GiveALineAndAColumn_InTheLibrarysWords(string name, string json, int line, int column, string words)
    {
        DocumentProblem problem = Single(json);
        problem.Code.Should().Be("json.syntax", name);
        problem.Line.Should().Be(line, name);
        problem.Column.Should().Be(column, name);
        problem.Message.Should().Contain(words, name);
        problem.ToString().Should().Contain($"(line {line}, column {column})");
        foreach (string foreign in ForeignWords)
        {
            problem.Message.Should().NotContain(foreign, name);
        }
    }

    [Fact]
    public void ColumnsCountCharacters_NotBytes()
    {
        // "é" is two bytes in UTF-8 but one character: 'x' is the 30th character, the 31st byte.
        Single("{\"companies\": [{\"siren\": \"é\" x}]}").Column.Should().Be(30);
    }

    [Fact]
    public void TooDeep_SaysHowDeep()
    {
        string json = "{\"companies\": " + new string('[', 40) + new string(']', 40) + "}";
        DataSet.TryParse(json, out _, out IReadOnlyList<DocumentProblem> problems).Should().BeFalse();
        problems.Should().Contain(p => p.Code == "json.syntax" && p.Message.Contains("deeper than 32 levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\uFEFF")]
    public void EmptyDocument_SaysSo(string json)
    {
        DocumentProblem problem = Single(json);
        problem.Code.Should().Be("json.empty");
        problem.Message.Should().Be("The document is empty: it holds no JSON value.");
        RuleSet.TryParse(json, out _, out IReadOnlyList<DocumentProblem> ruleSetProblems).Should().BeFalse();
        ruleSetProblems.Single().Code.Should().Be("json.empty");
    }

    [Fact]
    public void InvalidUtf8_GivesItsByteOffset()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\n  \"companies\": [{\"siren\": \"732829320\", \"name\": \"Caf\u00E9\"}]\n}");
        int e = Array.IndexOf(bytes, (byte)0xC3);
        bytes[e] = 0xE9; // "Café" written in Windows-1252, as some exports are
        var ex = FluentActions.Invoking(() => DataSet.Load(new MemoryStream(bytes))).Should().Throw<DataSetValidationException>().Which;
        DocumentProblem problem = ex.Problems.Single();
        problem.Code.Should().Be("json.encoding");
        problem.Message.Should().Contain($"offset {e}").And.Contain("0xE9");
        problem.Line.Should().Be(2);
    }

    [Fact]
    public void InvalidUtf8_AfterAByteOrderMark_CountsTheMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'{', 0xFF, (byte)'}'];
        DataSet.TryParse(Encoding.Latin1.GetString(bytes), out _, out _).Should().BeFalse();
        var ex = FluentActions.Invoking(() => DataSet.Load(new MemoryStream(bytes))).Should().Throw<DataSetValidationException>().Which;
        ex.Problems.Single().Message.Should().Contain("offset 4").And.Contain("byte order mark included");
    }

    [Fact]
    public void ARecordRejectedForItsOwnField_IsReportedOnce_NotThroughTheRecordsThatPointToIt()
    {
        const string json = """
            {
              "clusters": [{ "id": "c", "name": "C", "memberSirens": ["732829320"] }],
              "companies": [{ "siren": "732829320", "name": "A", "createdOn": "2020-13-01", "memberships": [{ "clusterId": "c", "from": "2020-01-01" }] }],
              "assessments": [{ "companySiren": "732829320", "date": "2026-01-01", "kind": "SelfAssessment", "answers": [] }],
              "signatures": [{ "companySiren": "732 829 320", "grantedOn": "2026-01-01" }]
            }
            """;
        DocumentProblem problem = Single(json);
        problem.Path.Should().Be("$.companies[0].createdOn");
        problem.Line.Should().Be(3);
    }

    [Fact]
    public void NoLoadProblem_OverTheFuzzCorpus_CarriesSystemTextJsonWording()
    {
        string sample = new StreamReader(SampleData.OpenJson()).ReadToEnd();
        var mutator = new JsonMutator(seed: 7);
        for (int i = 0; i < 1_000; i++)
        {
            string json = mutator.Mutate(i % 2 == 0 ? sample : RuleSetText.V1Text);
            IReadOnlyList<DocumentProblem> problems = i % 2 == 0
                ? (DataSet.TryParse(json, out _, out var p1) ? [] : p1)
                : (RuleSet.TryParse(json, out _, out var p2) ? [] : p2);
            foreach (DocumentProblem problem in problems)
            {
                foreach (string foreign in ForeignWords)
                {
                    problem.Message.Should().NotContain(foreign, problem.ToString());
                }

                if (problem.Code == "json.syntax")
                {
                    problem.Line.Should().BeGreaterThan(0);
                    problem.Column.Should().BeGreaterThan(0);
                }
            }
        }
    }
}

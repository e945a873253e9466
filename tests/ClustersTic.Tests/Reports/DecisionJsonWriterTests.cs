using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ClustersTic.Decisions;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Text;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Reports;

/// <summary><see cref="DecisionJsonExtensions.WriteJson"/>: a decision's document to a caller's writer (one line
/// per decision for newline-delimited JSON), the same document as <see cref="DecisionJsonExtensions.ToJson"/>.</summary>
public sealed class DecisionJsonWriterTests
{
    [Fact]
    public void EveryDecisionOfTheSampleData_IsTheSameDocumentAsToJson_OnOneLine()
    {
        Decision[] decisions = Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate).All.ToArray();
        decisions.Should().NotBeEmpty();
        foreach (Decision decision in decisions)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
            {
                decision.WriteJson(writer, Language.English);
            }

            string line = Encoding.UTF8.GetString(stream.ToArray());
            line.Should().NotContain("\n", "an unindented writer gives one line");
            using JsonDocument written = JsonDocument.Parse(line);
            using JsonDocument expected = JsonDocument.Parse(decision.ToJson(Language.English));
            JsonSerializer.Serialize(written.RootElement).Should().Be(JsonSerializer.Serialize(expected.RootElement));
        }
    }

    [Fact]
    public void WriteJson_ChecksItsArguments()
    {
        Decision decision = Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate).All.First();
        using var writer = new Utf8JsonWriter(Stream.Null);
        FluentActions.Invoking(() => decision.WriteJson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => ((Decision)null!).WriteJson(writer)).Should().Throw<ArgumentNullException>().WithParameterName("decision");
    }
}

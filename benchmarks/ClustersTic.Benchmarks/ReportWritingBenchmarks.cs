using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ClustersTic.DataSets;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Text;

namespace ClustersTic.Benchmarks;

/// <summary>
/// Writing a report of 10,000 company decisions (and the sample's clusters) as JSON with French messages:
/// the library's streaming writer against a hand-written <see cref="Utf8JsonWriter"/> writing the same documents
/// from plain DTOs made beforehand (the baseline: no decision to read, no text to render). <see cref="Setup"/>
/// checks that both write the same bytes. Target (issue 14): the library ≥ 0.5× the baseline's throughput,
/// that is a ratio ≤ 2.
/// </summary>
[MemoryDiagnoser]
public class ReportWritingBenchmarks
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    private ConsortiumReport _report = null!;
    private List<Doc> _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = new BenchmarkData(batchSize: 10_000);
        _report = data.Rules.Evaluate(new DataSet(SampleData.Load().Clusters, data.Batch, [], []), BenchmarkData.AsOf);
        _documents = JsonSerializer.Deserialize<List<Doc>>(_report.ToJson(Language.French), WebOptions)!;
        var library = new MemoryStream();
        _report.WriteTo(library, Language.French);
        var baseline = new MemoryStream();
        WriteDtos(baseline, _documents);
        if (!library.ToArray().AsSpan().SequenceEqual(baseline.ToArray()))
        {
            throw new InvalidOperationException("The baseline does not write the library's bytes: the comparison would not be fair.");
        }

        Console.WriteLine($"// Verified: both write the same {library.Length:N0} bytes for {_documents.Count:N0} decisions.");
    }

    [Benchmark(Baseline = true)]
    public void Utf8JsonWriter_PlainDtos() => WriteDtos(Stream.Null, _documents);

    [Benchmark]
    public Task ClustersTic_WriteToAsync() => _report.WriteToAsync(Stream.Null, Language.French);

    private static void WriteDtos(Stream stream, List<Doc> documents)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        foreach (Doc d in documents)
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", d.Schema);
            writer.WriteString("kind", d.Kind);
            writer.WriteString("subject", d.Subject);
            Optional(writer, "name", d.Name);
            writer.WriteString("asOf", d.AsOf);
            writer.WriteStartObject("ruleSet");
            writer.WriteString("id", d.RuleSet.Id);
            writer.WriteString("version", d.RuleSet.Version);
            writer.WriteString("fingerprint", d.RuleSet.Fingerprint);
            writer.WriteEndObject();
            Optional(writer, "outcome", d.Outcome);
            if (d.IsMember is bool member)
            {
                writer.WriteBoolean("isMember", member);
            }

            if (d.PendingSignature is bool pending)
            {
                writer.WriteBoolean("pendingSignature", pending);
            }

            Optional(writer, "sizeCategory", d.SizeCategory);
            Optional(writer, "decidingNafCode", d.DecidingNafCode);
            writer.WriteStartArray("findings");
            foreach (FindingDto f in d.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", f.Code);
                writer.WriteString("ruleId", f.RuleId);
                writer.WriteString("severity", f.Severity);
                writer.WriteString("status", f.Status);
                writer.WriteStartObject("arguments");
                foreach (KeyValuePair<string, string> a in f.Arguments)
                {
                    writer.WriteString(a.Key, a.Value);
                }

                writer.WriteEndObject();
                Optional(writer, "message", f.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (writer.BytesPending > 32 * 1024)
            {
                writer.Flush(); // as the library does: memory stays flat
            }
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A decision document as plain data (clusters and companies).</summary>
    public sealed class Doc
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string Schema { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Subject { get; set; } = "";

        public string? Name { get; set; }

        public string AsOf { get; set; } = "";

        public RuleSetDto RuleSet { get; set; } = new();

        public string? Outcome { get; set; }

        public bool? IsMember { get; set; }

        public bool? PendingSignature { get; set; }

        public string? SizeCategory { get; set; }

        public string? DecidingNafCode { get; set; }

        public List<FindingDto> Findings { get; set; } = [];
    }

    public sealed class RuleSetDto
    {
        public string Id { get; set; } = "";

        public string Version { get; set; } = "";

        public string Fingerprint { get; set; } = "";
    }

    public sealed class FindingDto
    {
        public string Code { get; set; } = "";

        public string RuleId { get; set; } = "";

        public string Severity { get; set; } = "";

        public string Status { get; set; } = "";

        public Dictionary<string, string> Arguments { get; set; } = [];

        public string? Message { get; set; }
    }
}

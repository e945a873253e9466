using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.DataSets;
using ClustersTic.Documents;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Tests.Support;
using ClustersTic.Text;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Reports;

/// <summary>Asynchronous loading and streaming writing (issue 14, point 2).</summary>
public sealed class AsyncIoTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_NeverReadsSynchronously_AndGivesWhatLoadGives()
    {
        byte[] dataSet = ReadAll(SampleData.OpenJson());
        DataSet loaded = await DataSet.LoadAsync(new AsyncOnlyStream(new MemoryStream(dataSet)), Token);
        loaded.Should().BeEquivalentTo(DataSet.Load(new MemoryStream(dataSet)));
        loaded.Companies.Should().NotBeEmpty();

        byte[] ruleSet = ReadAll(RuleSetCatalog.OpenEmbeddedJson("v2"));
        RuleSet rules = await RuleSet.LoadAsync(new AsyncOnlyStream(new MemoryStream(ruleSet), seekable: true), Token);
        rules.Should().Be(RuleSetCatalog.Embedded.Get("v2"));
    }

    [Fact]
    public async Task LoadAsync_RejectsWithTheSameProblemsAsLoad()
    {
        byte[] bad = Encoding.UTF8.GetBytes("{ \"companies\": [ { \"siren\": 12 } ], }");
        DataSetValidationException sync = FluentActions.Invoking(() => DataSet.Load(new MemoryStream(bad))).Should().Throw<DataSetValidationException>().Which;
        DataSetValidationException async = (await FluentActions.Awaiting(() => DataSet.LoadAsync(new AsyncOnlyStream(new MemoryStream(bad)), Token))
            .Should().ThrowAsync<DataSetValidationException>()).Which;
        async.Problems.Select(p => p.ToString()).Should().Equal(sync.Problems.Select(p => p.ToString())).And.NotBeEmpty();
    }

    [Fact]
    public async Task LoadAsync_StopsReadingPastTheSizeLimit()
    {
        var huge = new AsyncOnlyStream(new EndlessSpaces());
        RuleSetValidationException e = (await FluentActions.Awaiting(() => RuleSet.LoadAsync(huge, Token)).Should().ThrowAsync<RuleSetValidationException>()).Which;
        e.Problems.Should().ContainSingle().Which.Code.Should().Be("json.too-large");
        huge.BytesRead.Should().Be(DocumentLimits.MaxBytes + 1);
    }

    [Fact]
    public async Task LoadAsync_IsCancellable()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await FluentActions.Awaiting(() => DataSet.LoadAsync(new AsyncOnlyStream(SampleData.OpenJson()), cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task LoadFileAsync_ReadsAFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "clusterstic-async-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllBytesAsync(path, ReadAll(SampleData.OpenJson()), Token);
        try
        {
            (await DataSet.LoadFileAsync(path, Token)).Should().BeEquivalentTo(SampleData.Load());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Language.French)]
    [InlineData(Language.English)]
    public async Task TheStreamingWriters_GiveTheBytesOfToJson(Language? language)
    {
        ConsortiumReport report = Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate);
        byte[] expected = Encoding.UTF8.GetBytes(report.ToJson(language));

        var asyncTarget = new MemoryStream();
        await report.WriteToAsync(new AsyncOnlyStream(asyncTarget), language, Token);
        asyncTarget.ToArray().Should().Equal(expected);

        var syncTarget = new MemoryStream();
        report.WriteTo(syncTarget, language);
        syncTarget.ToArray().Should().Equal(expected);

        var writerTarget = new MemoryStream();
        using (var writer = new Utf8JsonWriter(writerTarget, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            report.WriteJson(writer, language);
        }

        writerTarget.ToArray().Should().Equal(expected);
    }

    [Fact]
    public async Task TheStreamingWriter_FlushesAsItGoes()
    {
        DataSet sample = SampleData.Load();
        DataSet many = new(sample.Clusters, Enumerable.Range(0, 400).SelectMany(_ => sample.Companies).Select((c, i) => c with { Siren = Siren9(i) }).ToList(), [], []);
        ConsortiumReport report = Rules.Evaluate(many, SampleData.ReferenceDate);
        var target = new AsyncOnlyStream(new MemoryStream());
        await report.WriteToAsync(target, Language.French, Token);
        target.Writes.Should().BeGreaterThan(10, "the report is written in chunks, not built whole first");

        var empty = new MemoryStream();
        await Rules.Evaluate(new DataSet([], [], [], []), SampleData.ReferenceDate).WriteToAsync(empty, cancellationToken: Token);
        Encoding.UTF8.GetString(empty.ToArray()).Should().Be("[]");
    }

    private static string Siren9(int i)
    {
        // Valid SIRENs from 100000000 up: the first eight digits, then the Luhn check digit.
        string body = (10000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int check = 0; check < 10; check++)
        {
            string candidate = body + check;
            if (ClustersTic.Identifiers.Siren.TryParse(candidate, out _))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    /// <summary>An endless stream of spaces (a client that never stops sending).</summary>
    private sealed class EndlessSpaces : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

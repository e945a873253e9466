using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using ClustersTic.RuleSets;
using ClustersTic.Documents;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.RuleSets;

public sealed class RuleSetLoadingTests
{
    private static IReadOnlyList<DocumentProblem> ProblemsOf(string json)
    {
        RuleSetValidationException ex = FluentActions.Invoking(() => RuleSet.Parse(json))
            .Should().Throw<RuleSetValidationException>().Which;
        ex.Problems.Should().NotBeEmpty();
        ex.Message.Should().Contain(ex.Problems[0].Path);
        return ex.Problems;
    }

    private static DocumentProblem SingleProblem(Action<JsonNode> edit)
    {
        IReadOnlyList<DocumentProblem> problems = ProblemsOf(RuleSetText.Edit(edit));
        problems.Should().HaveCount(1, string.Join(Environment.NewLine, problems));
        return problems[0];
    }

    // Shape problems (reported by the strict scanner).

    [Fact]
    public void UnknownMember_IsReportedWithItsPath()
    {
        DocumentProblem p = SingleProblem(r => r["charter"]!["criteria"]![2]!["weigth"] = 1);
        p.Code.Should().Be("json.unknown-member");
        p.Path.Should().Be("$.charter.criteria[2].weigth");
    }

    [Fact]
    public void MissingRequiredMember_IsReportedWithItsPath()
    {
        DocumentProblem p = SingleProblem(r => r["scoring"]!["exemplary"]!.AsObject().Remove("assessmentKinds"));
        p.Code.Should().Be("json.missing-member");
        p.Path.Should().Be("$.scoring.exemplary.assessmentKinds");
    }

    [Fact]
    public void NullWhereNotAllowed_IsReported()
    {
        DocumentProblem p = SingleProblem(r => r["charter"]!["criteria"]![0]!["title"]!["fr"] = null);
        p.Code.Should().Be("json.null");
        p.Path.Should().Be("$.charter.criteria[0].title.fr");
    }

    [Fact]
    public void WrongType_IsReported()
    {
        DocumentProblem p = SingleProblem(r => r["charter"]!["criteria"]![1]!["weight"] = "2");
        p.Code.Should().Be("json.wrong-type");
        p.Path.Should().Be("$.charter.criteria[1].weight");
        p.Message.Should().Contain("integer").And.Contain("string");
    }

    [Fact]
    public void DuplicateKey_IsReported()
    {
        string json = RuleSetText.V1Text.Replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"version\": \"1.1\",", StringComparison.Ordinal);
        DocumentProblem p = ProblemsOf(json).Single();
        p.Code.Should().Be("json.duplicate-member");
        p.Path.Should().Be("$.version");
        p.Line.Should().Be(4);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("79228162514264337593543950336")]
    public void NumberOutOfRange_IsReported(string number)
    {
        string json = RuleSetText.V1Text.Replace("\"minimumProviderShare\": 0.5", "\"minimumProviderShare\": " + number, StringComparison.Ordinal);
        DocumentProblem p = ProblemsOf(json).Single();
        p.Code.Should().Be("json.number-range");
        p.Path.Should().Be("$.clusterAdmission.minimumProviderShare");
    }

    [Fact]
    public void IntegerOutOfRange_IsReported()
    {
        DocumentProblem p = SingleProblem(r => r["charter"]!["criteria"]![0]!["weight"] = 1e12);
        p.Code.Should().Be("json.number-range");
        p.Path.Should().Be("$.charter.criteria[0].weight");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    public void NonJsonNumbers_AreSyntaxErrors(string number)
    {
        string json = RuleSetText.V1Text.Replace("\"minimumProviderShare\": 0.5", "\"minimumProviderShare\": " + number, StringComparison.Ordinal);
        DocumentProblem p = ProblemsOf(json).Single();
        p.Code.Should().Be("json.syntax");
        p.Line.Should().Be(15);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"id\": }")]
    [InlineData("[1, 2,]")]
    [InlineData("{} {}")]
    [InlineData("// comment\n{}")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("[]")]
    public void MalformedOrWrongRoot_ThrowsTheDocumentedException(string json)
    {
        IReadOnlyList<DocumentProblem> problems = ProblemsOf(json);
        problems.Should().OnlyContain(p => p.Code.StartsWith("json.", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyObject_ListsEveryMissingMember()
    {
        IReadOnlyList<DocumentProblem> problems = ProblemsOf("{}");
        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.id", "$.version", "$.title", "$.effectiveFrom", "$.clusterAdmission", "$.companyEligibility", "$.charter", "$.scoring", "$.lifecycle");
        problems.Should().OnlyContain(p => p.Code == "json.missing-member" && p.Line == 1);
    }

    [Fact]
    public void DeepNesting_IsASyntaxErrorNotACrash()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);
        string json = RuleSetText.V1Text.Replace("\"minimumProviderShare\": 0.5", "\"extra\": " + deep + ", \"minimumProviderShare\": 0.5", StringComparison.Ordinal);
        DocumentProblem p = ProblemsOf(json).Last();
        p.Code.Should().Be("json.syntax");
        p.Message.Should().Contain("32");
    }

    [Fact]
    public void InvalidUtf8_IsAnEncodingError()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(RuleSetText.V1Text);
        int at = Array.IndexOf(bytes, (byte)'C'); // inside "Cluster"
        bytes[at] = 0xFF;
        using var stream = new MemoryStream(bytes);
        RuleSetValidationException ex = FluentActions.Invoking(() => RuleSet.Load(stream)).Should().Throw<RuleSetValidationException>().Which;
        ex.Problems.Single().Code.Should().Be("json.encoding");
    }

    [Fact]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RuleSetText.V1Text)).ToArray();
        using var stream = new MemoryStream(bytes);
        RuleSet.Load(stream).Should().Be(RuleSetCatalog.Embedded.Get("v1"));
    }

    [Fact]
    public void FiftyMegabyteInput_IsRejectedBySizeWithoutReadingItAll()
    {
        var stream = new CountingStream(50L * 1024 * 1024);
        DocumentProblem p = FluentActions.Invoking(() => RuleSet.Load(stream)).Should().Throw<RuleSetValidationException>().Which.Problems.Single();
        p.Code.Should().Be("json.too-large");
        stream.BytesRead.Should().BeLessThanOrEqualTo(DocumentLimits.MaxBytes + 1);
    }

    [Fact]
    public void FiftyMegabyteString_IsRejectedBySize()
    {
        string json = "{\"id\": \"" + new string('a', 50 * 1024 * 1024) + "\"}";
        ProblemsOf(json).Single().Code.Should().Be("json.too-large");
    }

    [Fact]
    public void LongString_IsRejected()
    {
        DocumentProblem p = SingleProblem(r => r["title"]!["fr"] = new string('x', DocumentLimits.MaxStringLength + 1));
        p.Code.Should().Be("json.string-too-long");
        p.Path.Should().Be("$.title.fr");
    }

    [Fact]
    public void ManyShapeProblems_AreAllReportedTogether()
    {
        IReadOnlyList<DocumentProblem> problems = ProblemsOf(RuleSetText.Edit(r =>
        {
            r["extra"] = true;
            r["charter"]!["criteria"]![0]!["weight"] = "3";
            r["lifecycle"]!.AsObject().Remove("validity");
            r["title"]!["en"] = null;
        }));
        problems.Select(p => p.Path).Should().BeEquivalentTo("$.extra", "$.charter.criteria[0].weight", "$.lifecycle.validity", "$.title.en");
        problems.Should().OnlyContain(p => p.Line != null);
    }

    [Fact]
    public void LoadFile_ReadsAFileAndReportsMissingFilesAsIOException()
    {
        string path = Path.Combine(Path.GetTempPath(), "clusterstic-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, RuleSetText.V1Text);
        try
        {
            RuleSet.LoadFile(path).Id.Should().Be("v1");
        }
        finally
        {
            File.Delete(path);
        }

        FluentActions.Invoking(() => RuleSet.LoadFile(path)).Should().Throw<IOException>();
        FluentActions.Invoking(() => RuleSet.LoadFile(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RuleSet.Load(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RuleSet.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TryParse_ReturnsProblemsInsteadOfThrowing()
    {
        RuleSet.TryParse(RuleSetText.V1Text, out RuleSet? ok, out IReadOnlyList<DocumentProblem> none).Should().BeTrue();
        ok!.Id.Should().Be("v1");
        none.Should().BeEmpty();
        RuleSet.TryParse("{}", out RuleSet? bad, out IReadOnlyList<DocumentProblem> problems).Should().BeFalse();
        bad.Should().BeNull();
        problems.Should().NotBeEmpty();
        RuleSet.TryParse(null, out _, out problems).Should().BeFalse();
        problems.Should().ContainSingle();
    }

    /// <summary>A stream of '{' bytes of a given length that counts what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, (byte)' ', offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

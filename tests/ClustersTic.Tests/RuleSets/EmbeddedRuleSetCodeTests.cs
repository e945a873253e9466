using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ClustersTic.Generators;
using ClustersTic.RuleSets;
using RuleSet = ClustersTic.RuleSets.RuleSet;
using ClustersTic.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ClustersTic.Tests.RuleSets;

/// <summary>
/// The embedded rule sets are compiled into the library as C# at build time (the generator reads
/// <c>RuleSets/Embedded/*.json</c>) so that a fresh process reaches its first decision without initialising the
/// JSON loader. The JSON files stay the source of truth: these tests prove the compiled rule sets equal the
/// loaded ones, that the folder is the catalog, and what the generator does with a new or a wrong file.
/// </summary>
public sealed class EmbeddedRuleSetCodeTests
{
    private static readonly string EmbeddedFolder = RepositoryFiles.Path("src", "ClustersTic", "RuleSets", "Embedded");

    public static TheoryData<string> EmbeddedIds()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(EmbeddedFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmbeddedIds))]
    public void EachCompiledRuleSet_EqualsTheRuleSetLoadedFromItsJson(string id)
    {
        RuleSet loaded = RuleSet.LoadFile(Path.Combine(EmbeddedFolder, id + ".json"));
        RuleSet compiled = RuleSetCatalog.Embedded.Get(id);

        compiled.GetCanonicalJson().Should().Equal(loaded.GetCanonicalJson());
        compiled.Fingerprint.Should().Be(loaded.Fingerprint);
        RuleSet.ComputeFingerprint(compiled.GetCanonicalJson()).Should().Be(compiled.Fingerprint, "the fingerprint is the hash of the canonical form");
        compiled.Should().Be(loaded);
    }

    [Fact]
    public void TheEmbeddedFolder_IsTheCatalog()
    {
        string[] files = Directory.GetFiles(EmbeddedFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

        files.Should().NotBeEmpty();
        EmbeddedRuleSets.Ids.Should().Equal(files, "the generator compiles every file of the folder, in file-name order");
        RuleSetCatalog.Embedded.RuleSets.Select(r => r.Id).Should().BeEquivalentTo(files);
        foreach (string id in files)
        {
            using Stream stream = RuleSetCatalog.OpenEmbeddedJson(id);
            stream.ReadByte().Should().Be('{', "the file is also embedded as a resource under its id");
        }
    }

    [Fact]
    public void Generator_AddingAFile_AddsItsRuleSetWithNoOtherEdit()
    {
        string v1 = File.ReadAllText(Path.Combine(EmbeddedFolder, "v1.json"));
        string v3 = v1.Replace("\"id\": \"v1\"", "\"id\": \"v3\"", StringComparison.Ordinal);

        (string code, ImmutableArray<Diagnostic> diagnostics) = RunGenerator(("RuleSets/Embedded/v1.json", v1), ("RuleSets/Embedded/v3.json", v3), ("Schemas/other.json", "{}"));

        diagnostics.Should().BeEmpty();
        code.Should().Contain("public static readonly string[] Ids = [\"v1\", \"v3\"];", "only the folder's files are rule sets");
        code.Should().Contain("\"v3\" => RuleSet1(),");
    }

    [Fact]
    public void Generator_KeepsTheScaleOfDecimals_AndEscapesText()
    {
        (string code, _) = RunGenerator(("RuleSets/Embedded/x.json", "{\"id\": \"x\", \"share\": 75.0, \"weight\": 3, \"title\": \"a \\\"b\\\"\\n\"}"));

        code.Should().Contain("Share = 75.0m,").And.Contain("Weight = 3,").And.Contain("Title = \"a \\\"b\\\"\\n\",");
    }

    [Theory]
    [InlineData("{ not json", "CTG001")]
    [InlineData("{\"id\": \"v9\"}", "CTG002")]
    [InlineData("[]", "CTG002")]
    public void Generator_StopsTheBuild_OnAFileItCannotCompile(string json, string diagnosticId)
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = RunGenerator(("RuleSets/Embedded/v3.json", json));

        diagnostics.Should().ContainSingle(d => d.Id == diagnosticId && d.Severity == DiagnosticSeverity.Error);
    }

    private static (string Code, ImmutableArray<Diagnostic> Diagnostics) RunGenerator(params (string Path, string Text)[] files)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("probe");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new EmbeddedRuleSetGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryText("/repo/src/ClustersTic/" + f.Path, f.Text)));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        return (result.GeneratedSources.Single().SourceText.ToString(), result.Diagnostics);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

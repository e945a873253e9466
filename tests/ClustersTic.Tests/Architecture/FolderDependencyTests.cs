using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ClustersTic.Generators;
using ClustersTic.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ClustersTic.Tests.Architecture;

/// <summary>
/// The folder dependency graph of the core library (docs/architecture.md), measured with the compiler: every
/// source file of <c>src/ClustersTic</c> (and the generated code) is compiled here, and every name in code — not in
/// XML docs — is resolved to the symbol it means; the folder of that symbol's namespace is a dependency of the
/// file's folder. The graph is written to <c>artifacts/architecture/folders.txt</c> on each run.
/// </summary>
public sealed class FolderDependencyTests
{
    private const string Root = "(root)";

    /// <summary>Which folders each folder may use (besides itself). Domain folders may use the text labels and the
    /// text labels name the domain's values: that pair is the one cycle allowed.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Internal"] = [],
        ["Documents"] = ["Internal", "Text"],
        ["Identifiers"] = ["Internal", "Text"],
        ["Text"] = ["Internal", "Identifiers", "Decisions", "Organisations", "Companies", "Charter", "Signatures"],
        ["Decisions"] = ["Internal", "Identifiers", "Text"],
        ["Companies"] = ["Internal", "Identifiers", "Decisions", "Text"],
        ["Organisations"] = ["Internal", "Identifiers", "Decisions", "Text", "Companies"],
        ["Charter"] = ["Internal", "Identifiers", "Decisions", "Text"],
        ["Signatures"] = ["Internal", "Identifiers", "Decisions", "Text", "Companies", "Charter"],
        ["RuleSets"] = ["Internal", "Identifiers", "Decisions", "Text", "Companies", "Organisations", "Charter", "Signatures", "Documents"],
        ["DataSets"] = ["Internal", "Identifiers", "Decisions", "Text", "Companies", "Organisations", "Charter", "Signatures", "Documents"],
        ["Reports"] = ["Internal", "Identifiers", "Decisions", "Text", "Companies", "Organisations", "Charter", "Signatures", "Documents"],
        [Root] = ["Internal", "Identifiers", "Decisions", "Text", "Companies", "Organisations", "Charter", "Signatures", "Documents", "RuleSets", "DataSets", "Reports"],
    };

    private static readonly string[] DomainFolders = ["Decisions", "Organisations", "Companies", "Charter", "Signatures", "Identifiers"];

    private static readonly Lazy<Dictionary<string, Dictionary<string, int>>> Graph = new(Measure, LazyThreadSafetyMode.ExecutionAndPublication);

    [Fact]
    public void EveryFolder_UsesOnlyWhatItMay()
    {
        var violations = new List<string>();
        foreach ((string from, Dictionary<string, int> uses) in Graph.Value)
        {
            Allowed.Should().ContainKey(from, "every folder of src/ClustersTic has its line in docs/architecture.md");
            violations.AddRange(uses.Keys.Where(to => !Allowed[from].Contains(to)).Select(to => $"{from} -> {to} ({uses[to]} uses)"));
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public void TheOnlyCycles_GoThroughTheTextLabels()
    {
        // Without the label table's edges into the domain, the graph has no cycle at all.
        var graph = Graph.Value.ToDictionary(
            e => e.Key,
            e => e.Key == "Text" ? e.Value.Keys.Where(k => !DomainFolders.Contains(k)).ToList() : e.Value.Keys.ToList());
        FindCycle(graph).Should().BeNull();
    }

    [Fact]
    public void TheMeasure_SeesTheDependenciesItIsAbout()
    {
        // A graph measured wrong would pass the two tests above: check edges that must be there.
        Dictionary<string, Dictionary<string, int>> graph = Graph.Value;
        graph["RuleSets"].Should().ContainKeys("Documents", "Charter", "Companies", "Organisations", "Signatures");
        graph["Organisations"].Should().ContainKey("Companies", "CL-3 asks CO-4 whether a member is a digital provider");
        graph["Text"].Should().ContainKeys("Charter", "Signatures", "Companies");
        graph["Documents"].Keys.Should().BeSubsetOf(["Internal", "Text"]);
        graph.Keys.Should().Contain(["Internal", "Documents", "Identifiers", "Text", "Decisions", "Companies", "Organisations", "Charter", "Signatures", "RuleSets", "DataSets", "Reports", Root]);
    }

    private static List<string>? FindCycle(Dictionary<string, List<string>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        foreach (string start in graph.Keys)
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            state.TryGetValue(node, out int s);
            if (s == 2)
            {
                return null;
            }

            if (s == 1)
            {
                return path.SkipWhile(n => n != node).Append(node).ToList();
            }

            state[node] = 1;
            path.Add(node);
            foreach (string next in graph.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static Dictionary<string, Dictionary<string, int>> Measure()
    {
        string source = RepositoryFiles.Path("src", "ClustersTic");
        var parse = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: ["NET8_0_OR_GREATER", "NET"]);
        SyntaxTree[] trees = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f))
            .ToArray();
        MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ClustersTic", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        ImmutableArray<AdditionalText> ruleSets = Directory.GetFiles(Path.Combine(source, "RuleSets", "Embedded"), "*.json")
            .Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
        CSharpGeneratorDriver.Create([new EmbeddedRuleSetGenerator().AsSourceGenerator(), new FindingTableGenerator().AsSourceGenerator()], ruleSets, parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _, TestContext.Current.CancellationToken);

        // System.Text.Json's own generator is not run here: what it would add to the JSON contexts is missing,
        // and those names stay unresolved (they are inside RuleSets, DataSets and Reports, which own their contexts).
        var errors = generated.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error && !d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("JsonContext", StringComparison.Ordinal) && !d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("JsonSerializerContext", StringComparison.Ordinal))
            .Select(d => d.ToString())
            .ToList();
        errors.Should().BeEmpty("the library compiles here as it does in the build, so that every name resolves");

        var graph = new Dictionary<string, Dictionary<string, int>>();
        foreach (SyntaxTree tree in generated.SyntaxTrees)
        {
            string from = FolderOf(tree, source);
            SemanticModel model = generated.GetSemanticModel(tree);
            Dictionary<string, int> uses = graph.TryGetValue(from, out var known) ? known : graph[from] = new Dictionary<string, int>();
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                INamespaceSymbol? ns = symbol switch
                {
                    null or INamespaceSymbol => null,
                    INamedTypeSymbol type => type.ContainingNamespace,
                    _ => symbol.ContainingType?.ContainingNamespace,
                };
                string? to = ns is null || !SymbolEqualityComparer.Default.Equals(symbol!.ContainingAssembly, generated.Assembly) ? null : FolderOf(ns);
                if (to is not null && to != from)
                {
                    uses[to] = uses.GetValueOrDefault(to) + 1;
                }
            }
        }

        Write(graph);
        return graph;
    }

    private static string FolderOf(SyntaxTree tree, string source)
    {
        if (!tree.FilePath.StartsWith(source, StringComparison.Ordinal))
        {
            // Generated code: the folder of its namespace.
            string? ns = tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            return ns is null || ns == "ClustersTic" ? Root : ns["ClustersTic.".Length..];
        }

        string relative = Path.GetRelativePath(source, tree.FilePath);
        int separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator < 0 ? Root : relative[..separator];
    }

    private static string FolderOf(INamespaceSymbol ns)
    {
        string name = ns.ToDisplayString();
        return name == "ClustersTic" ? Root : name.StartsWith("ClustersTic.", StringComparison.Ordinal) ? name["ClustersTic.".Length..].Split('.')[0] : name;
    }

    private static void Write(Dictionary<string, Dictionary<string, int>> graph)
    {
        var text = new StringBuilder("# Folder dependencies of src/ClustersTic (from -> to: number of uses), measured by FolderDependencyTests\n");
        foreach ((string from, Dictionary<string, int> uses) in graph.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(from).Append(" -> ").AppendJoin(", ", uses.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} ({u.Value})")).Append('\n');
        }

        string folder = RepositoryFiles.Path("artifacts", "architecture");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "folders.txt"), text.ToString());
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustersTic.DataSets;
using ClustersTic.Fuzz;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Documents;
using ClustersTic.Tests.Support;
using Json.Schema;

namespace ClustersTic.Tests.Documents;

/// <summary>
/// The shipped JSON Schemas and the loaders agree (issue 12): over the fuzz corpus (seeded mutations of the
/// embedded rule sets and the sample data set) and systematic variants of every member (removed, null, empty
/// string, empty array, empty object, zero, a wrong type), a document the schema accepts is accepted by the
/// loader and the other way round — except for the checks a JSON Schema cannot express (references between
/// records, unique ids across a list, calendar dates, period order, document size), which only the loader
/// makes; those are listed in <see cref="BeyondSchema"/> and in docs/decisions.md.
/// </summary>
public sealed class SchemaLoaderAgreementTests
{
    /// <summary>The loader's problem codes that no JSON Schema can express: a document rejected only for these
    /// may still be schema-valid.</summary>
    public static readonly IReadOnlySet<string> BeyondSchema = new HashSet<string>(StringComparer.Ordinal)
    {
        "dataset.unknown-company",
        "dataset.unknown-cluster",
        "dataset.duplicate-siren",
        "dataset.duplicate-id",
        "dataset.duplicate-member",
        "dataset.duplicate-year",
        "dataset.period-order",
        "dataset.date",
        "dataset.date-format",
        "ruleset.category-without-must",
        "ruleset.date-format",
        // JSON itself: a duplicate member is read as the last value by a JSON Schema validator.
        "json.duplicate-member",
        // Resource limits (DocumentLimits), not format.
        "json.too-large",
        "json.string-too-long",
        "json.array-too-long",
        "ruleset.duplicate-id",
        "ruleset.duplicate",
        "ruleset.unknown-category",
        "ruleset.must-per-category",
        "ruleset.threshold-order",
        "ruleset.date",
    };

    private static readonly int RandomInputs = int.TryParse(Environment.GetEnvironmentVariable("CLUSTERSTIC_FUZZ_INPUTS"), out int n) && n > 0 ? n : 1_500;

    private static JsonSchema RuleSetSchema => ShippedSchemas.RuleSet;

    private static JsonSchema DataSetSchema => ShippedSchemas.DataSet;

    [Fact]
    public void RuleSets_SchemaAndLoaderAgree()
    {
        var disagreements = Compare(Corpus(RuleSetText.V1Text, seed: 3612), RuleSetSchema, json =>
            RuleSet.TryParse(json, out _, out IReadOnlyList<DocumentProblem> problems) ? Array.Empty<DocumentProblem>() : problems);
        string.Join("\n", disagreements).Should().BeEmpty();
    }

    [Fact]
    public void DataSets_SchemaAndLoaderAgree()
    {
        string sample = new StreamReader(SampleData.OpenJson()).ReadToEnd();
        var disagreements = Compare(Corpus(sample, seed: 1209).Concat(DataSetEdges()), DataSetSchema, json =>
            DataSet.TryParse(json, out _, out IReadOnlyList<DocumentProblem> problems) ? Array.Empty<DocumentProblem>() : problems);
        string.Join("\n", disagreements).Should().BeEmpty();
    }

    [Theory]
    [InlineData("{}", false)]
    [InlineData("{\"companies\": []}", true)]
    [InlineData("{\"companies\": [{\"name\": \"Sans SIREN\"}]}", true)]
    [InlineData("{\"companies\": [{\"siren\": null, \"name\": \"SIREN null\", \"memberships\": null}]}", true)]
    [InlineData("{\"companies\": [{\"siren\": \"732829320\", \"name\": null}]}", false)]
    [InlineData("{\"clusters\": [{\"id\": \"\", \"name\": \"Sans id\"}]}", false)]
    [InlineData("{\"clusters\": [{\"id\": \"a\", \"name\": \"A\", \"memberSirens\": null}]}", true)]
    [InlineData("{\"clusters\": [{\"id\": \"a\", \"name\": \"A\", \"memberSirens\": [null]}]}", false)]
    [InlineData("{\"companies\": [{\"name\": \"A\", \"sirenOrSiret\": \"732829320\"}]}", true)]
    [InlineData("{\"companies\": [{\"name\": \"A\", \"sirenOrSiret\": \"732829320\", \"siren\": null}]}", true)]
    [InlineData("{\"companies\": [{\"name\": \"A\", \"sirenOrSiret\": \"732829320\", \"siren\": \"732829320\"}]}", false)]
    [InlineData("{\"companies\": [{\"name\": \"A\", \"sirenOrSiret\": \"73282932000074\", \"siret\": \"73282932000074\"}]}", false)]
    [InlineData("{\"clusters\": [{\"id\": \"peba\"}]}", true)]
    [InlineData("{\"clusters\": [{\"id\": \"peba\", \"isFounder\": false}]}", false)]
    [InlineData("{\"clusters\": [{\"id\": \"alsace-digitale\"}]}", false)]
    public void DataSets_DecidedCases_SchemaAndLoaderSayTheSame(string json, bool valid)
    {
        IsSchemaValid(DataSetSchema, json).Should().Be(valid);
        DataSet.TryParse(json, out _, out _).Should().Be(valid);
    }

    private static IEnumerable<string> Corpus(string seedDocument, int seed)
    {
        // Systematic variants of every member, then seeded random mutations.
        JsonNode root = JsonNode.Parse(seedDocument)!;
        foreach (string path in Paths(root).Take(4_000))
        {
            foreach (JsonNode? replacement in Replacements())
            {
                JsonNode copy = JsonNode.Parse(seedDocument)!;
                if (Replace(copy, path, replacement, remove: false))
                {
                    yield return copy.ToJsonString();
                }
            }

            JsonNode removed = JsonNode.Parse(seedDocument)!;
            if (Replace(removed, path, null, remove: true))
            {
                yield return removed.ToJsonString();
            }
        }

        var mutator = new JsonMutator(seed);
        for (int i = 0; i < RandomInputs; i++)
        {
            yield return mutator.Mutate(seedDocument);
        }
    }

    private static IEnumerable<string> DataSetEdges()
    {
        yield return "{}";
        yield return "{\"clusters\": null}";
        yield return "{\"companies\": [], \"clusters\": null}";
    }

    private static IEnumerable<JsonNode?> Replacements()
    {
        yield return null;
        yield return JsonValue.Create(string.Empty);
        yield return JsonValue.Create(" ");
        yield return new JsonArray();
        yield return new JsonObject();
        yield return JsonValue.Create(0);
        yield return JsonValue.Create(true);
    }

    /// <summary>The paths of the first few items of each list and of every member, as segments.</summary>
    private static List<string> Paths(JsonNode node)
    {
        var paths = new List<string>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> member in obj)
                    {
                        paths.Add(path + "/" + member.Key);
                        Walk(member.Value, path + "/" + member.Key);
                    }

                    break;
                case JsonArray array:
                    for (int i = 0; i < Math.Min(array.Count, 2); i++)
                    {
                        paths.Add(path + "/" + i);
                        Walk(array[i], path + "/" + i);
                    }

                    break;
            }
        }

        Walk(node, string.Empty);
        return paths;
    }

    private static bool Replace(JsonNode root, string path, JsonNode? value, bool remove)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode? parent = root;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            parent = parent is JsonArray a ? a[int.Parse(segments[i], System.Globalization.CultureInfo.InvariantCulture)] : parent?[segments[i]];
        }

        string last = segments[^1];
        switch (parent)
        {
            case JsonObject obj when remove:
                return obj.Remove(last);
            case JsonObject obj:
                obj[last] = value;
                return true;
            case JsonArray array when int.TryParse(last, out int index):
                if (remove)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = value;
                }

                return true;
            default:
                return false;
        }
    }

    private static bool IsSchemaValid(JsonSchema schema, string json) => schema.IsValid(json);

    private static List<string> Compare(IEnumerable<string> inputs, JsonSchema schema, Func<string, IReadOnlyList<DocumentProblem>> load)
    {
        var disagreements = new List<string>();
        int compared = 0;
        foreach (string json in inputs)
        {
            IReadOnlyList<DocumentProblem> problems;
            try
            {
                problems = load(json);
            }
            catch (Exception ex)
            {
                disagreements.Add($"the loader threw {ex.GetType().Name}: {ex.Message} — {json[..Math.Min(json.Length, 400)]}");
                continue;
            }

            bool schemaValid;
            try
            {
                schemaValid = IsSchemaValid(schema, json);
            }
            catch (JsonException)
            {
                // Not JSON at all (a syntax error): outside the schema's reach; the loader must reject it.
                problems.Should().NotBeEmpty();
                continue;
            }
            catch (FormatException)
            {
                // JsonSchema.Net compares numbers as decimals (uniqueItems) and throws on one out of decimal's range,
                // such as 1E+300 in a list of codes: such a number is the wrong type there, so the loader must reject.
                problems.Should().NotBeEmpty(json);
                continue;
            }

            compared++;
            bool loaderValid = problems.Count == 0;
            bool onlyBeyondSchema = problems.Count > 0 && problems.All(p => BeyondSchema.Contains(p.Code));
            if (loaderValid != schemaValid && !(schemaValid && onlyBeyondSchema))
            {
                disagreements.Add($"schema {(schemaValid ? "accepts" : "rejects")}, loader {(loaderValid ? "accepts" : "rejects: " + string.Join("; ", problems.Take(3)))} — {json[..Math.Min(json.Length, 400)]}");
                if (disagreements.Count >= 20)
                {
                    break;
                }
            }
        }

        if (disagreements.Count == 0)
        {
            compared.Should().BeGreaterThan(500, "the corpus must exercise the schema");
        }

        return disagreements;
    }
}

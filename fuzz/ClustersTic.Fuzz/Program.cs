using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ClustersTic;
using ClustersTic.DataSets;
using ClustersTic.Fuzz;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using NodaTime;

// Usage: ClustersTic.Fuzz [inputs] [seed]  — runs `inputs` mutated documents (default 100,000), half rule
// sets and half data sets, from a corpus of the embedded rule sets and the sample data. Only the documented
// exceptions may escape; a rule set that loads must save and load again to an equal one; a data set that
// loads must evaluate. Failing inputs are written to artifacts/fuzz/failures/. Exit code 1 on any failure.
int inputs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20261128;

string[] ruleSetCorpus = [Read(RuleSetCatalog.OpenEmbeddedJson("v1")), Read(RuleSetCatalog.OpenEmbeddedJson("v2"))];
string[] dataSetCorpus = [Read(SampleData.OpenJson()), "{}", "{\"companies\":[]}"];
var rules = new ConsortiumRules(RuleSetCatalog.Embedded.Get("v1"), new FixedClock(Instant.FromUtc(2026, 11, 28, 12, 0)));
var mutator = new JsonMutator(seed);
var random = new Random(seed);
string failures = Path.Combine("artifacts", "fuzz", "failures");
int loaded = 0;
int rejected = 0;
int failed = 0;
var clock = Stopwatch.StartNew();

for (int i = 0; i < inputs; i++)
{
    bool ruleSet = i % 2 == 0;
    string[] corpus = ruleSet ? ruleSetCorpus : dataSetCorpus;
    string json = mutator.Mutate(corpus[random.Next(corpus.Length)]);
    try
    {
        if (ruleSet)
        {
            RuleSet loadedSet = RuleSet.Parse(json);
            if (!RuleSet.Parse(loadedSet.ToJson()).Equals(loadedSet))
            {
                throw new InvalidOperationException("The rule set did not survive save → load.");
            }
        }
        else
        {
            DataSet loadedData = DataSet.Parse(json);
            string saved = loadedData.ToJson();
            if (DataSet.Parse(saved).ToJson() != saved)
            {
                throw new InvalidOperationException("The data set did not survive save → load.");
            }

            rules.Evaluate(loadedData, new LocalDate(2026, 11, 28)).ToJson();
        }

        loaded++;
    }
    catch (ClustersTic.Documents.DocumentValidationException ex) when (ex.Problems.Count > 0)
    {
        rejected++;
    }
#pragma warning disable CA1031 // Any other exception is exactly what the fuzzer looks for.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        failed++;
        Directory.CreateDirectory(failures);
        string file = Path.Combine(failures, $"input-{seed}-{i}.json");
        File.WriteAllText(file, json);
        Console.Error.WriteLine($"FAIL input {i} ({(ruleSet ? "rule set" : "data set")}): {ex.GetType().Name}: {ex.Message} → {file}");
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {inputs} inputs (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s: {loaded} loaded, {rejected} rejected with the documented exception, {failed} failures"));
return failed == 0 ? 0 : 1;

static string Read(Stream stream)
{
    using (stream)
    using (var reader = new StreamReader(stream))
    {
        return reader.ReadToEnd();
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

using System;
using System.IO;
using ClustersTic.DataSets;
using ClustersTic.Fuzz;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.Fuzzing;

/// <summary>
/// Seeded mutation fuzzing of the loaders: whatever the input, only the documented exception escapes, it
/// lists at least one problem, and a rule set that loads saves and loads again to an equal one.
/// </summary>
public sealed class LoaderFuzzTests
{
    /// <summary>Inputs per loader: 1,500 in the ordinary run; CLUSTERSTIC_FUZZ_INPUTS asks for a longer run.</summary>
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("CLUSTERSTIC_FUZZ_INPUTS"), out int n) && n > 0 ? n : 1_500;

    [Fact]
    public void RuleSetLoader_OnlyEverThrowsRuleSetValidationException()
    {
        var mutator = new JsonMutator(seed: 20261128 + Inputs);
        int loaded = 0;
        for (int i = 0; i < Inputs; i++)
        {
            string json = mutator.Mutate(RuleSetText.V1Text);
            try
            {
                RuleSet ruleSet = RuleSet.Parse(json);
                RuleSet.Parse(ruleSet.ToJson()).Should().Be(ruleSet);
                loaded++;
            }
            catch (RuleSetValidationException ex)
            {
                ex.Problems.Should().NotBeEmpty();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Input {i} escaped with {ex.GetType().Name}: {json[..Math.Min(json.Length, 300)]}", ex);
            }
        }

        loaded.Should().BeLessThan(Inputs, "most mutations break the document");
    }

    [Fact]
    public void DataSetLoader_OnlyEverThrowsDataSetValidationException_AndLoadedSetsEvaluate()
    {
        string sample = new StreamReader(SampleData.OpenJson()).ReadToEnd();
        var mutator = new JsonMutator(seed: 42 + Inputs);
        for (int i = 0; i < Inputs; i++)
        {
            string json = mutator.Mutate(sample);
            try
            {
                DataSet data = DataSet.Parse(json);
                string saved = data.ToJson();
                DataSet.Parse(saved).ToJson().Should().Be(saved, "save → load → save gives the same document");
                Fixtures.Rules.Evaluate(data, Fixtures.AsOf).ToJson().Should().NotBeEmpty();
            }
            catch (DataSetValidationException ex)
            {
                ex.Problems.Should().NotBeEmpty();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Input {i} escaped with {ex.GetType().Name}: {json[..Math.Min(json.Length, 300)]}", ex);
            }
        }
    }
}

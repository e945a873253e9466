using System;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Text;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;
using RuleSetText = ClustersTic.Tests.Support.RuleSetText;

namespace ClustersTic.Tests.RuleSets;

/// <summary>Rule sets authored in code (issue 13): the builder changes parameters, checks with the loader's
/// semantic checks, and what it builds saves and loads back equal.</summary>
public sealed class RuleSetBuilderTests
{
    [Fact]
    public void AnUnchangedBuilder_BuildsTheSameRuleSet()
    {
        RuleSet built = V1.ToBuilder().Build();

        built.Should().Be(V1);
        built.Fingerprint.Should().Be(V1.Fingerprint);
        built.GetCanonicalJson().Should().Equal(V1.GetCanonicalJson());
    }

    [Fact]
    public void ChangingAParameter_ChangesTheFingerprint_AndTheSavedFileLoadsBackEqual()
    {
        RuleSet trial = V1.ToBuilder().With(b =>
        {
            b.Id = "v1-trial";
            b.Version = "1.0-trial";
            b.MinimumProviderShare = 0.6m;
            b.Validity = Period.FromYears(4);
            b.DigitalSectorRev2.Add("73.11");
            b.ExemplaryMinimumScore = 92.5m;
        }).Build();

        trial.Id.Should().Be("v1-trial");
        trial.ClusterAdmission.MinimumProviderShare.Should().Be(0.6m);
        trial.Lifecycle.Validity.Should().Be(Period.FromYears(4));
        trial.CompanyEligibility.DigitalSectorRev2.Should().Contain("73.11");
        trial.Scoring.ExemplaryMinimumScore.Should().Be(92.5m);
        trial.Fingerprint.Should().NotBe(V1.Fingerprint);

        RuleSet reloaded = RuleSet.Parse(trial.ToJson());
        reloaded.Should().Be(trial);
        reloaded.Fingerprint.Should().Be(trial.Fingerprint);
    }

    [Fact]
    public void ABuiltRuleSet_DecidesWithItsParameters_AndDecisionsCiteIt()
    {
        // 11 members, 6 providers: 54.5 %, above v1's 50 % and below the trial's 60 %.
        Company[] members = Distinct([
            .. Enumerable.Range(0, 6).Select(_ => Company()),
            .. Enumerable.Range(0, 5).Select(_ => Company() with { NafRev2 = "70.22Z", Naf2025 = null })]);
        Cluster cluster = Applicant() with { Members = members };
        RuleSet trial = V1.ToBuilder().With(b => { b.Id = "v1-trial"; b.MinimumProviderShare = 0.6m; }).Build();

        ClusterAdmissionDecision underV1 = Rules.EvaluateCluster(cluster, AsOf);
        ClusterAdmissionDecision underTrial = new ConsortiumRules(trial, Clock).EvaluateCluster(cluster, AsOf);

        underV1.Outcome.Should().Be(Outcome.Eligible);
        underTrial.Outcome.Should().Be(Outcome.Ineligible);
        Codes(underTrial).Should().Contain(FindingCodes.ClusterProviderShareTooLow);
        underTrial.RuleSet.Should().Be(trial.Reference);
        underTrial.RuleSetId.Should().Be("v1-trial");
        underTrial.RuleSetFingerprint.Should().Be(trial.Fingerprint);
    }

    [Fact]
    public void ChangingACriterion_IsBuilt()
    {
        RuleSetBuilder builder = V1.ToBuilder();
        Criterion first = builder.Criteria[0];
        builder.Criteria[0] = new Criterion(first.Id, first.CategoryId, first.Level, first.Weight == 3 ? 1 : first.Weight + 1, !first.EvidenceRequired, first.NotApplicableAllowed, first.Title, first.Text);
        builder.CharterVersion = "1.1";

        RuleSet built = builder.Build();

        built.Charter.Criteria[0].Weight.Should().Be(first.Weight == 3 ? 1 : first.Weight + 1);
        built.Charter.Criteria[0].EvidenceRequired.Should().Be(!first.EvidenceRequired);
        built.Charter.Version.Should().Be("1.1");
        RuleSet.Parse(built.ToJson()).Should().Be(built);
    }

    [Fact]
    public void InvalidValues_ThrowTheLoadersException_WithEveryProblem_AsLoadingTheSameValuesWould()
    {
        RuleSetBuilder builder = V1.ToBuilder().With(b =>
        {
            b.Id = "not an id";
            b.MinimumProviderShare = 1.5m;
            b.ExemplaryMinimumScore = 70m;
            b.Validity = Period.FromHours(12);
            b.DigitalSectorNaf2025.Add("6");
            b.EligibleSizeCategories.Clear();
            b.Criteria.Add(new Criterion("XX-01", "NOPE", RequirementLevel.May, 11, false, true, new LocalizedText("t", "t"), new LocalizedText("x", "x")));
        });

        Action build = () => builder.Build();
        RuleSetValidationException thrown = build.Should().Throw<RuleSetValidationException>().Which;

        // The same values written in the JSON file: the loader reports the same problems at the same paths.
        RuleSetValidationException loading = ((Action)(() => RuleSetText.Build(r =>
        {
            r["id"] = "not an id";
            r["clusterAdmission"]!["minimumProviderShare"] = 1.5m;
            r["scoring"]!["exemplary"]!["minimumScore"] = 70m;
            r["lifecycle"]!["validity"] = "PT12H";
            r["companyEligibility"]!["digitalSector"]!["naf2025"]!.AsArray().Add("6");
            r["companyEligibility"]!["eligibleSizeCategories"]!.AsArray().Clear();
            r["charter"]!["criteria"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
                """{"id":"XX-01","category":"NOPE","level":"May","weight":11,"evidenceRequired":false,"notApplicableAllowed":true,"title":{"fr":"t","en":"t"},"text":{"fr":"x","en":"x"}}"""));
        }))).Should().Throw<RuleSetValidationException>().Which;

        thrown.Problems.Select(p => (p.Code, p.Path)).Should().Equal(loading.Problems.Select(p => (p.Code, p.Path)));
        thrown.Problems.Select(p => p.Code).Should().Contain(["ruleset.id-format", "ruleset.share-range", "ruleset.threshold-order", "ruleset.period-positive", "ruleset.sector-code", "ruleset.empty-list", "ruleset.unknown-category", "ruleset.weight-range"]);
        thrown.Problems.Should().OnlyContain(p => p.Line == null, "a built rule set has no file lines");

        builder.TryBuild(out RuleSet? none, out var problems).Should().BeFalse();
        none.Should().BeNull();
        problems.Select(p => p.Code).Should().Equal(thrown.Problems.Select(p => p.Code));
    }

    [Fact]
    public void TheBuiltRuleSet_SharesNoListWithTheBuilder()
    {
        RuleSetBuilder builder = V1.ToBuilder();
        RuleSet built = builder.Build();

        builder.DigitalSectorRev2.Clear();
        builder.Criteria.RemoveAt(0);
        builder.AdmittedOrganisationKinds.Add(OrganisationKind.CompanyClub);

        built.Should().Be(V1);
        V1.ToBuilder().DigitalSectorRev2.Should().NotBeEmpty("each builder copies the rule set's lists");
    }

    [Fact]
    public void NullValues_AreRejectedWhenSet_AndNullItemsWhenBuilt()
    {
        RuleSetBuilder builder = V1.ToBuilder();

        ((Action)(() => builder.Id = null!)).Should().Throw<ArgumentNullException>();
        ((Action)(() => builder.Title = null!)).Should().Throw<ArgumentNullException>();
        ((Func<RuleSetBuilder>)(() => new RuleSetBuilder(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => builder.With(null!))).Should().Throw<ArgumentNullException>();

        builder.Criteria.Add(null!);
        ((Action)(() => builder.Build())).Should().Throw<ArgumentException>().WithMessage("*Criteria*null*");
    }
}

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ClustersTic.Benchmarks.Eligibility;
using ClustersTic.Companies;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using NodaTime;

namespace ClustersTic.Benchmarks;

/// <summary>
/// A fresh process's first answer: each launch is a new process, measured once with nothing warmed — the
/// library loading its embedded rule set and deciding on one company, against FluentValidation building its
/// validator and validating one input.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdStartBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 11, 28);

    private static Company NewCompany() => new()
    {
        Siren = "732829320",
        Name = "Atelier Web Forez",
        NafRev2 = "62.01Z",
        State = AdministrativeState.Active,
        Memberships = [new ClusterMembership("loire-numerique", new LocalDate(2013, 1, 1))],
    };

    [Benchmark(Baseline = true)]
    public Decisions.Outcome FluentValidation_FirstValidation()
    {
        var validator = new FluentValidationEligibility();
        var members = new Dictionary<string, bool> { ["loire-numerique"] = true };
        return validator.Evaluate(new EligibilityInput(NewCompany(), members, AsOf)).Outcome;
    }

    [Benchmark]
    public Decisions.Outcome ClustersTic_FirstDecision()
    {
        var rules = new ConsortiumRules(RuleSetCatalog.Embedded.GetInForce(AsOf), SystemClock.Instance);
        var founder = new Cluster
        {
            Id = "loire-numerique",
            Name = "Loire Numérique",
            Kind = OrganisationKind.Cluster,
            DeclaredAudience = ClusterAudience.DigitalProviders,
            FranceClustersMemberships = [new MembershipPeriod(new LocalDate(2005, 1, 1))],
            ConventionSignedOn = new LocalDate(2009, 12, 7),
            IsFounder = true,
        };
        return rules.EvaluateCompany(NewCompany(), [founder], AsOf).Outcome;
    }
}

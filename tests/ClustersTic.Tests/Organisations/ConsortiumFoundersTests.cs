using System;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using NodaTime;

namespace ClustersTic.Tests.Organisations;

/// <summary>The five founders shipped with the library, usable in code and by id in a data set (issue 15, point 5).</summary>
public sealed class ConsortiumFoundersTests
{
    [Fact]
    public void TheFiveFounders_WithTheirIdsNamesRegionsAndConventionDate()
    {
        ConsortiumFounders.All.Select(c => c.Id).Should().Equal("loire-numerique", "rhonealley", "peba", "franche-comte-interactive", "spn");
        ConsortiumFounders.ConventionDate.Should().Be(new LocalDate(2009, 12, 7));
        ConsortiumFounders.All.Should().OnlyContain(c => c.IsFounder && c.ConventionSignedOn == new LocalDate(2009, 12, 7)
            && c.Kind == OrganisationKind.Cluster && c.DeclaredAudience == ClusterAudience.DigitalProviders
            && !string.IsNullOrWhiteSpace(c.Name) && !string.IsNullOrWhiteSpace(c.Region));
        ConsortiumFounders.All.Should().OnlyContain(c => c.FranceClustersMemberships == null, "CL-1 is each cluster's own data");
        ConsortiumFounders.Get("peba").Name.Should().Be("PEBA — Pôle E-Business sud-Aquitain Adour");
        ConsortiumFounders.TryGet("Peba", out _).Should().BeFalse("ids are compared ordinally");
        FluentActions.Invoking(() => ConsortiumFounders.Get("alsace-digitale")).Should().Throw<ArgumentException>().WithMessage("*loire-numerique*");
    }

    [Fact]
    public void InCode_AFounderNeedsOnlyItsFranceClustersMemberships()
    {
        Cluster peba = ConsortiumFounders.Get("peba") with { FranceClustersMemberships = new[] { new MembershipPeriod(new LocalDate(2005, 1, 1), null) } };
        var rules = new ConsortiumRules(ClustersTic.RuleSets.RuleSetCatalog.Embedded.Get("v1"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 28, 12, 0)));
        ClusterAdmissionDecision decision = rules.Evaluate(new DataSet(new[] { peba }, [], [], []), new LocalDate(2026, 11, 28)).Clusters.Single();
        decision.IsMember.Should().BeTrue();
        decision.Findings.Select(f => f.Code).Should().Equal(FindingCodes.ClusterFounder);

        Cluster withoutCl1 = ConsortiumFounders.Get("spn");
        rules.Evaluate(new DataSet(new[] { withoutCl1 }, [], [], []), new LocalDate(2026, 11, 28)).Clusters.Single().Outcome
            .Should().Be(Outcome.Incomplete, "CL-1 applies to founders too, and not given is unknown");
    }

    [Fact]
    public void InADataSet_AFounderIsReferencedByItsId()
    {
        DataSet data = DataSet.Parse("{\"clusters\": [{\"id\": \"rhonealley\", \"franceClustersMemberships\": [{\"from\": \"2005-01-01\"}]}, "
            + "{\"id\": \"spn\", \"name\": \"SPN — Réseau des professionnels du numérique\", \"franceClustersMemberships\": []}]}");
        Cluster rhonealley = data.Clusters[0];
        rhonealley.Should().Be(ConsortiumFounders.Get("rhonealley") with { FranceClustersMemberships = rhonealley.FranceClustersMemberships });
        data.Clusters[1].Name.Should().Be("SPN — Réseau des professionnels du numérique", "what the record gives is kept");
        data.Clusters[1].IsFounder.Should().BeTrue();
        data.Clusters[1].Region.Should().Be("Poitou-Charentes");
    }
}

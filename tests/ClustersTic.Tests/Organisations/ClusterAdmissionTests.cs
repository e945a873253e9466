using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.Tests.Support;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Organisations;

public sealed class ClusterAdmissionTests
{
    private static ClusterAdmissionDecision Evaluate(Cluster cluster) => Rules.EvaluateCluster(cluster, AsOf);

    [Fact]
    public void Founder_IsAMemberFromTheConventionDate()
    {
        ClusterAdmissionDecision decision = Evaluate(Founder());
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.IsMember.Should().BeTrue();
        decision.PendingSignature.Should().BeFalse();
        Codes(decision).Should().Equal(FindingCodes.ClusterFounder);
        decision.Findings[0].GetArgument("conventionDate").Should().Be("2009-12-07");
        Rules.EvaluateCluster(Founder(), D(2009, 12, 6)).IsMember.Should().BeFalse("before the convention it is pending");
        Rules.EvaluateCluster(Founder(), D(2009, 12, 7)).IsMember.Should().BeTrue();
    }

    [Fact]
    public void Founder_IsDeemedToMeetCl2AndCl3ButNotCl1()
    {
        Cluster founder = Founder() with { Kind = OrganisationKind.CompanyClub, DeclaredAudience = ClusterAudience.Cios };
        Evaluate(founder).IsMember.Should().BeTrue();

        ClusterAdmissionDecision lapsed = Evaluate(Founder() with { FranceClustersMemberships = new[] { new MembershipPeriod(D(2005, 1, 1), D(2020, 12, 31)) } });
        lapsed.Outcome.Should().Be(Outcome.Ineligible);
        Codes(lapsed).Should().Contain(FindingCodes.ClusterNoMembership);
    }

    [Fact]
    public void Applicant_MeetingEveryRule_IsAMember()
    {
        ClusterAdmissionDecision decision = Evaluate(Applicant());
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.IsMember.Should().BeTrue();
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Cl1_MembershipPeriodsIncludeBothEnds()
    {
        Cluster cluster = Applicant() with { FranceClustersMemberships = new[] { new MembershipPeriod(D(2026, 11, 28), D(2026, 11, 28)) } };
        Evaluate(cluster).Outcome.Should().Be(Outcome.Eligible);
        Rules.EvaluateCluster(cluster, D(2026, 11, 27)).Outcome.Should().Be(Outcome.Ineligible);
        Rules.EvaluateCluster(cluster, D(2026, 11, 29)).Outcome.Should().Be(Outcome.Ineligible);
    }

    [Fact]
    public void Cl1_NoMembership_IsIneligible_UnknownMemberships_IsIncomplete()
    {
        ClusterAdmissionDecision none = Evaluate(Applicant() with { FranceClustersMemberships = System.Array.Empty<MembershipPeriod>() });
        none.Outcome.Should().Be(Outcome.Ineligible);
        none.Findings.Single().Code.Should().Be(FindingCodes.ClusterNoMembership);
        none.Findings.Single().RuleId.Should().Be("CL-1");
        none.Findings.Single().Status.Should().Be(FindingStatus.Failed);

        ClusterAdmissionDecision unknown = Evaluate(Applicant() with { FranceClustersMemberships = null });
        unknown.Outcome.Should().Be(Outcome.Incomplete);
        unknown.Findings.Single().Code.Should().Be(FindingCodes.ClusterMembershipUnknown);
        unknown.Findings.Single().Status.Should().Be(FindingStatus.Unknown);
        unknown.PendingSignature.Should().BeFalse();
    }

    [Theory]
    [InlineData(OrganisationKind.CompanyClub, FindingCodes.ClusterCompanyClub)]
    [InlineData(OrganisationKind.IctUserAssociation, FindingCodes.ClusterIctUserAssociation)]
    [InlineData(OrganisationKind.CioNetwork, FindingCodes.ClusterCioNetwork)]
    [InlineData(OrganisationKind.Other, FindingCodes.ClusterKindNotAdmitted)]
    public void Cl2_EachExclusion_HasItsOwnFinding(OrganisationKind kind, string code)
    {
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { Kind = kind });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        decision.Findings.Single().Code.Should().Be(code);
        decision.Findings.Single().Severity.Should().Be(FindingSeverity.Blocking);
        decision.PendingSignature.Should().BeFalse();
    }

    [Fact]
    public void Cl2_CompetitivenessPole_IsAdmitted_UnknownKind_IsIncomplete()
    {
        Evaluate(Applicant() with { Kind = OrganisationKind.CompetitivenessPole }).IsMember.Should().BeTrue();
        ClusterAdmissionDecision unknown = Evaluate(Applicant() with { Kind = null });
        unknown.Outcome.Should().Be(Outcome.Incomplete);
        Codes(unknown).Should().Equal(FindingCodes.ClusterKindUnknown);
    }

    [Theory]
    [InlineData(ClusterAudience.IctUsers)]
    [InlineData(ClusterAudience.Cios)]
    [InlineData(ClusterAudience.Other)]
    public void Cl3_AudienceOtherThanProviders_IsIneligible(ClusterAudience audience)
    {
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { DeclaredAudience = audience });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        decision.Findings.Single().Code.Should().Be(FindingCodes.ClusterAudienceNotProviders);
        decision.Findings.Single().GetArgument("audience").Should().Be(audience.ToString());
    }

    [Fact]
    public void Cl3_UnknownAudience_IsIncomplete()
    {
        Evaluate(Applicant() with { DeclaredAudience = null }).Outcome.Should().Be(Outcome.Incomplete);
    }

    private static Company Member(string? naf) => Fixtures.Company() with { NafRev2 = naf, Naf2025 = null };

    [Theory]
    [InlineData(2, 2, 0, Outcome.Eligible)] // 2 of 4 providers: exactly the 0.5 minimum
    [InlineData(1, 2, 0, Outcome.Ineligible)] // 1 of 3
    [InlineData(1, 1, 1, Outcome.Incomplete)] // between 1/3 and 2/3
    [InlineData(1, 0, 1, Outcome.Eligible)] // at least 1/2 whatever the unknown one is
    [InlineData(0, 2, 1, Outcome.Ineligible)] // at most 1/3
    [InlineData(0, 0, 3, Outcome.Incomplete)]
    public void Cl3_ProviderShare_IsAnIntervalComparedExactly(int providers, int others, int unknown, Outcome expected)
    {
        var members = Distinct(Enumerable.Repeat(Member("62.01Z"), providers)
            .Concat(Enumerable.Repeat(Member("70.22Z"), others))
            .Concat(Enumerable.Repeat(Member(null), unknown))
            .ToArray());
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { Members = members });
        decision.Outcome.Should().Be(expected);
        if (expected == Outcome.Ineligible)
        {
            Codes(decision).Should().Equal(FindingCodes.ClusterProviderShareTooLow);
        }
        else if (expected == Outcome.Incomplete)
        {
            Codes(decision).Should().Equal(FindingCodes.ClusterProviderShareUnknown);
        }
    }

    [Theory]
    [InlineData("99.99Z", "NotInNomenclature")]
    [InlineData("72.2Z", "OldNomenclature")]
    [InlineData("62-01Z", "NotWellFormed")]
    public void Cl3_MemberWithAnUnusableCode_CountsAsUnknownAndIsSaid(string naf, string reason)
    {
        // One provider, one non-provider, one unusable code: the share is between 1/3 and 2/3 — never "digital".
        var members = Distinct(new[] { Member("62.01Z"), Member("70.22Z"), Member(naf) });
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { Members = members });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(FindingCodes.ClusterMemberNafUnusable, FindingCodes.ClusterProviderShareUnknown);
        Finding note = decision.Findings[0];
        note.Status.Should().Be(FindingStatus.Information, "the share interval decides whether CL-3 is unknown");
        note.GetArgument("code").Should().Be(naf);
        note.GetArgument("reason").Should().Be(reason);
    }

    [Fact]
    public void Cl3_DerogationCountsAsProvider_EmptyMemberListIsNotChecked()
    {
        Company derogated = Member("70.22Z") with { Derogation = new SectorDerogation("numerica", "Édite un logiciel de gestion", D(2020, 1, 1)) };
        Evaluate(Applicant() with { Members = new[] { derogated, Member("70.22Z") } }).Outcome.Should().Be(Outcome.Eligible);
        Evaluate(Applicant() with { Members = System.Array.Empty<Company>() }).Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Cl3_ShareFinding_CarriesTheFigures()
    {
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { Members = Distinct(Member("62.01Z"), Member("70.22Z"), Member("70.22Z")) });
        Finding f = decision.Findings.Single();
        f.GetArgument("providers").Should().Be("1");
        f.GetArgument("members").Should().Be("3");
        f.GetArgument("share").Should().Be("33.3 %");
        f.GetArgument("minimum").Should().Be("50.0 %");
    }

    [Fact]
    public void Cl4_NotSigned_IsEligiblePendingSignature_NotAMember()
    {
        ClusterAdmissionDecision unsigned = Evaluate(Applicant() with { ConventionSignedOn = null });
        unsigned.Outcome.Should().Be(Outcome.Eligible);
        unsigned.PendingSignature.Should().BeTrue();
        unsigned.IsMember.Should().BeFalse();
        Codes(unsigned).Should().Equal(FindingCodes.ClusterPendingSignature);

        ClusterAdmissionDecision signsLater = Evaluate(Applicant() with { ConventionSignedOn = AsOf.PlusDays(1) });
        signsLater.PendingSignature.Should().BeTrue();
        Evaluate(Applicant() with { ConventionSignedOn = AsOf }).IsMember.Should().BeTrue("signed on the as-of date counts");
    }

    [Fact]
    public void Cl4_IneligibleOrIncompleteCluster_IsNeverPending()
    {
        Evaluate(Applicant() with { ConventionSignedOn = null, Kind = OrganisationKind.CioNetwork }).PendingSignature.Should().BeFalse();
        Evaluate(Applicant() with { ConventionSignedOn = null, Kind = null }).PendingSignature.Should().BeFalse();
    }

    [Fact]
    public void LeftCluster_IsNoLongerAMember_FromItsLeavingDate()
    {
        Cluster left = Founder() with { LeftOn = D(2020, 6, 30) };
        Rules.EvaluateCluster(left, D(2020, 6, 29)).IsMember.Should().BeTrue();
        ClusterAdmissionDecision decision = Rules.EvaluateCluster(left, D(2020, 6, 30));
        decision.IsMember.Should().BeFalse();
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Contain(FindingCodes.ClusterLeft);
    }

    [Fact]
    public void FailedAndUnknownRules_GiveIneligible()
    {
        ClusterAdmissionDecision decision = Evaluate(Applicant() with { Kind = OrganisationKind.CompanyClub, DeclaredAudience = null });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.ClusterCompanyClub, FindingCodes.ClusterAudienceUnknown);
    }
}

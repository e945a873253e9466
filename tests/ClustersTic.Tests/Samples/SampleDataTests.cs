using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Decisions;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Signatures;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Samples;

/// <summary>The built-in sample data shows every outcome, level and status it promises.</summary>
public sealed class SampleDataTests
{
    private static readonly ConsortiumReport Report = Rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate);

    [Fact]
    public void FiveFounders_AreMembers()
    {
        Report.Clusters.Where(c => c.Findings.Any(f => f.Code == FindingCodes.ClusterFounder)).Should().HaveCount(5).And.OnlyContain(c => c.IsMember);
    }

    [Theory]
    [InlineData(FindingCodes.ClusterCompanyClub)]
    [InlineData(FindingCodes.ClusterIctUserAssociation)]
    [InlineData(FindingCodes.ClusterCioNetwork)]
    [InlineData(FindingCodes.ClusterAudienceNotProviders)]
    [InlineData(FindingCodes.ClusterProviderShareTooLow)]
    [InlineData(FindingCodes.ClusterNoMembership)]
    [InlineData(FindingCodes.ClusterPendingSignature)]
    public void EachExclusion_IsShownByACluster(string code)
    {
        Report.Clusters.Should().Contain(c => c.Findings.Any(f => f.Code == code));
    }

    [Theory]
    [InlineData(FindingCodes.ClusterAudienceNotProviders)]
    [InlineData(FindingCodes.ClusterProviderShareTooLow)]
    [InlineData(FindingCodes.ClusterNoMembership)]
    public void Cl1AndCl3Exclusions_AreShownByAClusterOtherwiseAdmissible(string code)
    {
        Report.Clusters.Should().Contain(c => c.Findings.Select(f => f.Code).SequenceEqual(new[] { code }));
    }

    [Theory]
    [InlineData(Outcome.Eligible)]
    [InlineData(Outcome.Ineligible)]
    [InlineData(Outcome.Incomplete)]
    public void Companies_ShowEachOutcome(Outcome outcome)
    {
        Report.Companies.Should().Contain(c => c.Outcome == outcome);
    }

    [Theory]
    [InlineData(CharterLevel.NonConforming)]
    [InlineData(CharterLevel.Signatory)]
    [InlineData(CharterLevel.Confirmed)]
    [InlineData(CharterLevel.Exemplary)]
    public void Assessments_ReachEachLevel(CharterLevel level)
    {
        Report.Assessments.Should().ContainSingle(a => a.Level == level);
    }

    [Theory]
    [InlineData(SignatureStatus.Active)]
    [InlineData(SignatureStatus.ReviewDue)]
    [InlineData(SignatureStatus.Suspended)]
    [InlineData(SignatureStatus.Expired)]
    [InlineData(SignatureStatus.Withdrawn)]
    public void Signatures_ShowEachStatus(SignatureStatus status)
    {
        Report.Signatures.Should().Contain(s => s.Status == status);
    }

    [Fact]
    public void RenewedSignature_WithAMajorNonConformity_IsCapped()
    {
        SignatureDecision lyon = Report.Signatures.Single(s => s.Subject == "801234568");
        lyon.Status.Should().Be(SignatureStatus.Active);
        lyon.PeriodStart.Should().Be(D(2026, 10, 1));
        lyon.LevelCap.Should().Be(CharterLevel.Signatory);
        lyon.Findings.Count(f => f.Code == FindingCodes.SignatureRenewed).Should().Be(2);
    }
}

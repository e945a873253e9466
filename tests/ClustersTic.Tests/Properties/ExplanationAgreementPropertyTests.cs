using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using CsCheck;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Properties;

/// <summary>
/// The purity contract of the lazy findings (issue 13): a company decision is made by an outcome-only pass of
/// the rules and explained later by a collecting pass of the same code. This property runs both passes on every
/// generated company, against a consortium with a member, a cluster pending signature, a cluster whose admission
/// is incomplete and unknown clusters, and requires the same outcome — and every finding to carry exactly the
/// arguments its row of the finding table declares, in order.
/// </summary>
public sealed class ExplanationAgreementPropertyTests
{
    private static readonly ConsortiumSnapshot Consortium = Snapshot(
        AsOf,
        Founder(),
        Applicant() with { Id = "pending", ConventionSignedOn = null },
        Applicant() with { Id = "spn", Kind = null });

    private static readonly Gen<Company> Companies =
        from company in EligibilityPropertyTests.Companies
        from membershipsGiven in Gen.Int[0, 5]
        from cluster in Gen.OneOf(Gen.Const("spn"), Gen.Const("loire-numerique"))
        select membershipsGiven == 0 ? company with { Memberships = null }
            : membershipsGiven == 1 ? company with { Memberships = [.. company.Memberships!, new ClusterMembership(cluster, AsOf.PlusYears(-1), null)] }
            : company;

    [Fact]
    public void TheOutcomeOnlyPass_AndTheExplainingPass_Agree()
    {
        Companies.Sample(company =>
        {
            CompanyEligibilityDecision decision = Rules.EvaluateCompany(company, Consortium);
            (var findings, Outcome explained) = CompanyEligibility.Explain(company, Consortium, V1.CompanyEligibility);

            explained.Should().Be(decision.Outcome, decision.Explain(ClustersTic.Text.Language.English));
            decision.Findings.Should().Equal(findings);
        }, iter: 20_000);
    }

    [Fact]
    public void EveryFinding_CarriesTheArgumentsItsRowDeclares()
    {
        Companies.Sample(company =>
        {
            foreach (Finding finding in Rules.EvaluateCompany(company, Consortium).Findings)
            {
                finding.Arguments.Select(a => a.Name).Should().Equal(
                    FindingCatalog.Get(finding.Code).Arguments.Select(a => a.Name), finding.Code);
            }
        }, iter: 5_000);
    }

    [Fact]
    public void TheIncompleteClusterAndTheMissingMemberships_AreReached()
    {
        // The generator reaches the cases the property is about (not a test that could pass vacuously).
        var codes = Gen.Select(Companies, Gen.Const(0)).Array[2000].Single()
            .SelectMany(c => Rules.EvaluateCompany(c.Item1, Consortium).Findings.Select(f => f.Code))
            .ToHashSet();

        codes.Should().Contain([
            FindingCodes.CompanyClusterAdmissionIncomplete,
            FindingCodes.CompanyMembershipsUnknown,
            FindingCodes.CompanyClusterUnknown,
            FindingCodes.CompanyYearNotClosed,
            FindingCodes.CompanySiretOtherSiren,
            FindingCodes.CompanyClusterNotMember]);
    }
}

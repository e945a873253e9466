using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using ClustersTic.Text;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Properties;

/// <summary>
/// Reading 35: evaluating an accepted record never throws. Records whose dates span the whole accepted range
/// (0001-01-01 to 9999-12-31) go through every evaluation entry point, with the rules pinned and following the
/// date; a decision always comes back, and its findings, explanation and JSON can be read.
/// </summary>
public sealed class NeverThrowsPropertyTests
{
    private static readonly LocalDate First = new(1, 1, 1);

    private static readonly int Days = Period.DaysBetween(First, new LocalDate(9999, 12, 31));

    /// <summary>Any date of the accepted range, with extra weight at both ends and around today.</summary>
    private static readonly Gen<LocalDate> AnyDate = Gen.Frequency(
        (4, Gen.Int[0, Days].Select(d => First.PlusDays(d))),
        (2, Gen.Int[0, 4000].Select(d => new LocalDate(9999, 12, 31).PlusDays(-d))),
        (1, Gen.Int[0, 400].Select(d => First.PlusDays(d))),
        (2, Gen.Int[-4000, 4000].Select(d => AsOf.PlusDays(d))));

    private static readonly Gen<LocalDate?> MaybeDate = Gen.Frequency((1, Gen.Const((LocalDate?)null)), (3, AnyDate.Select(d => (LocalDate?)d)));

    private static readonly Gen<Cluster> Clusters =
        from founder in Gen.Bool
        from kind in Gen.Frequency((1, Gen.Const((OrganisationKind?)null)), (3, Gen.Enum<OrganisationKind>().Select(k => (OrganisationKind?)k)))
        from start in AnyDate
        from to in MaybeDate
        from convention in MaybeDate
        from left in MaybeDate
        select new Cluster
        {
            Id = founder ? "loire-numerique" : "numerica",
            Name = "C",
            IsFounder = founder,
            Kind = kind,
            DeclaredAudience = ClusterAudience.DigitalProviders,
            FranceClustersMemberships = [new MembershipPeriod(start, to is LocalDate t && t >= start ? t : null)],
            ConventionSignedOn = convention,
            LeftOn = left,
        };

    private static readonly Gen<Company> Companies =
        from created in MaybeDate
        from ceased in MaybeDate
        from state in Gen.Frequency((1, Gen.Const((AdministrativeState?)null)), (3, Gen.Enum<AdministrativeState>().Select(s => (AdministrativeState?)s)))
        from year in Gen.Int[1, 9999]
        from membershipFrom in AnyDate
        from membershipTo in MaybeDate
        from derogationOn in MaybeDate
        from withMemberships in Gen.Bool
        select Company() with
        {
            CreatedOn = created,
            CeasedOn = ceased,
            State = state,
            ClosedYears = [new ClosedYearFigures(year, 5m, 1e6m, 1e6m)],
            Memberships = withMemberships ? [new ClusterMembership("loire-numerique", membershipFrom, membershipTo is LocalDate t && t >= membershipFrom ? t : null)] : null,
            Derogation = new SectorDerogation("loire-numerique", "édition de logiciels", derogationOn),
        };

    private static readonly Gen<Signature> Signatures =
        from granted in AnyDate
        from reviews in AnyDate.Array[0, 4]
        from given in Gen.Bool
        from raised in AnyDate
        from major in Gen.Bool
        from lifted in MaybeDate
        from renewal in AnyDate
        from level in Gen.Enum<CharterLevel>()
        from withdrawn in MaybeDate
        select new Signature
        {
            CompanySiren = "732829320",
            GrantedOn = granted,
            Reviews = given ? reviews : null,
            NonConformities = [new NonConformity { Id = "NC-1", Severity = major ? NonConformitySeverity.Major : NonConformitySeverity.Minor, RaisedOn = raised, LiftedOn = lifted is LocalDate l && l >= raised ? l : null }],
            Renewals = [new RenewalAssessment { AssessedOn = renewal, Level = level }],
            Withdrawal = withdrawn is LocalDate w ? new Withdrawal { On = w, Reason = "r" } : null,
        };

    private static readonly Gen<Assessment> Assessments =
        from date in AnyDate
        from kind in Gen.Enum<AssessmentKind>()
        select new Assessment
        {
            CompanySiren = "732829320",
            CharterVersion = "1",
            Date = date,
            Kind = kind,
            Answers = V1.Charter.Criteria.Select(c => new Answer { CriterionId = c.Id, Status = AnswerStatus.Met, Evidence = "e" }).ToArray(),
        };

    [Fact]
    public void EveryEntryPoint_GivesADecision_OverTheWholeDateRange()
    {
        Gen.Select(Clusters, Companies, Signatures, Assessments, AnyDate, Gen.Bool).Sample((cluster, company, signature, assessment, asOf, follow) =>
        {
            var clock = new FakeClock(asOf.AtMidnight().InZoneLeniently(ConsortiumRules.TimeZone).ToInstant());
            ConsortiumRules rules = follow ? new ConsortiumRules(RuleSetCatalog.Embedded, clock) : new ConsortiumRules(V1, clock);

            Read(rules.EvaluateCluster(cluster, asOf));
            Read(rules.EvaluateCluster(cluster));
            ConsortiumSnapshot snapshot = rules.Snapshot([cluster], asOf);
            Read(rules.EvaluateCompany(company, snapshot));
            Read(rules.EvaluateCompany(company, [cluster]));
            AssessmentResult result = rules.Score(assessment);
            Read(result);
            if (result.Level >= CharterLevel.Signatory)
            {
                rules.Grant(assessment).GrantedOn.Should().Be(assessment.Date);
            }

            Read(rules.EvaluateSignature(signature, company, asOf));
            Read(rules.EvaluateSignature(signature, company));
            ConsortiumReport report = rules.Evaluate(new DataSet([cluster], [company], [assessment], [signature]), asOf);
            report.ToJson().Should().NotBeEmpty();
            report.All.Should().HaveCount(4);
        }, iter: 3_000);
    }

    private static void Read(ClustersTic.Decisions.Decision decision)
    {
        decision.Findings.Should().NotBeNull();
        decision.Explain(Language.French).Should().NotBeEmpty();
        decision.Explain(Language.English).Should().NotBeEmpty();
        decision.ToJson(Language.French).Should().NotBeEmpty();
    }
}

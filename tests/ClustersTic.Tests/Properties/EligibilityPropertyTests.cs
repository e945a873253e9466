using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using CsCheck;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Properties;

/// <summary>
/// A company eligibility decision is made without findings; its findings are made when first read, by the same
/// rules run again. These properties tie the two together over varied companies: the outcome is what the
/// findings say, the findings are the same whenever and however often they are read, and reading them does not
/// change the decision.
/// </summary>
public sealed class EligibilityPropertyTests
{
    private static readonly ConsortiumSnapshot Consortium = Snapshot(AsOf, Founder(), Applicant() with { Id = "pending", ConventionSignedOn = null });

    private static readonly Gen<LocalDate?> NearDates = Gen.Frequency(
        (1, Gen.Const((LocalDate?)null)),
        (4, Gen.Int[-800, 800].Select(days => (LocalDate?)AsOf.PlusDays(days))));

    private static readonly Gen<decimal?> Figures = Gen.Frequency(
        (1, Gen.Const((decimal?)null)),
        (6, Gen.Int[0, 60_000_000].Select(v => (decimal?)v)));

    internal static readonly Gen<Company> Companies =
        from siren in Gen.OneOf(Gen.Const("732829320"), Gen.Const("732 829 320"), Gen.Const("732829321"), Gen.Const("73282932"), Gen.Const("abc"), Gen.Const("000000000"))
        from siret in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"73282932000074"), Gen.Const((string?)"73282932000075"), Gen.Const((string?)"55210055400013"), Gen.Const((string?)"x"))
        from naf in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"62.01Z"), Gen.Const((string?)"70.22Z"), Gen.Const((string?)"62-01"), Gen.Const((string?)" "))
        from naf2025 in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"62.10Y"), Gen.Const((string?)"70.22Y"))
        from state in Gen.Enum<AdministrativeState>().Nullable()
        from ceased in NearDates
        from created in NearDates
        from years in Gen.Select(Figures, Figures, Figures).Array[0, 3]
        from firstYear in Gen.Int[2021, 2026]
        from memberships in Gen.Select(Gen.OneOf(Gen.Const("loire-numerique"), Gen.Const("pending"), Gen.Const("nowhere")), NearDates, NearDates).Array[0, 4]
        from derogation in Gen.Frequency(
            (3, Gen.Const((SectorDerogation?)null)),
            (1, Gen.Select(Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)" "), Gen.Const((string?)"Éditeur")), NearDates)
                .Select(d => (SectorDerogation?)new SectorDerogation("spn", d.Item1, d.Item2))))
        select Company() with
        {
            Siren = siren,
            Siret = siret,
            NafRev2 = naf,
            Naf2025 = naf2025,
            State = state,
            CeasedOn = ceased,
            CreatedOn = created,
            ClosedYears = years.Select((y, i) => new ClosedYearFigures(firstYear + i, y.Item1, y.Item2, y.Item3)).ToArray(),
            Memberships = memberships.Select(m => new ClusterMembership(m.Item1, m.Item2 ?? AsOf.PlusYears(-5), m.Item3 is LocalDate to && to >= (m.Item2 ?? AsOf.PlusYears(-5)) ? to : null)).ToArray(),
            Derogation = derogation,
        };

    [Fact]
    public void TheOutcome_IsWhatTheFindingsSay()
    {
        Companies.Sample(company =>
        {
            CompanyEligibilityDecision decision = Rules.EvaluateCompany(company, Consortium);
            bool anyFailed = decision.Findings.Any(f => f.Status == FindingStatus.Failed);
            bool anyUnknown = decision.Findings.Any(f => f.Status == FindingStatus.Unknown);
            Outcome expected = anyFailed ? Outcome.Ineligible : anyUnknown ? Outcome.Incomplete : Outcome.Eligible;
            decision.Outcome.Should().Be(expected, decision.Explain(ClustersTic.Text.Language.English));
        }, iter: 20_000);
    }

    [Fact]
    public void TheFindings_AreTheSameWheneverTheyAreRead_AndReadingThemChangesNothing()
    {
        Companies.Sample(company =>
        {
            CompanyEligibilityDecision first = Rules.EvaluateCompany(company, Consortium);
            CompanyEligibilityDecision second = Rules.EvaluateCompany(company, Consortium);
            string json = second.ToJson();

            first.Findings.Should().Equal(second.Findings);
            first.Findings.Should().BeSameAs(first.Findings);
            first.ToJson().Should().Be(json);
            first.Outcome.Should().Be(second.Outcome);
            first.SizeCategory.Should().Be(second.SizeCategory);
            first.DecidingNafCode.Should().Be(second.DecidingNafCode);
        }, iter: 5_000);
    }
}

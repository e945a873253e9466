using System.Linq;
using System.Threading.Tasks;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Tests.Decisions;

/// <summary>Findings keep their argument values unformatted; these tests pin what callers see.</summary>
public sealed class FindingTests
{
    private static readonly LocalDate Day = new(2026, 2, 3);

    [Fact]
    public void ADateArgument_IsIsoInArgumentsAndLookups_AndInWordsInMessages()
    {
        Finding finding = Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", Day);

        finding.Arguments.Should().ContainSingle().Which.Should().Be(new FindingArgument("ceasedOn", "2026-02-03"));
        finding.GetArgument("ceasedOn").Should().Be("2026-02-03");
        finding.GetMessage(Language.English).Should().Be("The company ceased trading on 3 February 2026.");
        finding.GetMessage(Language.French).Should().Be("L’entreprise a cessé son activité le 3\u00A0février 2026.");
        Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", new LocalDate(2026, 12, 1)).GetMessage(Language.French)
            .Should().EndWith("le 1er\u00A0décembre 2026.", "the first of a month is written 1er");
    }

    [Fact]
    public void ANafCodeArgument_ReadsInItsCanonicalForm()
    {
        NafCode code = NafCode.Parse("7022z", NafNomenclature.Rev2);
        Finding finding = Finding.Create(FindingCatalog.CompanyNotDigital, "code", code);

        finding.GetArgument("code").Should().Be("70.22Z");
        finding.Arguments.Single().Value.Should().Be("70.22Z");
    }

    [Fact]
    public void Equality_ComparesCodeNamesAndValues_WhateverFormTheValueWasGivenIn()
    {
        Finding date = Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", Day);

        date.Should().Be(Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", Day));
        date.Should().Be(Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", "2026-02-03"), "the same value as text");
        date.GetHashCode().Should().Be(Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", "2026-02-03").GetHashCode());
        date.Should().NotBe(Finding.Create(FindingCatalog.CompanyCeased, "ceasedOn", Day.PlusDays(1)));
        date.Should().NotBe(Finding.Create(FindingCatalog.CompanyCeased, "other", Day), "the argument name differs");
        date.Should().NotBe(Finding.Create(FindingCatalog.SignatureExpired, "ceasedOn", Day), "the code differs");
        date.Should().NotBe(Finding.Create(FindingCatalog.CompanyCeased), "the argument count differs");
        date.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ManyArguments_KeepTheirOrder()
    {
        Finding finding = Finding.Create(
            FindingCatalog.SignatureRenewed, ("assessedOn", Day), ("from", Day.PlusDays(1)), ("until", Day.PlusYears(3)));

        finding.Arguments.Select(a => a.Name).Should().Equal("assessedOn", "from", "until");
        finding.Arguments.Select(a => a.Value).Should().Equal("2026-02-03", "2026-02-04", "2029-02-03");
        finding.GetArgument("until").Should().Be("2029-02-03");
        finding.Should().Be(Finding.Create(
            FindingCatalog.SignatureRenewed, ("assessedOn", Day), ("from", Day.PlusDays(1)), ("until", Day.PlusYears(3))));
        finding.Should().NotBe(Finding.Create(
            FindingCatalog.SignatureRenewed, ("assessedOn", Day), ("from", Day.PlusDays(1)), ("until", Day.PlusYears(2))));
    }

    [Fact]
    public void Arguments_AreBuiltOnce_EvenWhenReadFromManyThreadsAtOnce()
    {
        Finding finding = Finding.Create(FindingCatalog.ReviewDue, ("anniversary", Day), ("closes", Day.PlusMonths(2)));

        var seen = new System.Collections.Generic.IReadOnlyList<FindingArgument>[64];
        Parallel.For(0, seen.Length, i => seen[i] = finding.Arguments);

        seen.Should().OnlyContain(list => ReferenceEquals(list, seen[0]));
        seen[0].Select(a => a.Value).Should().Equal("2026-02-03", "2026-04-03");
    }

    [Fact]
    public void AFindingWithoutArguments_HasAnEmptyList()
    {
        Finding finding = Finding.Create(FindingCatalog.CompanyStateUnknown);

        finding.Arguments.Should().BeEmpty();
        finding.GetArgument("asOf").Should().BeNull();
    }

    [Fact]
    public void ADecisionsFindings_AreOneListForEveryReader_EvenReadFromManyThreadsAtOnce()
    {
        var rules = Support.Fixtures.Rules;
        var company = Support.Fixtures.Company() with { Siren = "732829321", Siret = null, NafRev2 = "70.22Z" };
        var consortium = Support.Fixtures.Snapshot(Support.Fixtures.AsOf, Support.Fixtures.Founder());
        for (int round = 0; round < 50; round++)
        {
            ClustersTic.Companies.CompanyEligibilityDecision decision = rules.EvaluateCompany(company, consortium);
            System.Collections.Generic.IReadOnlyList<Finding>[] seen = new System.Collections.Generic.IReadOnlyList<Finding>[8];
            Parallel.For(0, seen.Length, i => seen[i] = decision.Findings);

            seen.Should().OnlyContain(list => ReferenceEquals(list, seen[0]));
            seen[0].Select(f => f.Code).Should().Equal(FindingCodes.CompanySirenInvalid, FindingCodes.CompanyNotDigital);
            decision.Findings.Should().BeSameAs(seen[0]);
        }

        rules.EvaluateCompany(Support.Fixtures.Company(), consortium).Findings.Should().BeEmpty();
    }
}

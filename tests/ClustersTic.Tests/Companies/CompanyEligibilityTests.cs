using System;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Companies;

public sealed class CompanyEligibilityTests
{
    private static readonly ConsortiumSnapshot Consortium = Snapshot(AsOf, Founder(), Applicant() with { Id = "pending", ConventionSignedOn = null });

    private static CompanyEligibilityDecision Evaluate(Company company, ConsortiumSnapshot? consortium = null, ConsortiumRules? rules = null) =>
        (rules ?? Rules).EvaluateCompany(company, consortium ?? Consortium);

    [Fact]
    public void EligibleCompany_HasNoFindingAndReportsItsSize()
    {
        CompanyEligibilityDecision decision = Evaluate(Company());
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Findings.Should().BeEmpty();
        decision.SizeCategory.Should().Be(CompanySizeCategory.Micro);
        decision.DecidingNafCode!.Value.ToString().Should().Be("62.01Z");
        decision.Subject.Should().Be("732829320");
        decision.RuleSetFingerprint.Should().Be(V1.Fingerprint);
    }

    [Theory]
    [InlineData("732829321", "Checksum")]
    [InlineData("73282932", "WrongLength")]
    [InlineData("732-829-320", "InvalidCharacter")]
    [InlineData("000000000", "AllZeros")]
    public void Co1_InvalidSiren_IsIneligibleWithTheReason(string siren, string reason)
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { Siren = siren, Siret = null });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Finding f = decision.Findings.Single(x => x.RuleId == "CO-1");
        f.Code.Should().Be(FindingCodes.CompanySirenInvalid);
        f.GetArgument("reason").Should().Be(reason);
    }

    [Fact]
    public void Co1_SiretInvalidOrOfAnotherCompany_IsIneligible()
    {
        Codes(Evaluate(Company() with { Siret = "73282932000075" })).Should().Equal(FindingCodes.CompanySiretInvalid);
        Codes(Evaluate(Company() with { Siret = "55210055400013" })).Should().Equal(FindingCodes.CompanySiretOtherSiren);
        Evaluate(Company() with { Siret = null }).Outcome.Should().Be(Outcome.Eligible);
        Evaluate(Company() with { Siren = "732 829 320", Siret = "732 829 320 00074" }).Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Co2_CeasedOnD_IsInactiveFromDInclusive()
    {
        Company ceased = Company() with { State = AdministrativeState.Ceased, CeasedOn = AsOf };
        CompanyEligibilityDecision decision = Evaluate(ceased);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.CompanyCeased);
        Evaluate(ceased with { CeasedOn = AsOf.PlusDays(1) }).Outcome.Should().Be(Outcome.Eligible, "it still trades on the as-of date");
    }

    [Fact]
    public void Co2_CeasedWithoutDateOrUnknownState_IsIncomplete()
    {
        CompanyEligibilityDecision noDate = Evaluate(Company() with { State = AdministrativeState.Ceased, CeasedOn = null });
        noDate.Outcome.Should().Be(Outcome.Incomplete);
        Codes(noDate).Should().Equal(FindingCodes.CompanyCeasedDateUnknown);

        CompanyEligibilityDecision unknown = Evaluate(Company() with { State = null });
        unknown.Outcome.Should().Be(Outcome.Incomplete);
        Codes(unknown).Should().Equal(FindingCodes.CompanyStateUnknown);
    }

    [Fact]
    public void Co2_CreatedAfterTheAsOfDate_Fails()
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { CreatedOn = AsOf.PlusDays(1) });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.CompanyNotYetCreated);
        Evaluate(Company() with { CreatedOn = AsOf }).Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Co3_MembershipMustCoverTheAsOfDate()
    {
        Company ended = Company() with { Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1), AsOf.PlusDays(-1)) } };
        CompanyEligibilityDecision decision = Evaluate(ended);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.CompanyNoMemberCluster);
        Evaluate(ended with { Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1), AsOf) } }).Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Co3_ClusterNotAMember_DoesNotCount()
    {
        Company company = Company() with { Memberships = new[] { new ClusterMembership("pending", D(2020, 1, 1)) } };
        CompanyEligibilityDecision decision = Evaluate(company);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.CompanyClusterNotMember, FindingCodes.CompanyNoMemberCluster);
    }

    [Fact]
    public void Co3_UnknownCluster_IsIncomplete_ButAMemberClusterSuffices()
    {
        Company unknown = Company() with { Memberships = new[] { new ClusterMembership("nowhere", D(2020, 1, 1)) } };
        CompanyEligibilityDecision decision = Evaluate(unknown);
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(FindingCodes.CompanyClusterUnknown);

        Company both = Company() with { Memberships = new[] { new ClusterMembership("nowhere", D(2020, 1, 1)), new ClusterMembership("loire-numerique", D(2020, 1, 1)) } };
        Evaluate(both).Outcome.Should().Be(Outcome.Eligible);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Co3_ManyMemberships_AreExplainedInTheirOrder(int count)
    {
        // Memberships cycle through: not a member, unknown, ended before the as-of date.
        ClusterMembership At(int i) => (i % 3) switch
        {
            0 => new ClusterMembership("pending", D(2020, 1, 1)),
            1 => new ClusterMembership("unknown-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), D(2020, 1, 1)),
            _ => new ClusterMembership("loire-numerique", D(2013, 1, 1), AsOf.PlusDays(-1)),
        };
        ClusterMembership[] memberships = Enumerable.Range(0, count).Select(At).ToArray();
        CompanyEligibilityDecision decision = Evaluate(Company() with { Memberships = memberships });

        int notMembers = Enumerable.Range(0, count).Count(i => i % 3 == 0);
        string[] unknownIds = Enumerable.Range(0, count).Where(i => i % 3 == 1).Select(i => "unknown-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(
            Enumerable.Repeat(FindingCodes.CompanyClusterNotMember, notMembers)
                .Concat(Enumerable.Repeat(FindingCodes.CompanyClusterUnknown, unknownIds.Length)));
        decision.Findings.Where(f => f.Code == FindingCodes.CompanyClusterUnknown).Select(f => f.GetArgument("clusterId"))
            .Should().Equal(unknownIds);

        // A member cluster anywhere in the list suffices, and nothing is then reported for the others.
        ClusterMembership[] withMember = memberships.Append(new ClusterMembership("loire-numerique", D(2020, 1, 1))).ToArray();
        CompanyEligibilityDecision eligible = Evaluate(Company() with { Memberships = withMember });
        eligible.Outcome.Should().Be(Outcome.Eligible);
        eligible.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("62.01Z", true)]
    [InlineData("6202A", true)]
    [InlineData("58.29C", true)]
    [InlineData("70.22Z", false)]
    [InlineData("26.51A", false)]
    public void Co4_DigitalSectorList(string naf, bool eligible)
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { NafRev2 = naf });
        decision.Outcome.Should().Be(eligible ? Outcome.Eligible : Outcome.Ineligible);
        if (!eligible)
        {
            Codes(decision).Should().Equal(FindingCodes.CompanyNotDigital);
        }
    }

    [Fact]
    public void Co4_ValidDerogation_MakesADigitalProvider()
    {
        Company company = Company() with { NafRev2 = "70.22Z", Derogation = new SectorDerogation("loire-numerique", "Éditeur de logiciel classé en conseil", D(2020, 1, 1)) };
        CompanyEligibilityDecision decision = Evaluate(company);
        decision.Outcome.Should().Be(Outcome.Eligible);
        Codes(decision).Should().Equal(FindingCodes.CompanyDerogation);
    }

    [Theory]
    [InlineData("   ", 2020)]
    [InlineData(null, 2020)]
    [InlineData("Justifiée", null)]
    [InlineData("Justifiée", 2027)] // granted after the as-of date
    public void Co4_DerogationWithoutJustificationOrDate_IsIgnoredAndFails(string? justification, int? year)
    {
        Company company = Company() with
        {
            NafRev2 = "70.22Z",
            Derogation = new SectorDerogation("loire-numerique", justification, year is int y ? D(y, 1, 1) : null),
        };
        CompanyEligibilityDecision decision = Evaluate(company);
        decision.Outcome.Should().Be(Outcome.Ineligible, "an ignored derogation makes CO-4 fail, not unknown");
        Codes(decision).Should().Equal(FindingCodes.CompanyDerogationIgnored, FindingCodes.CompanyNotDigital);
    }

    [Fact]
    public void Co4_NoActivityCode_IsIncomplete_MalformedCode_IsIncomplete()
    {
        CompanyEligibilityDecision none = Evaluate(Company() with { NafRev2 = null, Naf2025 = null });
        none.Outcome.Should().Be(Outcome.Incomplete);
        Codes(none).Should().Equal(FindingCodes.CompanyActivityUnknown);

        CompanyEligibilityDecision malformed = Evaluate(Company() with { NafRev2 = "62-01" });
        malformed.Outcome.Should().Be(Outcome.Incomplete);
        Codes(malformed).Should().Equal(FindingCodes.CompanyNafInvalid);
    }

    [Theory]
    [InlineData("99.99Z")]
    [InlineData("62.01A")]
    [InlineData("6204Z")]
    public void Co4_WellFormedCodeThatDoesNotExist_IsUnknown_NeverDigital(string naf)
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { NafRev2 = naf, Naf2025 = null });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(FindingCodes.CompanyNafNotInNomenclature);
        decision.Findings[0].Status.Should().Be(FindingStatus.Unknown);
        decision.Findings[0].GetArgument("nomenclature").Should().Be("Rev2");

        // A valid derogation still makes the company a digital provider.
        Company derogated = Company() with { NafRev2 = naf, Derogation = new SectorDerogation("loire-numerique", "Éditeur de logiciels", D(2020, 1, 1)) };
        Evaluate(derogated).Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Co4_ANaf2025NationalSubClassReadAsRev2_IsUnknown_AndTheFindingSaysWhereItExists()
    {
        // Reading 5 reads an unlabelled 62.20G as rév. 2; INSEE's NAF 2025 has it (its letters G–L are national
        // sub-classes). The decision follows the reading (unknown) and says how to fix the record.
        Company unlabelled = new Company { Name = "Adour Code" }.WithNaf("62.20G");
        CompanyEligibilityDecision decision = Evaluate(Company() with { NafRev2 = unlabelled.NafRev2, Naf2025 = unlabelled.Naf2025 });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(FindingCodes.CompanyNafInOtherNomenclature);
        decision.Findings[0].GetMessage(ClustersTic.Text.Language.English).Should().Be(
            "The activity code 62.20G does not exist in the NAF rev. 2 nomenclature but does in the NAF 2025 nomenclature: the activity cannot be established until the code is recorded as a NAF 2025 code.");

        Evaluate(Company() with { NafRev2 = null, Naf2025 = "62.20G" }).Outcome.Should().Be(Outcome.Eligible, "labelled NAF 2025, it is digital (group 62)");
    }

    [Theory]
    [InlineData("72.2Z")]
    [InlineData("722A")]
    public void Co4_Rev1Code_GetsItsOwnFinding(string naf)
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { NafRev2 = naf, Naf2025 = null });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Codes(decision).Should().Equal(FindingCodes.CompanyNafFormerNomenclature);
        decision.Findings[0].GetMessage(ClustersTic.Text.Language.French).Should().Contain("ancienne nomenclature (NAF rév. 1)");
    }

    [Fact]
    public void Co4_Rev2DecidesBefore2027_Naf2025From2027_TheOtherWhenMissing()
    {
        Company company = Company() with { NafRev2 = "62.01Z", Naf2025 = "70.20Y" };
        ConsortiumSnapshot before = Snapshot(D(2026, 12, 31));
        ConsortiumSnapshot after = Snapshot(D(2027, 1, 1));
        Evaluate(company, before).Outcome.Should().Be(Outcome.Eligible);
        Evaluate(company, after).Outcome.Should().Be(Outcome.Ineligible);
        Evaluate(company, after).DecidingNafCode!.Value.Nomenclature.Should().Be(ClustersTic.Identifiers.NafNomenclature.Naf2025);

        Evaluate(company with { Naf2025 = null }, after).DecidingNafCode!.Value.ToString().Should().Be("62.01Z");
        Evaluate(company with { NafRev2 = null, Naf2025 = "63.91Y" }, before).Outcome.Should().Be(Outcome.Eligible, "web portals are digital in NAF 2025");
        Evaluate(company with { NafRev2 = "63.91Z", Naf2025 = null }, before).Outcome.Should().Be(Outcome.Ineligible, "63.91 is not in the rév. 2 list");
    }

    [Fact]
    public void Co5_UnknownSize_IsInformationOnly_WhenAllCategoriesAreEligible()
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { ClosedYears = Array.Empty<ClosedYearFigures>() });
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.SizeCategory.Should().BeNull();
        decision.Findings.Single().Code.Should().Be(FindingCodes.CompanySizeUnknown);
        decision.Findings.Single().Severity.Should().Be(FindingSeverity.Information);
    }

    [Fact]
    public void Co5_RestrictedCategories_UnknownSizeIsIncomplete_LargeIsIneligible()
    {
        RuleSet restricted = RuleSetText.Build(r => r["companyEligibility"]!["eligibleSizeCategories"] = new System.Text.Json.Nodes.JsonArray("Micro", "Small", "Medium"));
        var rules = new ConsortiumRules(restricted, Clock);
        ConsortiumSnapshot consortium = rules.Snapshot(new[] { Founder() }, AsOf);

        CompanyEligibilityDecision unknown = rules.EvaluateCompany(Company() with { ClosedYears = Array.Empty<ClosedYearFigures>() }, consortium);
        unknown.Outcome.Should().Be(Outcome.Incomplete);
        Codes(unknown).Should().Equal(FindingCodes.CompanySizeUnknownRestricted);

        Company large = Company() with { ClosedYears = new[] { new ClosedYearFigures(2024, 6000m, 2e9m, 3e9m), new ClosedYearFigures(2025, 6000m, 2e9m, 3e9m) } };
        CompanyEligibilityDecision ineligible = rules.EvaluateCompany(large, consortium);
        ineligible.Outcome.Should().Be(Outcome.Ineligible);
        Codes(ineligible).Should().Equal(FindingCodes.CompanySizeNotEligible);
        ineligible.SizeCategory.Should().Be(CompanySizeCategory.Large);
    }

    [Fact]
    public void Co5_YearsNotClosedOnTheAsOfDate_AreLeftOut()
    {
        Company company = Company() with { ClosedYears = new[] { new ClosedYearFigures(2026, 300m, 60e6m, 60e6m), new ClosedYearFigures(2027, 300m, 60e6m, 60e6m) } };
        Evaluate(company, Snapshot(D(2026, 6, 1))).SizeCategory.Should().Be(CompanySizeCategory.Intermediate);
        Evaluate(company, Snapshot(D(2025, 6, 1))).SizeCategory.Should().BeNull();
    }

    [Fact]
    public void Co5_YearsInAnyOrder_GiveTheSameCategory()
    {
        var years = new[]
        {
            new ClosedYearFigures(2022, 5m, 1e6m, 1e6m),
            new ClosedYearFigures(2023, 20m, 5e6m, 5e6m),
            new ClosedYearFigures(2024, 60m, 20e6m, 20e6m),
        };
        Evaluate(Company() with { ClosedYears = years }).SizeCategory.Should().Be(CompanySizeCategory.Small);
        Evaluate(Company() with { ClosedYears = years.Reverse().ToArray() }).SizeCategory.Should().Be(CompanySizeCategory.Small);
        Evaluate(Company() with { ClosedYears = new[] { years[0], years[2] } }).SizeCategory.Should().BeNull("a missing year makes it unknown");
    }

    [Fact]
    public void FailedAndUnknown_GiveIneligible_WithEveryFinding()
    {
        CompanyEligibilityDecision decision = Evaluate(Company() with { Siren = "123456789", Siret = null, State = null, NafRev2 = null, Naf2025 = null });
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Equal(FindingCodes.CompanySirenInvalid, FindingCodes.CompanyStateUnknown, FindingCodes.CompanyActivityUnknown);
    }

    [Fact]
    public void EvaluateCompany_WithClusterList_UsesTodayInParis()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 12, 31, 23, 30)); // 2027-01-01 00:30 in Paris
        var rules = new ConsortiumRules(V1, clock);
        rules.Today.Should().Be(D(2027, 1, 1));
        Company company = Company() with { NafRev2 = "62.01Z", Naf2025 = "70.20Y" };
        rules.EvaluateCompany(company, new[] { Founder() }).AsOf.Should().Be(D(2027, 1, 1));
        rules.EvaluateCompany(company, new[] { Founder() }).Outcome.Should().Be(Outcome.Ineligible, "NAF 2025 decides from 2027-01-01 in Paris");
    }

    [Fact]
    public void Company_DuplicateClosedYears_AreRejectedWhenBuilt()
    {
        FluentActions.Invoking(() => Company() with { ClosedYears = new[] { new ClosedYearFigures(2024, 1m, 1m, 1m), new ClosedYearFigures(2024, 2m, 1m, 1m) } })
            .Should().Throw<ArgumentException>().WithMessage("*2024*");
    }
}

using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.Signatures;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Readings;

/// <summary>
/// The readings added after the first release (rulebook §9, readings 30–43), one region per reading. Readings
/// 30–36 and 41 changed the library's answers (these tests failed before); 37–40, 42 and 43 describe what it
/// already did and are pinned here. Reading 36 is in <c>Charter/CharterScoringTests</c>, reading 35's property
/// test in <c>Properties/NeverThrowsPropertyTests</c>, and the rule set following the date (issue 12) in
/// <c>Extensions/AddClustersTicTests</c>.
/// </summary>
public sealed class Readings30To43Tests
{
    private static CompanyEligibilityDecision Eligibility(Company company, LocalDate? asOf = null, params Cluster[] clusters) =>
        Rules.EvaluateCompany(company, clusters.Length == 0 ? new[] { Founder() } : clusters, asOf ?? AsOf);

    private static SignatureDecision Status(Signature signature, LocalDate asOf, Company? company = null) =>
        Rules.EvaluateSignature(signature, company ?? Company(), asOf);

    // Reading 30: founders.
    [Fact]
    public void Reading30_AFounder_IsDeemedToMeetCl2AndCl3_WhateverItsRecordSays()
    {
        Cluster odd = Founder() with
        {
            Kind = OrganisationKind.CompanyClub,
            DeclaredAudience = ClusterAudience.IctUsers,
            Members = Distinct(Company() with { NafRev2 = "70.22Z", Naf2025 = null }),
        };
        ClusterAdmissionDecision decision = Rules.EvaluateCluster(odd, AsOf);
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.IsMember.Should().BeTrue();
        Codes(decision).Should().Equal(FindingCodes.ClusterFounder);
    }

    [Fact]
    public void Reading30_AFounderWithNoConventionDate_IsAMemberFrom20091207()
    {
        Cluster founder = Founder() with { ConventionSignedOn = null };
        Rules.EvaluateCluster(founder, AsOf).IsMember.Should().BeTrue();
        Rules.EvaluateCluster(founder, D(2009, 12, 7)).IsMember.Should().BeTrue();
        ClusterAdmissionDecision before = Rules.EvaluateCluster(founder, D(2009, 12, 6));
        before.Outcome.Should().Be(Outcome.Eligible);
        before.PendingSignature.Should().BeTrue();
        before.IsMember.Should().BeFalse();
    }

    [Fact]
    public void Reading30_AFounderRecordedWithAnotherConventionDate_IsAMemberFrom20091207_WithAWarning()
    {
        ClusterAdmissionDecision decision = Rules.EvaluateCluster(Founder() with { ConventionSignedOn = D(2012, 6, 1) }, D(2010, 1, 1));
        decision.IsMember.Should().BeTrue();
        Explained(decision).Should().Contain($"{FindingCodes.ClusterFounderConventionDate} recorded=2012-06-01 conventionDate=2009-12-07");
        decision.Findings.Single(f => f.Code == FindingCodes.ClusterFounderConventionDate).Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void Reading30_Cl1_AppliesToFounders()
    {
        ClusterAdmissionDecision decision = Rules.EvaluateCluster(Founder() with { FranceClustersMemberships = [] }, AsOf);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Codes(decision).Should().Contain(FindingCodes.ClusterNoMembership);
    }

    // Reading 31: not given is not invalid.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\u202F\t")]
    public void Reading31_ASirenNotGiven_MakesCo1Unknown_NeverFailed(string? siren)
    {
        CompanyEligibilityDecision decision = Eligibility(Company() with { Siren = siren, Siret = null });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        decision.Findings.Should().ContainSingle(f => f.RuleId == "CO-1")
            .Which.Should().Match<Finding>(f => f.Code == FindingCodes.CompanySirenMissing && f.Status == FindingStatus.Unknown);
        decision.Subject.Should().Be(string.Empty, "a SIREN that is not given has no canonical form");
        decision.SubjectAsGiven.Should().Be(siren ?? string.Empty);
    }

    [Fact]
    public void Reading31_MembershipsNotGiven_MakeCo3Unknown_AnEmptyListFailsIt()
    {
        CompanyEligibilityDecision notGiven = Eligibility(Company() with { Memberships = null });
        notGiven.Outcome.Should().Be(Outcome.Incomplete);
        Codes(notGiven).Should().Equal(FindingCodes.CompanyMembershipsUnknown);

        CompanyEligibilityDecision none = Eligibility(Company() with { Memberships = [] });
        none.Outcome.Should().Be(Outcome.Ineligible);
        Codes(none).Should().Equal(FindingCodes.CompanyNoMemberCluster);
    }

    [Fact]
    public void Reading31_InADataSet_AbsentOrNullIsNotGiven_AndAnEmptyListIsNone()
    {
        DataSet data = DataSet.Parse("""
            {
              "clusters": [{ "id": "loire-numerique", "name": "Loire Numérique", "isFounder": true, "franceClustersMemberships": [{ "from": "2005-01-01" }] }],
              "companies": [
                { "name": "Sans SIREN", "memberships": [] },
                { "siren": null, "name": "SIREN null" },
                { "siren": "732829320", "name": "Adhésions absentes" },
                { "siren": "443121975", "name": "Adhésions nulles", "memberships": null }
              ],
              "signatures": [
                { "companySiren": "732829320", "grantedOn": "2024-01-15" },
                { "companySiren": "443121975", "grantedOn": "2024-01-15", "reviews": [] }
              ]
            }
            """);
        data.Companies[0].Siren.Should().BeNull();
        data.Companies[0].Memberships.Should().BeEmpty();
        data.Companies[1].Siren.Should().BeNull();
        data.Companies[2].Memberships.Should().BeNull();
        data.Companies[3].Memberships.Should().BeNull();
        data.Signatures[0].Reviews.Should().BeNull();
        data.Signatures[1].Reviews.Should().BeEmpty();

        ConsortiumReport report = Rules.Evaluate(data, AsOf);
        report.Companies.Select(c => c.Findings.Any(f => f.Code == FindingCodes.CompanySirenMissing)).Should().Equal(true, true, false, false);
        report.Companies[2].Findings.Select(f => f.Code).Should().Contain(FindingCodes.CompanyMembershipsUnknown);
        report.Signatures[0].Status.Should().Be(SignatureStatus.Undetermined, "neither the reviews nor the memberships are given");
        report.Signatures[1].Status.Should().Be(SignatureStatus.Suspended, "a missed review is a known reason, which comes before an undetermined one");
        Codes(report.Signatures[1]).Should().Contain(FindingCodes.MembershipsUnknown).And.Contain(FindingCodes.ReviewMissed);

        // Saving keeps the difference between "not given" and "none".
        DataSet again = DataSet.Parse(data.ToJson());
        again.Companies.Should().Equal(data.Companies);
        again.Signatures.Should().Equal(data.Signatures);
    }

    [Fact]
    public void Reading31_ReviewsNotGiven_LeaveAnOpenedWindowUndetermined_NeverMissed()
    {
        var signature = new Signature { CompanySiren = "732829320", GrantedOn = D(2024, 1, 15) };
        Status(signature, D(2024, 6, 1)).Status.Should().Be(SignatureStatus.Active, "no review window has opened yet");
        SignatureDecision later = Status(signature, D(2025, 6, 1));
        later.Status.Should().Be(SignatureStatus.Undetermined);
        Explained(later).Should().Contain($"{FindingCodes.ReviewsUnknown} anniversary=2025-01-15");
        Codes(later).Should().NotContain(FindingCodes.ReviewMissed);
        Status(signature with { Reviews = [] }, D(2025, 6, 1)).Status.Should().Be(SignatureStatus.Suspended);
        later.Summarize(ClustersTic.Text.Language.French).Should().StartWith("732829320\u00A0: signature «\u202FIndéterminée\u202F»");
        later.Summarize(ClustersTic.Text.Language.English).Should().StartWith("732829320: signature 'Undetermined'");
        later.ToJson().Should().Contain("\"status\": \"Undetermined\"");
    }

    // Reading 32: CO-3 over a cluster whose admission is incomplete.
    [Fact]
    public void Reading32_AMembershipInAClusterWhoseAdmissionIsIncomplete_MakesCo3Unknown()
    {
        Cluster incomplete = Applicant() with { Kind = null };
        Company company = Company() with { Memberships = [new ClusterMembership(incomplete.Id, D(2016, 1, 1))] };
        CompanyEligibilityDecision decision = Eligibility(company, AsOf, incomplete);
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Explained(decision).Should().Equal($"{FindingCodes.CompanyClusterAdmissionIncomplete} clusterId=numerica asOf=2026-11-28");

        // A covering membership in a member cluster still meets CO-3.
        Company both = company with { Memberships = [.. company.Memberships!, new ClusterMembership("loire-numerique", D(2016, 1, 1))] };
        Eligibility(both, AsOf, incomplete, Founder()).Outcome.Should().Be(Outcome.Eligible);

        // A known non-member cluster fails it.
        Cluster ineligible = Applicant() with { Kind = OrganisationKind.CioNetwork };
        Eligibility(company, AsOf, ineligible).Outcome.Should().Be(Outcome.Ineligible);
    }

    // Reading 33: repeated members.
    [Fact]
    public void Reading33_ARepeatedMember_IsCountedOnce_WithAFinding()
    {
        Company[] others = Distinct(Company() with { NafRev2 = "70.22Z", Naf2025 = null }, Company() with { NafRev2 = "70.22Z", Naf2025 = null });
        Company provider = Company();
        Company sameWithSpaces = provider with { Siren = "732 829 320" };

        // Counted three times, the provider would make 3 of 5 (eligible); counted once it is 1 of 3.
        ClusterAdmissionDecision decision = Rules.EvaluateCluster(Applicant() with { Members = [provider, .. others, provider, sameWithSpaces] }, AsOf);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        Explained(decision).Should().Equal(
            $"{FindingCodes.ClusterRepeatedMember} siren=732829320",
            $"{FindingCodes.ClusterRepeatedMember} siren=732829320",
            $"{FindingCodes.ClusterProviderShareTooLow} providers=1 members=3 share=33.3 % minimum=50.0 %");
    }

    [Fact]
    public void Reading33_ADataSetThatRepeatsAMember_IsRejected_WithTheLocation()
    {
        const string json = """
            {
              "clusters": [{ "id": "c", "name": "C", "memberSirens": ["732829320",
                "732 829 320"] }],
              "companies": [{ "siren": "732829320", "name": "A" }]
            }
            """;
        var ex = FluentActions.Invoking(() => DataSet.Parse(json)).Should().Throw<DataSetValidationException>().Which;
        ex.Problems.Should().ContainSingle().Which.Should().Match<ClustersTic.Documents.DocumentProblem>(p =>
            p.Code == "dataset.duplicate-member" && p.Path == "$.clusters[0].memberSirens[1]" && p.Line == 3);
    }

    // Reading 34: contradictions are findings, never silence.
    [Fact]
    public void Reading34_EventsBeforeTheGrant_AreIgnored_EachWithAWarning()
    {
        var signature = new Signature
        {
            CompanySiren = "732829320",
            GrantedOn = D(2024, 1, 15),
            Reviews = [D(2023, 12, 1), D(2024, 12, 1), D(2025, 12, 1)],
            NonConformities = [new NonConformity { Id = "NC-1", Severity = NonConformitySeverity.Major, RaisedOn = D(2023, 6, 1) }],
            Withdrawal = new Withdrawal { On = D(2023, 9, 1), Reason = "erreur de saisie" },
        };
        SignatureDecision decision = Status(signature, AsOf);
        decision.Status.Should().Be(SignatureStatus.Active, "none of the earlier events applies to this signature");
        Explained(decision).Take(3).Should().Equal(
            $"{FindingCodes.ReviewBeforeGrant} reviewedOn=2023-12-01 grantedOn=2024-01-15",
            $"{FindingCodes.NonConformityBeforeGrant} id=NC-1 raisedOn=2023-06-01 grantedOn=2024-01-15",
            $"{FindingCodes.WithdrawalBeforeGrant} withdrawnOn=2023-09-01 grantedOn=2024-01-15");
        decision.Findings.Take(3).Should().OnlyContain(f => f.Severity == FindingSeverity.Warning);
        decision.LevelCap.Should().BeNull();
    }

    [Fact]
    public void Reading34_AnActiveCompanyWithACessationDate_IsCeasedFromThatDate_WithAWarning()
    {
        Company company = Company() with { State = AdministrativeState.Active, CeasedOn = D(2026, 6, 30) };
        CompanyEligibilityDecision before = Eligibility(company, D(2026, 6, 29));
        before.Outcome.Should().Be(Outcome.Eligible);
        Explained(before).Should().Contain($"{FindingCodes.CompanyActiveWithCessationDate} ceasedOn=2026-06-30");
        CompanyEligibilityDecision after = Eligibility(company, D(2026, 6, 30));
        after.Outcome.Should().Be(Outcome.Ineligible);
        Codes(after).Should().Equal(FindingCodes.CompanyActiveWithCessationDate, FindingCodes.CompanyCeased);
    }

    [Fact]
    public void Reading34_ACessationBeforeTheCreation_MakesCo2Unknown()
    {
        CompanyEligibilityDecision decision = Eligibility(Company() with { State = AdministrativeState.Ceased, CreatedOn = D(2012, 5, 1), CeasedOn = D(2011, 1, 1) });
        decision.Outcome.Should().Be(Outcome.Incomplete);
        Explained(decision).Should().Equal($"{FindingCodes.CompanyCeasedBeforeCreated} ceasedOn=2011-01-01 createdOn=2012-05-01");
    }

    [Fact]
    public void Reading34_ClosedYearsAfterTheAsOfDate_AreIgnored_WithAnInformationFinding()
    {
        Company company = Company() with
        {
            ClosedYears = [new ClosedYearFigures(2027, 400m, 90e6m, 60e6m), new ClosedYearFigures(2024, 6m, 900_000m, 400_000m), new ClosedYearFigures(2025, 7m, 1_100_000m, 500_000m), new ClosedYearFigures(2028, 400m, 90e6m, 60e6m)],
        };
        CompanyEligibilityDecision decision = Eligibility(company);
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.SizeCategory.Should().Be(CompanySizeCategory.Micro);
        Explained(decision).Should().Equal(
            $"{FindingCodes.CompanyYearNotClosed} year=2027 asOf=2026-11-28",
            $"{FindingCodes.CompanyYearNotClosed} year=2028 asOf=2026-11-28");
        decision.Findings.Should().OnlyContain(f => f.Severity == FindingSeverity.Information);
    }

    // Reading 35: evaluating an accepted record never throws.
    [Fact]
    public void Reading35_AGrantIn9998_HasNoComputableExpiry_ForThatRecordAlone()
    {
        Signature late = new() { CompanySiren = "732829320", GrantedOn = D(9998, 6, 1), Reviews = [] };
        SignatureDecision decision = Status(late, D(9998, 7, 1));
        decision.Status.Should().Be(SignatureStatus.Active);
        decision.ExpiresOn.Should().BeNull();
        Explained(decision).Should().Contain($"{FindingCodes.ExpiryBeyondCalendar} from=9998-06-01");
        decision.Findings.Single(f => f.Code == FindingCodes.ExpiryBeyondCalendar).Status.Should().Be(FindingStatus.Unknown);

        // In a batch, the other records are decided as usual.
        var data = new DataSet([Founder()], [Company()], [], [late, late with { GrantedOn = D(2024, 1, 15) }]);
        ConsortiumReport report = Rules.Evaluate(data, D(9999, 12, 31));
        report.Signatures[0].ExpiresOn.Should().BeNull();
        report.Signatures[1].Status.Should().Be(SignatureStatus.Expired);
        report.ToJson().Should().Contain("LC-5.expiry-beyond-calendar");
    }

    [Fact]
    public void Reading35_ANonConformityWhoseDeadlineIsPastTheCalendar_StaysOpen_WithItsOwnFinding()
    {
        Signature signature = new()
        {
            CompanySiren = "732829320",
            GrantedOn = D(9998, 6, 1),
            Reviews = [],
            NonConformities = [new NonConformity { Id = "NC-9", Severity = NonConformitySeverity.Major, RaisedOn = D(9999, 11, 1) }],
        };
        SignatureDecision decision = Status(signature, D(9999, 12, 31));
        decision.LevelCap.Should().Be(CharterLevel.Signatory);
        Explained(decision).Should().Contain($"{FindingCodes.DeadlineBeyondCalendar} id=NC-9 raisedOn=9999-11-01");
    }

    [Fact]
    public void Reading35_ASignatureWhoseCompanyIsNotInTheDataSet_IsDecided_NotThrown()
    {
        var data = new DataSet([Founder()], [Company()], [], [new Signature { CompanySiren = "443121975", GrantedOn = D(2024, 1, 15), Reviews = [D(2024, 12, 1), D(2025, 12, 1)] }]);
        SignatureDecision decision = Rules.Evaluate(data, AsOf).Signatures.Single();
        decision.Status.Should().Be(SignatureStatus.Undetermined);
        Codes(decision).Should().Contain(FindingCodes.MembershipsUnknown);
    }

    [Fact]
    public void Reading35_ADataSetThatCouldNotBeEvaluated_IsNotAccepted()
    {
        FluentActions.Invoking(() => new DataSet([Founder(), Founder()], [], [], []))
            .Should().Throw<System.ArgumentException>().WithMessage("Two clusters have the id 'loire-numerique'.*");
    }

    // Reading 37: closed years in the order of their year numbers; a missing year makes the category unknown.
    [Fact]
    public void Reading37_ClosedYears_AreReadInYearOrder_AndAGapMakesTheCategoryUnknown()
    {
        ClosedYearFigures y23 = new(2023, 8m, 1.5e6m, 1e6m), y24 = new(2024, 12m, 2.5e6m, 2e6m), y25 = new(2025, 14m, 3e6m, 2e6m);
        CompanySize.Classify([y25, y23, y24]).Should().Be(CompanySize.Classify([y23, y24, y25])).And.Be(CompanySizeCategory.Small);
        CompanySize.Classify([y25, y23]).Should().BeNull();
    }

    // Reading 38: NAF input trimmed of leading and trailing Unicode white space; white space inside is invalid.
    [Theory]
    [InlineData("\t62.01Z\n", true)]
    [InlineData("\u00A0\u200362.01Z\u2029", true)]
    [InlineData("62.01 Z", false)]
    [InlineData("62.\t01Z", false)]
    [InlineData("\u001C62.01Z", false)]
    public void Reading38_NafCodes_AreTrimmedOfUnicodeWhiteSpaceOnly(string text, bool valid)
    {
        ClustersTic.Identifiers.NafCode.TryParse(text, out _).Should().Be(valid);
        CompanyEligibilityDecision decision = Eligibility(Company() with { NafRev2 = text, Naf2025 = null });
        decision.Outcome.Should().Be(valid ? Outcome.Eligible : Outcome.Incomplete);
    }

    // Reading 39: blank is empty or only White_Space characters; U+001C–U+001F are not white space.
    [Theory]
    [InlineData("\u001C", true)]
    [InlineData("\u001F", true)]
    [InlineData("\u00A0\u2003\u3000", false)]
    [InlineData(" \t\r\n", false)]
    public void Reading39_Blank_FollowsTheUnicodeWhiteSpaceProperty(string justification, bool counts)
    {
        Company company = Company() with { NafRev2 = "70.22Z", Naf2025 = null, Derogation = new SectorDerogation("loire-numerique", justification, D(2020, 1, 1)) };
        Eligibility(company).Outcome.Should().Be(counts ? Outcome.Eligible : Outcome.Ineligible);

        Criterion needsEvidence = V1.Charter.Criteria.First(c => c.EvidenceRequired);
        var assessment = new Assessment
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = AssessmentKind.SelfAssessment,
            Answers = [new Answer { CriterionId = needsEvidence.Id, Status = AnswerStatus.Met, Evidence = justification }],
        };
        Rules.Score(assessment).Criteria.Single(c => c.Criterion.Id == needsEvidence.Id).Counted
            .Should().Be(counts ? AnswerStatus.Met : AnswerStatus.Unknown);
    }

    // Reading 40: a renewing assessment also counts as the annual review on its date.
    [Fact]
    public void Reading40_ARenewingAssessment_EndsAReviewSuspensionFromItsDate()
    {
        var signature = new Signature
        {
            CompanySiren = "732829320",
            GrantedOn = D(2024, 1, 15),
            Reviews = [D(2025, 1, 10)], // the 2026 review is missed: suspended from 2026-02-16
            Renewals = [new RenewalAssessment { AssessedOn = D(2026, 9, 1), Level = CharterLevel.Signatory }],
        };
        Status(signature, D(2026, 8, 31)).Status.Should().Be(SignatureStatus.Suspended);
        Status(signature, D(2026, 9, 1)).Status.Should().Be(SignatureStatus.Active);
    }

    // Reading 41: after a renewal and until the old expiry, the period in force is the old one.
    [Fact]
    public void Reading41_ARenewedSignature_ReportsItsOldPeriodUntilTheOldExpiry_AndSaysItIsRenewed()
    {
        var signature = new Signature
        {
            CompanySiren = "732829320",
            GrantedOn = D(2024, 1, 15),
            Reviews = [D(2025, 1, 10), D(2026, 1, 10)],
            Renewals = [new RenewalAssessment { AssessedOn = D(2026, 10, 1), Level = CharterLevel.Confirmed }],
        };
        SignatureDecision renewed = Status(signature, AsOf);
        renewed.PeriodStart.Should().Be(D(2024, 1, 15));
        renewed.ExpiresOn.Should().Be(D(2027, 1, 15));
        renewed.IsRenewed.Should().BeTrue();
        renewed.RenewalExpiresOn.Should().Be(D(2030, 1, 15));
        renewed.Summarize(ClustersTic.Text.Language.English).Should().Contain("renewed until 14 January 2030");
        renewed.ToJson().Should().Contain("\"renewalExpiresOn\": \"2030-01-15\"");

        SignatureDecision lastOldDay = Status(signature, D(2027, 1, 14));
        lastOldDay.PeriodStart.Should().Be(D(2024, 1, 15));

        SignatureDecision newPeriod = Status(signature, D(2027, 1, 15));
        newPeriod.PeriodStart.Should().Be(D(2027, 1, 15));
        newPeriod.ExpiresOn.Should().Be(D(2030, 1, 15));
        newPeriod.IsRenewed.Should().BeFalse();
        newPeriod.Status.Should().Be(SignatureStatus.Active);
    }

    // Reading 42: a missing headcount makes the category unknown unless the known figures decide it alone.
    [Fact]
    public void Reading42_AMissingHeadcount_IsUnknown_UnlessBothMoneyFiguresMakeItLarge()
    {
        CompanySize.Classify([new ClosedYearFigures(2024, null, 2_000e6m, 2_500e6m), new ClosedYearFigures(2025, null, 1_600e6m, 2_100e6m)])
            .Should().Be(CompanySizeCategory.Large);
        CompanySize.Classify([new ClosedYearFigures(2024, null, 2_000e6m, 1_000e6m), new ClosedYearFigures(2025, null, 2_000e6m, 1_000e6m)])
            .Should().BeNull("the balance sheet is under the ETI ceiling: the headcount would decide");
        CompanySize.Classify([new ClosedYearFigures(2024, null, 1e6m, 1e6m), new ClosedYearFigures(2025, null, 1e6m, 1e6m)]).Should().BeNull();
    }

    // Reading 43: a blank NAF code is not given; reading 7 then uses the other code; with neither, CO-4 is unknown.
    [Fact]
    public void Reading43_ABlankNafCode_IsNotGiven()
    {
        Eligibility(Company() with { NafRev2 = " \t", Naf2025 = "62.10Y" }, D(2026, 6, 1)).DecidingNafCode.Should().Be(ClustersTic.Identifiers.NafCode.Parse("62.10Y"));
        Eligibility(Company() with { NafRev2 = "62.01Z", Naf2025 = "\u2003" }, D(2027, 6, 1)).DecidingNafCode.Should().Be(ClustersTic.Identifiers.NafCode.Parse("62.01Z"));
        CompanyEligibilityDecision neither = Eligibility(Company() with { NafRev2 = "", Naf2025 = "  " });
        neither.Outcome.Should().Be(Outcome.Incomplete);
        Codes(neither).Should().Equal(FindingCodes.CompanyActivityUnknown);
    }
}

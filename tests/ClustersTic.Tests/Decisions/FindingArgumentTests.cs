using System;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using ClustersTic.Tests.Support;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Decisions;

/// <summary>
/// The values each finding carries, exactly: they are what a cluster's tool shows and stores, so a finding
/// with the right code but a wrong date, id or share is a defect. (Found missing by mutation testing.)
/// </summary>
public sealed class FindingArgumentTests
{
    private static CompanyEligibilityDecision Company(Company company) => Rules.EvaluateCompany(company, new[] { Founder() }, AsOf);

    [Fact]
    public void Co1_InvalidSiret_GivesTheSiretAndTheReason()
    {
        Explained(Company(Fixtures.Company() with { Siret = "73282932000075" }))
            .Should().Equal($"{FindingCodes.CompanySiretInvalid} siret=73282932000075 reason=Checksum");
    }

    [Fact]
    public void Co1_SiretOfAnotherCompany_GivesBothIdentifiers()
    {
        string otherSiren = Luhn.Complete("73282931");
        string siret = Luhn.Complete(otherSiren + "0001");

        Explained(Company(Fixtures.Company() with { Siret = siret }))
            .Should().Equal($"{FindingCodes.CompanySiretOtherSiren} siret={siret} siren=732829320");
    }

    [Fact]
    public void Co2_NotYetCreated_GivesBothDates()
    {
        Explained(Company(Fixtures.Company() with { CreatedOn = D(2027, 1, 4) }))
            .Should().Equal($"{FindingCodes.CompanyNotYetCreated} asOf=2026-11-28 createdOn=2027-01-04");
    }

    [Fact]
    public void Co3_UnknownCluster_GivesItsId()
    {
        Explained(Company(Fixtures.Company() with { Memberships = new[] { new ClusterMembership("nowhere", D(2013, 1, 1)) } }))
            .Should().Equal($"{FindingCodes.CompanyClusterUnknown} clusterId=nowhere");
    }

    [Fact]
    public void Co3_NotMemberThenUnknown_NotesTheNonMemberAndLeavesTheRuleUnknown()
    {
        Cluster club = Founder("club") with { Kind = OrganisationKind.CompanyClub, IsFounder = false };
        Company company = Fixtures.Company() with
        {
            Memberships = new[] { new ClusterMembership("club", D(2013, 1, 1)), new ClusterMembership("nowhere", D(2013, 1, 1)), new ClusterMembership("old", D(2010, 1, 1), D(2012, 1, 1)) },
        };

        CompanyEligibilityDecision decision = Rules.EvaluateCompany(company, new[] { Founder(), club }, AsOf);

        decision.Outcome.Should().Be(Outcome.Incomplete);
        Explained(decision).Should().Equal(
            $"{FindingCodes.CompanyClusterNotMember} clusterId=club asOf=2026-11-28",
            $"{FindingCodes.CompanyClusterUnknown} clusterId=nowhere");
    }

    [Fact]
    public void Co4_InvalidNafCode_GivesTheCodeAsGiven()
    {
        Explained(Company(Fixtures.Company() with { NafRev2 = "62-01Z", Naf2025 = null }))
            .Should().Equal($"{FindingCodes.CompanyNafInvalid} code=62-01Z");
    }

    [Fact]
    public void Co4_DerogationWithoutJustification_IsIgnored_WithTheClusterAndTheDate()
    {
        Company company = Fixtures.Company() with { NafRev2 = "70.22Z", Naf2025 = null, Derogation = new SectorDerogation("loire-numerique", " ", D(2020, 1, 1)) };

        Explained(Company(company)).Should().Equal(
            $"{FindingCodes.CompanyDerogationIgnored} clusterId=loire-numerique asOf=2026-11-28",
            $"{FindingCodes.CompanyNotDigital} code=70.22Z");
    }

    [Fact]
    public void Co5_SizeNotEligible_GivesTheCategory()
    {
        RuleSet restricted = RuleSetText.Build(r => r["companyEligibility"]!["eligibleSizeCategories"] = new System.Text.Json.Nodes.JsonArray("Micro"));
        var rules = new ConsortiumRules(restricted, Clock);
        Company small = Fixtures.Company() with { ClosedYears = new[] { new ClosedYearFigures(2024, 20m, 3e6m, 3e6m), new ClosedYearFigures(2025, 20m, 3e6m, 3e6m) } };

        Explained(rules.EvaluateCompany(small, new[] { Founder() }, AsOf))
            .Should().Equal($"{FindingCodes.CompanySizeNotEligible} category=Small");
    }

    [Fact]
    public void Cl4_Left_GivesTheDate()
    {
        Explained(Rules.EvaluateCluster(Founder() with { LeftOn = D(2020, 6, 30) }, AsOf))
            .Should().Equal($"{FindingCodes.ClusterLeft} leftOn=2020-06-30", $"{FindingCodes.ClusterFounder} conventionDate=2009-12-07");
    }

    [Fact]
    public void Founder_GivesTheFoundingConventionDate_WhateverTheRecordSays()
    {
        Explained(Rules.EvaluateCluster(Founder(), AsOf)).Should().Equal($"{FindingCodes.ClusterFounder} conventionDate=2009-12-07");
        Explained(Rules.EvaluateCluster(Founder() with { ConventionSignedOn = null }, AsOf))
            .Should().Equal($"{FindingCodes.ClusterFounder} conventionDate=2009-12-07");
        Explained(Rules.EvaluateCluster(Founder() with { ConventionSignedOn = D(2011, 3, 1) }, D(2010, 6, 1)))
            .Should().Equal($"{FindingCodes.ClusterFounder} conventionDate=2009-12-07", $"{FindingCodes.ClusterFounderConventionDate} recorded=2011-03-01 conventionDate=2009-12-07");
    }

    [Fact]
    public void Cl2_KindNotAdmitted_GivesTheKind()
    {
        Explained(Rules.EvaluateCluster(Applicant() with { Kind = OrganisationKind.Other }, AsOf))
            .Should().Equal($"{FindingCodes.ClusterKindNotAdmitted} kind=Other");
    }

    [Fact]
    public void Cl3_ProviderShare_GivesTheIntervalAndTheMinimum()
    {
        Company Member(string? naf) => Fixtures.Company() with { NafRev2 = naf, Naf2025 = null };

        ClusterAdmissionDecision unknown = Rules.EvaluateCluster(Applicant() with { Members = Distinct(Member("62.01Z"), Member("70.22Z"), Member(null), Member(null), Member(null), Member("70.22Z"), Member("70.22Z"), Member("70.22Z")) }, AsOf);
        Explained(unknown).Should().Equal($"{FindingCodes.ClusterProviderShareUnknown} low=12.5 % high=50.0 % unknown=3 minimum=50.0 %");

        ClusterAdmissionDecision tooLow = Rules.EvaluateCluster(Applicant() with { Members = Distinct(Member("62.01Z"), Member("70.22Z"), Member("70.22Z"), Member("70.22Z")) }, AsOf);
        Explained(tooLow).Should().Equal($"{FindingCodes.ClusterProviderShareTooLow} providers=1 members=4 share=25.0 % minimum=50.0 %");
    }

    [Fact]
    public void Scoring_Corrections_GiveTheCriterionAndTheCharter()
    {
        Answer[] answers = V1.Charter.Criteria.Select(c => new Answer { CriterionId = c.Id, Status = AnswerStatus.Met, Evidence = "doc" }).ToArray();
        answers = answers
            .Select(a => a.CriterionId switch
            {
                "NEEDS-1" => a with { Status = AnswerStatus.NotApplicable, Justification = "n/a" },
                "NEEDS-3" => a with { Status = AnswerStatus.NotApplicable, Justification = " " },
                "OFFER-1" => a with { Evidence = null },
                _ => a,
            })
            .Append(new Answer { CriterionId = "OFFER-2", Status = AnswerStatus.Met, Evidence = "doc" })
            .Append(new Answer { CriterionId = "NOPE-1", Status = AnswerStatus.Met })
            .ToArray();
        var assessment = new Assessment { CompanySiren = "732829320", CharterVersion = "9", Date = D(2026, 3, 1), Kind = AssessmentKind.PeerReview, Answers = answers };

        AssessmentResult result = Rules.Score(assessment);

        Explained(result).Should().Equal(
            $"{FindingCodes.AssessmentCharterMismatch} assessed=9 charter=1",
            $"{FindingCodes.AnswerUnknownCriterion} criterion=NOPE-1 charter=1",
            $"{FindingCodes.AnswerNotApplicableNotAllowed} criterion=NEEDS-1",
            $"{FindingCodes.AnswerNotApplicableWithoutJustification} criterion=NEEDS-3",
            $"{FindingCodes.AnswerMetWithoutEvidence} criterion=OFFER-1",
            $"{FindingCodes.AnswerDuplicate} criterion=OFFER-2",
            $"{FindingCodes.MustNotMet} criterion=NEEDS-1",
            $"{FindingCodes.MustNotMet} criterion=OFFER-1",
            $"{FindingCodes.MustNotMet} criterion=OFFER-2");
    }

    [Fact]
    public void Scoring_BelowExemplary_GivesTheScoreAndTheThreshold_AndNeedsNoOtherKind()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 10));
        var assessment = new Assessment
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = AssessmentKind.PeerReview,
            Answers = ruleSet.Charter.Criteria.Select((c, i) => new Answer { CriterionId = c.Id, Status = i < 8 ? AnswerStatus.Met : AnswerStatus.Unmet }).ToArray(),
        };

        AssessmentResult result = new ConsortiumRules(ruleSet, Clock).Score(assessment);

        result.Level.Should().Be(CharterLevel.Confirmed);
        Explained(result).Should().Equal($"{FindingCodes.ScoreBelowExemplary} score=80.0 minimum=90.0");
        result.NextLevel!.AssessmentKindRequired.Should().BeFalse();
        result.NextLevel.WeightNeeded.Should().Be(1);
    }

    [Fact]
    public void Scoring_NothingApplicable_NextLevelNeedsNoOtherKind()
    {
        RuleSet ruleSet = TestCharters.Uniform(("A", 3));
        var assessment = new Assessment
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = AssessmentKind.SelfAssessment,
            Answers = ruleSet.Charter.Criteria.Select(c => new Answer { CriterionId = c.Id, Status = AnswerStatus.NotApplicable, Justification = "n/a" }).ToArray(),
        };

        AssessmentResult result = new ConsortiumRules(ruleSet, Clock).Score(assessment);

        result.NextLevel!.TargetLevel.Should().Be(CharterLevel.Confirmed);
        result.NextLevel.AssessmentKindRequired.Should().BeFalse();
    }

    [Fact]
    public void Scoring_AnUndefinedAnswerStatus_IsRejectedWithTheCriterion()
    {
        var assessment = new Assessment
        {
            CompanySiren = "732829320",
            Date = D(2026, 3, 1),
            Kind = AssessmentKind.SelfAssessment,
            Answers = new[] { new Answer { CriterionId = "NEEDS-1", Status = (AnswerStatus)42 } },
        };

        FluentActions.Invoking(() => Rules.Score(assessment))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NEEDS-1*undefined status*");
    }

    private static readonly Signature Granted = new() { CompanySiren = "732829320", CharterVersion = "1", GrantedOn = D(2024, 1, 15), Reviews = [] };

    [Fact]
    public void Lifecycle_NotGranted_GivesTheGrantDate()
    {
        Explained(Rules.EvaluateSignature(Granted, Fixtures.Company(), D(2024, 1, 14)))
            .Should().Equal($"{FindingCodes.SignatureNotGranted} grantedOn=2024-01-15");
    }

    [Fact]
    public void Lifecycle_RenewalNotCounted_GivesItsDateAndTheWindow()
    {
        Signature renewedTooLate = Granted with
        {
            Reviews = new[] { D(2025, 1, 10), D(2026, 1, 10) },
            Renewals = new[] { new RenewalAssessment { AssessedOn = D(2027, 1, 15), Level = CharterLevel.Confirmed } },
        };

        Explained(Rules.EvaluateSignature(renewedTooLate, Fixtures.Company(), D(2027, 1, 15))).Should().Equal(
            $"{FindingCodes.RenewalNotCounted} assessedOn=2027-01-15 opens=2026-07-15 closes=2027-01-14",
            $"{FindingCodes.SignatureExpired} expiredOn=2027-01-15");
    }

    [Fact]
    public void Lifecycle_MembershipEnded_GivesTheAsOfDate()
    {
        Company left = Fixtures.Company() with { Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1), D(2024, 6, 30)) } };

        Explained(Rules.EvaluateSignature(Granted, left, D(2024, 7, 1)))
            .Should().Equal($"{FindingCodes.MembershipEnded} asOf=2024-07-01");
    }

    [Fact]
    public void Lifecycle_EarlyReview_GivesItsDateAndWhenTheWindowOpens()
    {
        Explained(Rules.EvaluateSignature(Granted with { Reviews = new[] { D(2024, 11, 14) } }, Fixtures.Company(), D(2025, 3, 1))).Should().Equal(
            $"{FindingCodes.ReviewTooEarly} reviewedOn=2024-11-14 opens=2024-11-15",
            $"{FindingCodes.ReviewMissed} anniversary=2025-01-15 closes=2025-02-15");
    }

    [Fact]
    public void Lifecycle_MinorNonConformity_GivesItsIdAndDeadline()
    {
        Signature withMinor = Granted with
        {
            NonConformities = new[] { new NonConformity { Id = "NC-7", Severity = NonConformitySeverity.Minor, RaisedOn = D(2024, 3, 1) } },
        };

        Explained(Rules.EvaluateSignature(withMinor, Fixtures.Company(), D(2024, 4, 1)))
            .Should().Equal($"{FindingCodes.MinorOpen} id=NC-7 deadline=2024-09-01");
    }

    [Fact]
    public void Lifecycle_AReviewGivenInAnOpenWindow_IsNoLongerDue_TheNextWindowIs()
    {
        SignatureDecision decision = Rules.EvaluateSignature(Granted with { Reviews = new[] { D(2025, 1, 10) } }, Fixtures.Company(), D(2025, 1, 20));

        decision.Status.Should().Be(SignatureStatus.Active);
        decision.NextDueDate.Should().Be(D(2026, 2, 15));
        decision.NextDueKind.Should().Be(DueKind.Review);
    }
}

public sealed class SizeRuleInDecisionsTests
{
    [Fact]
    public void Co5_YearsGivenOutOfOrder_IncludeTheYearOfTheAsOfDate()
    {
        // Sorted: 2024 Micro, 2025 Medium, 2026 Medium: two years above Micro, so Medium.
        Company company = Company() with
        {
            ClosedYears = new[] { new ClosedYearFigures(2026, 60m, 20e6m, 20e6m), new ClosedYearFigures(2025, 60m, 20e6m, 20e6m), new ClosedYearFigures(2024, 5m, 1e6m, 1e6m) },
        };

        Rules.EvaluateCompany(company, new[] { Founder() }, AsOf).SizeCategory.Should().Be(CompanySizeCategory.Medium);
        Rules.EvaluateCompany(company, new[] { Founder() }, D(2025, 12, 31)).SizeCategory.Should().Be(CompanySizeCategory.Micro, "2026 is not closed by then");
    }
}

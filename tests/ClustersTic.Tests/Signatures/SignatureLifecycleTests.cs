using System;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Signatures;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Signatures;

public sealed class SignatureLifecycleTests
{
    // Granted 2024-01-15: anniversaries 2025-01-15 and 2026-01-15 (windows from 2 months before to 1 month
    // after), expiry 2027-01-15 (last valid day 2027-01-14, no review at the third anniversary).
    private static readonly Signature Granted = new() { CompanySiren = "732829320", CharterVersion = "1", GrantedOn = D(2024, 1, 15), Reviews = [] };

    private static SignatureDecision At(Signature signature, LocalDate asOf, Company? company = null) =>
        Rules.EvaluateSignature(signature, company ?? Company(), asOf);

    private static Signature Reviewed(params LocalDate[] reviews) => Granted with { Reviews = reviews };

    [Fact]
    public void BeforeTheGrant_IsNotGranted()
    {
        SignatureDecision decision = At(Granted, D(2024, 1, 14));
        decision.Status.Should().Be(SignatureStatus.NotGranted);
        decision.NextDueDate.Should().BeNull();
        Codes(decision).Should().Equal(FindingCodes.SignatureNotGranted);
    }

    [Fact]
    public void AfterTheGrant_IsActive_WithTheNextReviewDue()
    {
        SignatureDecision decision = At(Granted, D(2024, 1, 15));
        decision.Status.Should().Be(SignatureStatus.Active);
        decision.PeriodStart.Should().Be(D(2024, 1, 15));
        decision.ExpiresOn.Should().Be(D(2027, 1, 15));
        decision.NextDueDate.Should().Be(D(2025, 2, 15));
        decision.NextDueKind.Should().Be(DueKind.Review);
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void ReviewWindow_OpensTwoMonthsBeforeTheAnniversary()
    {
        At(Granted, D(2024, 11, 14)).Status.Should().Be(SignatureStatus.Active);
        SignatureDecision opening = At(Granted, D(2024, 11, 15));
        opening.Status.Should().Be(SignatureStatus.ReviewDue);
        Codes(opening).Should().Equal(FindingCodes.ReviewDue);
        opening.Findings[0].GetArgument("closes").Should().Be("2025-02-15");
    }

    [Fact]
    public void ReviewWindow_LastDayOfGraceIsDue_TheDayAfterIsSuspended()
    {
        At(Granted, D(2025, 2, 15)).Status.Should().Be(SignatureStatus.ReviewDue);
        SignatureDecision missed = At(Granted, D(2025, 2, 16));
        missed.Status.Should().Be(SignatureStatus.Suspended);
        Codes(missed).Should().Equal(FindingCodes.ReviewMissed);
    }

    [Fact]
    public void ReviewInTheWindow_KeepsItActive_OnEitherEdge()
    {
        At(Reviewed(D(2024, 11, 15)), D(2025, 3, 1)).Status.Should().Be(SignatureStatus.Active);
        At(Reviewed(D(2025, 2, 15)), D(2025, 3, 1)).Status.Should().Be(SignatureStatus.Active);
        At(Reviewed(D(2024, 12, 1)), D(2024, 12, 1)).Status.Should().Be(SignatureStatus.Active);
    }

    [Fact]
    public void ReviewBeforeTheWindow_DoesNotCount()
    {
        SignatureDecision decision = At(Reviewed(D(2024, 11, 14)), D(2025, 3, 1));
        decision.Status.Should().Be(SignatureStatus.Suspended);
        Codes(decision).Should().Equal(FindingCodes.ReviewTooEarly, FindingCodes.ReviewMissed);
    }

    [Fact]
    public void LateReview_EndsTheSuspensionFromItsDate()
    {
        Signature late = Reviewed(D(2025, 4, 1));
        At(late, D(2025, 3, 31)).Status.Should().Be(SignatureStatus.Suspended);
        At(late, D(2025, 4, 1)).Status.Should().Be(SignatureStatus.Active);
    }

    [Fact]
    public void Expiry_LastValidDayThenExpired_AndNoReviewAtTheThirdAnniversary()
    {
        Signature reviewed = Reviewed(D(2025, 1, 10), D(2026, 1, 10));
        SignatureDecision lastDay = At(reviewed, D(2027, 1, 14));
        lastDay.Status.Should().Be(SignatureStatus.Active, "no review is due at the anniversary that coincides with expiry");
        lastDay.NextDueDate.Should().Be(D(2027, 1, 14));
        lastDay.NextDueKind.Should().Be(DueKind.Expiry);
        SignatureDecision expired = At(reviewed, D(2027, 1, 15));
        expired.Status.Should().Be(SignatureStatus.Expired);
        expired.NextDueDate.Should().BeNull();
        Codes(expired).Should().Equal(FindingCodes.SignatureExpired);
    }

    [Fact]
    public void Renewal_DatedInTheLastSixMonths_StartsANewPeriodAtTheOldExpiryWithNoGap()
    {
        Signature renewed = Reviewed(D(2025, 1, 10), D(2026, 1, 10)) with
        {
            Renewals = new[] { new RenewalAssessment { AssessedOn = D(2027, 1, 14), Level = CharterLevel.Signatory } },
        };
        SignatureDecision decision = At(renewed, D(2027, 1, 15));
        decision.Status.Should().Be(SignatureStatus.Active);
        decision.PeriodStart.Should().Be(D(2027, 1, 15));
        decision.ExpiresOn.Should().Be(D(2030, 1, 15));
        Codes(decision).Should().Equal(FindingCodes.SignatureRenewed);
    }

    [Fact]
    public void Renewal_OnTheExpiryDay_IsTooLate()
    {
        Signature renewed = Reviewed(D(2025, 1, 10), D(2026, 1, 10)) with
        {
            Renewals = new[] { new RenewalAssessment { AssessedOn = D(2027, 1, 15), Level = CharterLevel.Confirmed } },
        };
        SignatureDecision decision = At(renewed, D(2027, 1, 15));
        decision.Status.Should().Be(SignatureStatus.Expired);
        Codes(decision).Should().Equal(FindingCodes.RenewalNotCounted, FindingCodes.SignatureExpired);
    }

    [Fact]
    public void Renewal_WindowOpensSixMonthsBeforeExpiry_AndNeedsSignatory()
    {
        Signature Renewal(LocalDate on, CharterLevel level) => Reviewed(D(2025, 1, 10), D(2026, 1, 10)) with
        {
            Renewals = new[] { new RenewalAssessment { AssessedOn = on, Level = level } },
        };
        At(Renewal(D(2026, 7, 15), CharterLevel.Signatory), D(2027, 2, 1)).Status.Should().Be(SignatureStatus.Active);
        At(Renewal(D(2026, 7, 14), CharterLevel.Signatory), D(2027, 2, 1)).Status.Should().Be(SignatureStatus.Expired);
        At(Renewal(D(2026, 12, 1), CharterLevel.NonConforming), D(2027, 2, 1)).Status.Should().Be(SignatureStatus.Expired);
    }

    [Fact]
    public void GrantOn29February_HasItsAnniversariesOn28February()
    {
        Signature leap = Granted with { GrantedOn = D(2024, 2, 29) };
        SignatureDecision decision = At(leap, D(2024, 12, 28));
        decision.Status.Should().Be(SignatureStatus.ReviewDue, "the window of the 2025-02-28 anniversary opens on 2024-12-28");
        decision.Findings.Single().GetArgument("anniversary").Should().Be("2025-02-28");
        decision.Findings.Single().GetArgument("closes").Should().Be("2025-03-28");
        At(leap, D(2024, 12, 27)).Status.Should().Be(SignatureStatus.Active);
        decision.ExpiresOn.Should().Be(D(2027, 2, 28));
    }

    [Fact]
    public void MinorNonConformity_BecomesMajorTheDayAfterItsDeadline_ThenSuspendsAfterTheMajorDeadline()
    {
        Signature signature = Reviewed(D(2025, 1, 10), D(2026, 1, 10)) with
        {
            NonConformities = new[] { new NonConformity { Id = "NC-1", Severity = NonConformitySeverity.Minor, RaisedOn = D(2025, 3, 1) } },
        };
        SignatureDecision lastMinorDay = At(signature, D(2025, 9, 1));
        lastMinorDay.Status.Should().Be(SignatureStatus.Active);
        lastMinorDay.LevelCap.Should().BeNull();
        Codes(lastMinorDay).Should().Equal(FindingCodes.MinorOpen);
        lastMinorDay.NextDueDate.Should().Be(D(2025, 9, 1));
        lastMinorDay.NextDueKind.Should().Be(DueKind.NonConformity);

        SignatureDecision major = At(signature, D(2025, 9, 2));
        major.Status.Should().Be(SignatureStatus.Active);
        major.LevelCap.Should().Be(CharterLevel.Signatory);
        Codes(major).Should().Equal(FindingCodes.MinorBecameMajor, FindingCodes.MajorOpen);
        major.Findings[1].GetArgument("deadline").Should().Be("2025-12-01");

        At(signature, D(2025, 12, 1)).Status.Should().Be(SignatureStatus.ReviewDue, "the major deadline is included; the 2026 review window is open");
        SignatureDecision overdue = At(signature, D(2025, 12, 2));
        overdue.Status.Should().Be(SignatureStatus.Suspended);
        Codes(overdue).Should().Contain(FindingCodes.MajorOverdue);
    }

    [Fact]
    public void MajorNonConformity_LiftedLate_EndsTheSuspensionOnTheLiftingDate()
    {
        Signature signature = Reviewed(D(2025, 1, 10), D(2026, 1, 10)) with
        {
            NonConformities = new[] { new NonConformity { Id = "NC-2", Severity = NonConformitySeverity.Major, RaisedOn = D(2025, 3, 1), LiftedOn = D(2025, 6, 10) } },
        };
        At(signature, D(2025, 5, 1)).LevelCap.Should().Be(CharterLevel.Signatory);
        At(signature, D(2025, 6, 1)).Status.Should().Be(SignatureStatus.Active, "the deadline 2025-06-01 is included");
        At(signature, D(2025, 6, 2)).Status.Should().Be(SignatureStatus.Suspended);
        SignatureDecision lifted = At(signature, D(2025, 6, 10));
        lifted.Status.Should().Be(SignatureStatus.Active);
        lifted.LevelCap.Should().BeNull();
    }

    [Fact]
    public void MinorLiftedInTime_LeavesNoTrace()
    {
        Signature signature = Granted with
        {
            NonConformities = new[] { new NonConformity { Id = "NC-3", Severity = NonConformitySeverity.Minor, RaisedOn = D(2024, 3, 1), LiftedOn = D(2024, 9, 1) } },
        };
        SignatureDecision decision = At(signature, D(2024, 10, 1));
        decision.Status.Should().Be(SignatureStatus.Active);
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void MembershipEnded_Suspends()
    {
        Company left = Company() with { Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1), D(2024, 5, 31)) } };
        At(Granted, D(2024, 5, 31), left).Status.Should().Be(SignatureStatus.Active);
        SignatureDecision decision = At(Granted, D(2024, 6, 1), left);
        decision.Status.Should().Be(SignatureStatus.Suspended);
        Codes(decision).Should().Equal(FindingCodes.MembershipEnded);
    }

    [Fact]
    public void Withdrawn_TakesPrecedence_OnlyWhenBeforeExpiry()
    {
        Signature withdrawn = Reviewed(D(2025, 1, 10)) with { Withdrawal = new Withdrawal { On = D(2025, 5, 1), Reason = "Demande de l'entreprise" } };
        At(withdrawn, D(2025, 4, 30)).Status.Should().Be(SignatureStatus.Active);
        SignatureDecision decision = At(withdrawn, D(2025, 5, 1));
        decision.Status.Should().Be(SignatureStatus.Withdrawn);
        decision.Findings.Single().GetArgument("reason").Should().Be("Demande de l'entreprise");
        At(withdrawn, D(2030, 1, 1)).Status.Should().Be(SignatureStatus.Withdrawn, "withdrawn before expiry stays withdrawn");

        Signature afterExpiry = Granted with { Withdrawal = new Withdrawal { On = D(2027, 3, 1), Reason = "Archivage" } };
        At(afterExpiry, D(2027, 4, 1)).Status.Should().Be(SignatureStatus.Expired);
    }

    [Fact]
    public void Suspension_TakesPrecedenceOverReviewDue()
    {
        Company left = Company() with { Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1), D(2024, 5, 31)) } };
        At(Granted, D(2024, 12, 1), left).Status.Should().Be(SignatureStatus.Suspended);
    }

    [Fact]
    public void EvaluateSignature_RejectsAnotherCompany_AndUsesTodayWhenNoDate()
    {
        FluentActions.Invoking(() => Rules.EvaluateSignature(Granted, Company("552100554"))).Should().Throw<ArgumentException>().WithMessage("*732829320*552100554*");
        Rules.EvaluateSignature(Granted, Company()).AsOf.Should().Be(D(2026, 11, 28));
    }
}

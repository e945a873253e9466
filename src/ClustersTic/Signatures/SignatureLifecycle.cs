using System.Collections.Generic;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>The signature lifecycle (rulebook §7, readings 24–29, 34, 35, 40, 41).</summary>
internal static class SignatureLifecycle
{
    /// <param name="signature">The signature.</param>
    /// <param name="company">The signatory company, or null when it is not known (its memberships are then
    /// unknown for LC-4).</param>
    /// <param name="policy">The lifecycle durations.</param>
    /// <param name="ruleSet">The rule set the decision cites.</param>
    /// <param name="asOf">The date.</param>
    public static SignatureDecision Evaluate(Signature signature, Company? company, LifecyclePolicy policy, RuleSetReference ruleSet, LocalDate asOf)
    {
        var verdict = default(Verdict);
        LocalDate granted = signature.GrantedOn;

        // Reading 34: events dated before the grant date do not apply to this signature; each is ignored with a
        // warning, never silently.
        List<LocalDate>? reviews = null;
        if (signature.Reviews is { } givenReviews)
        {
            reviews = new List<LocalDate>(givenReviews.Count);
            foreach (LocalDate review in givenReviews.OrderBy(d => d))
            {
                if (review < granted)
                {
                    verdict.Report(FindingCatalog.ReviewBeforeGrant, ("reviewedOn", review), ("grantedOn", granted));
                }
                else
                {
                    reviews.Add(review);
                }
            }
        }

        var nonConformities = new List<NonConformity>(signature.NonConformities.Count);
        foreach (NonConformity nc in signature.NonConformities.OrderBy(n => n.RaisedOn))
        {
            if (nc.RaisedOn < granted)
            {
                verdict.Report(FindingCatalog.NonConformityBeforeGrant, ("id", nc.Id), ("raisedOn", nc.RaisedOn), ("grantedOn", granted));
            }
            else
            {
                nonConformities.Add(nc);
            }
        }

        Withdrawal? withdrawal = signature.Withdrawal;
        if (withdrawal is not null && withdrawal.On < granted)
        {
            verdict.Report(FindingCatalog.WithdrawalBeforeGrant, ("withdrawnOn", withdrawal.On), ("grantedOn", granted));
            withdrawal = null;
        }

        if (asOf < granted)
        {
            verdict.Report(FindingCatalog.SignatureNotGranted, "grantedOn", granted);
            return new SignatureDecision(signature, asOf, ruleSet, SignatureStatus.NotGranted, null, null, null, null, null, null, verdict.Findings);
        }

        // Validity periods: the grant, then each renewal starting at the old expiry date, with no gap. A null
        // expiry is past 9999-12-31: it cannot be computed (reading 35), and the chain ends there.
        var periods = new List<(LocalDate Start, LocalDate? Expiry)>();
        LocalDate start = granted;
        LocalDate? expiry = CalendarMath.Plus(start, policy.Validity);
        var used = new List<RenewalAssessment>();
        RenewalAssessment[] renewals = signature.Renewals.Where(r => r.AssessedOn <= asOf).OrderBy(r => r.AssessedOn).ToArray();
        while (true)
        {
            periods.Add((start, expiry));
            if (expiry is null)
            {
                verdict.Report(FindingCatalog.ExpiryBeyondCalendar, "from", start);
                break;
            }

            LocalDate periodExpiry = expiry.Value;
            LocalDate opens = CalendarMath.MinusOrFirst(periodExpiry, policy.RenewalWindow);
            RenewalAssessment? renewal = renewals.FirstOrDefault(r =>
                !used.Contains(r) && r.Level >= CharterLevel.Signatory && r.AssessedOn >= opens && r.AssessedOn < periodExpiry);
            if (renewal is null)
            {
                break;
            }

            used.Add(renewal);
            start = periodExpiry;
            expiry = CalendarMath.Plus(start, policy.Validity);
            verdict.Report(
                FindingCatalog.SignatureRenewed,
                ("assessedOn", renewal.AssessedOn),
                ("from", start),
                ("until", expiry is LocalDate until ? until.PlusDays(-1) : "—"));
        }

        if (expiry is LocalDate lastExpiry)
        {
            foreach (RenewalAssessment renewal in renewals.Where(r => !used.Contains(r)))
            {
                verdict.Report(
                    FindingCatalog.RenewalNotCounted,
                    ("assessedOn", renewal.AssessedOn),
                    ("opens", CalendarMath.MinusOrFirst(lastExpiry, policy.RenewalWindow)),
                    ("closes", lastExpiry.PlusDays(-1)));
            }
        }

        // Reading 41: until the old expiry date the period in force is the old one; the decision also says that
        // the signature is renewed, and until when.
        int inForce = periods.Count - 1;
        while (periods[inForce].Start > asOf)
        {
            inForce--;
        }

        (LocalDate periodStart, LocalDate? periodExpiresOn) = periods[inForce];
        LocalDate? renewalExpiresOn = inForce < periods.Count - 1 ? expiry : null;

        // Precedence (reading 29): Withdrawn, Expired, Suspended, Undetermined, Review due, Active.
        if (withdrawal is not null && withdrawal.On <= asOf && !(expiry <= withdrawal.On))
        {
            verdict.Report(FindingCatalog.SignatureWithdrawn, ("withdrawnOn", withdrawal.On), ("reason", TextHelpers.Shorten(withdrawal.Reason)));
            return Decide(SignatureStatus.Withdrawn, null, null);
        }

        if (expiry is LocalDate expired && asOf >= expired)
        {
            verdict.Report(FindingCatalog.SignatureExpired, "expiredOn", expired);
            return Decide(SignatureStatus.Expired, null, null);
        }

        var state = new State();
        if (expiry is LocalDate last)
        {
            state.Due.Offer(last.PlusDays(-1), DueKind.Expiry);
        }

        // A renewing assessment is also that year's self-assessment: it counts as a review on its date (reading 40).
        var reviewDates = new List<LocalDate>(reviews ?? Enumerable.Empty<LocalDate>());
        reviewDates.AddRange(used.Select(r => r.AssessedOn));
        CheckReviews(reviewDates, reviews is not null, policy, periods, asOf, ref verdict, ref state);
        CheckNonConformities(nonConformities, policy, asOf, ref verdict, ref state);

        // Reading 28: suspended when no cluster membership of the company covers the as-of date; memberships not
        // given leave it undetermined (reading 31).
        if (company?.Memberships is not { } memberships)
        {
            state.Undetermined = true;
            verdict.Report(FindingCatalog.MembershipsUnknown);
        }
        else if (!memberships.Any(m => m.Period.Covers(asOf)))
        {
            state.Suspended = true;
            verdict.Report(FindingCatalog.MembershipEnded, "asOf", asOf);
        }

        SignatureStatus status = state.Suspended ? SignatureStatus.Suspended
            : state.Undetermined ? SignatureStatus.Undetermined
            : state.ReviewDue ? SignatureStatus.ReviewDue
            : SignatureStatus.Active;
        return Decide(status, state.Due, state.Cap);

        SignatureDecision Decide(SignatureStatus s, Due? next, CharterLevel? levelCap) => new(
            signature, asOf, ruleSet, s, periodStart, periodExpiresOn, renewalExpiresOn, next?.Date, next?.Kind, levelCap, verdict.Findings);
    }

    // Annual reviews (readings 24, 27): one per anniversary, except the one that coincides with expiry. Reviews
    // not given leave each window that has opened unknown, never missed (reading 31).
    private static void CheckReviews(
        List<LocalDate> reviews,
        bool reviewsGiven,
        LifecyclePolicy policy,
        List<(LocalDate Start, LocalDate? Expiry)> periods,
        LocalDate asOf,
        ref Verdict verdict,
        ref State state)
    {
        foreach ((LocalDate periodStart, LocalDate? periodExpiry) in periods)
        {
            LocalDate previousClose = periodStart.PlusDays(-1);
            for (int k = 1; ; k++)
            {
                LocalDate? nextAnniversary = CalendarMath.PlusYears(periodStart, k);
                if (nextAnniversary is null || nextAnniversary.Value >= periodExpiry)
                {
                    break;
                }

                LocalDate anniversary = nextAnniversary.Value;
                LocalDate opens = CalendarMath.MinusOrFirst(anniversary, policy.ReviewWindowBefore);
                LocalDate? closes = CalendarMath.Plus(anniversary, policy.ReviewWindowAfter); // null: past 9999-12-31
                if (opens > asOf)
                {
                    if (closes is LocalDate nextClose)
                    {
                        state.Due.Offer(nextClose, DueKind.Review);
                    }

                    return;
                }

                bool given = reviews.Any(d => d >= opens && !(d > closes) && d <= asOf);
                if (!given && !reviewsGiven)
                {
                    state.Undetermined = true;
                    verdict.Report(FindingCatalog.ReviewsUnknown, "anniversary", anniversary);
                }
                else if (!given)
                {
                    foreach (LocalDate early in reviews.Where(d => d > previousClose && d < opens && d <= asOf).OrderBy(d => d))
                    {
                        verdict.Report(FindingCatalog.ReviewTooEarly, ("reviewedOn", early), ("opens", opens));
                    }

                    if (closes is null || asOf <= closes.Value)
                    {
                        state.ReviewDue = true;
                        if (closes is LocalDate due)
                        {
                            state.Due.Offer(due, DueKind.Review);
                        }

                        verdict.Report(FindingCatalog.ReviewDue, ("anniversary", anniversary), ("closes", closes is LocalDate c ? c : "—"));
                    }
                    else if (!reviews.Any(d => d > closes.Value && d <= asOf))
                    {
                        // A review dated after its window ends the suspension from its date (reading 27).
                        state.Suspended = true;
                        verdict.Report(FindingCatalog.ReviewMissed, ("anniversary", anniversary), ("closes", closes.Value));
                    }
                }

                // A review given in its window is done: what is due next is the next window (or another date).
                if (closes is null)
                {
                    return;
                }

                previousClose = closes.Value;
            }
        }
    }

    // Non-conformities (reading 26): a minor one becomes major the day after raised + P6M; deadlines include
    // their last day; a major one lifted late ends the suspension on the lifting date. A deadline past
    // 9999-12-31 cannot be computed: the non-conformity stays open, with its own finding (reading 35).
    private static void CheckNonConformities(
        List<NonConformity> nonConformities,
        LifecyclePolicy policy,
        LocalDate asOf,
        ref Verdict verdict,
        ref State state)
    {
        foreach (NonConformity nc in nonConformities)
        {
            if (nc.RaisedOn > asOf)
            {
                continue;
            }

            bool liftedByAsOf = nc.LiftedOn.HasValue && nc.LiftedOn.Value <= asOf;
            LocalDate? majorDeadline;
            if (nc.Severity == NonConformitySeverity.Minor)
            {
                LocalDate? minorDeadlineOrNull = CalendarMath.Plus(nc.RaisedOn, policy.MinorNonConformityDeadline);
                if (minorDeadlineOrNull is null)
                {
                    if (!liftedByAsOf)
                    {
                        verdict.Report(FindingCatalog.DeadlineBeyondCalendar, ("id", nc.Id), ("raisedOn", nc.RaisedOn));
                    }

                    continue;
                }

                LocalDate minorDeadline = minorDeadlineOrNull.Value;
                if (liftedByAsOf && nc.LiftedOn!.Value <= minorDeadline)
                {
                    continue;
                }

                if (asOf <= minorDeadline)
                {
                    state.Due.Offer(minorDeadline, DueKind.NonConformity);
                    verdict.Report(FindingCatalog.MinorOpen, ("id", nc.Id), ("deadline", minorDeadline));
                    continue;
                }

                verdict.Report(
                    FindingCatalog.MinorBecameMajor,
                    ("id", nc.Id),
                    ("deadline", minorDeadline),
                    ("becameMajorOn", minorDeadline.PlusDays(1)));
                majorDeadline = CalendarMath.Plus(minorDeadline, policy.MajorNonConformityDeadline);
            }
            else
            {
                majorDeadline = CalendarMath.Plus(nc.RaisedOn, policy.MajorNonConformityDeadline);
            }

            if (liftedByAsOf)
            {
                continue;
            }

            state.Cap = CharterLevel.Signatory;
            if (majorDeadline is null)
            {
                verdict.Report(FindingCatalog.DeadlineBeyondCalendar, ("id", nc.Id), ("raisedOn", nc.RaisedOn));
            }
            else if (asOf <= majorDeadline.Value)
            {
                state.Due.Offer(majorDeadline.Value, DueKind.NonConformity);
                verdict.Report(FindingCatalog.MajorOpen, ("id", nc.Id), ("deadline", majorDeadline.Value));
            }
            else
            {
                state.Suspended = true;
                verdict.Report(FindingCatalog.MajorOverdue, ("id", nc.Id), ("deadline", majorDeadline.Value));
            }
        }
    }

    /// <summary>What the rules found, on the way to the status.</summary>
    private struct State
    {
        public bool Suspended;
        public bool Undetermined;
        public bool ReviewDue;
        public CharterLevel? Cap;
        public Due Due;
    }

    /// <summary>The earliest due date offered.</summary>
    private struct Due
    {
        public LocalDate? Date { get; private set; }

        public DueKind? Kind { get; private set; }

        public void Offer(LocalDate date, DueKind kind)
        {
            if (Date is null || date < Date.Value)
            {
                Date = date;
                Kind = kind;
            }
        }
    }
}

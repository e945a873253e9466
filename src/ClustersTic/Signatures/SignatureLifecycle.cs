using System.Collections.Generic;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Internal;
using ClustersTic.RuleSets;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>The signature lifecycle (rulebook §7, readings 24–29).</summary>
internal static class SignatureLifecycle
{
    public static SignatureDecision Evaluate(Signature signature, Company company, RuleSet ruleSet, LocalDate asOf)
    {
        LifecyclePolicy policy = ruleSet.Lifecycle;
        var findings = new List<Finding>();

        if (asOf < signature.GrantedOn)
        {
            findings.Add(Finding.Create(FindingCatalog.SignatureNotGranted, "grantedOn", signature.GrantedOn));
            return new SignatureDecision(signature, asOf, ruleSet, SignatureStatus.NotGranted, null, null, null, null, null, findings.AsReadOnly());
        }

        // Validity periods: the grant, then each renewal starting at the old expiry date, with no gap.
        var periods = new List<(LocalDate Start, LocalDate Expiry)>();
        LocalDate start = signature.GrantedOn;
        LocalDate expiry = start.Plus(policy.Validity);
        var used = new HashSet<RenewalAssessment>();
        RenewalAssessment[] renewals = signature.Renewals.Where(r => r.AssessedOn <= asOf).OrderBy(r => r.AssessedOn).ToArray();
        while (true)
        {
            periods.Add((start, expiry));
            LocalDate opens = expiry.Minus(policy.RenewalWindow);
            RenewalAssessment? renewal = renewals.FirstOrDefault(r =>
                !used.Contains(r) && r.Level >= CharterLevel.Signatory && r.AssessedOn >= opens && r.AssessedOn < expiry);
            if (renewal is null)
            {
                break;
            }

            used.Add(renewal);
            start = expiry;
            expiry = start.Plus(policy.Validity);
            findings.Add(Finding.Create(
                FindingCatalog.SignatureRenewed,
                ("assessedOn", renewal.AssessedOn),
                ("from", start),
                ("until", expiry.PlusDays(-1))));
        }

        foreach (RenewalAssessment renewal in renewals.Where(r => !used.Contains(r)))
        {
            findings.Add(Finding.Create(
                FindingCatalog.RenewalNotCounted,
                ("assessedOn", renewal.AssessedOn),
                ("opens", expiry.Minus(policy.RenewalWindow)),
                ("closes", expiry.PlusDays(-1))));
        }

        // Precedence (reading 29): Withdrawn, Expired, Suspended, Review due, Active.
        if (signature.Withdrawal is { } withdrawal && withdrawal.On <= asOf && withdrawal.On < expiry)
        {
            findings.Add(Finding.Create(FindingCatalog.SignatureWithdrawn, ("withdrawnOn", withdrawal.On), ("reason", TextHelpers.Shorten(withdrawal.Reason))));
            return Decide(SignatureStatus.Withdrawn, null, null);
        }

        if (asOf >= expiry)
        {
            findings.Add(Finding.Create(FindingCatalog.SignatureExpired, "expiredOn", expiry));
            return Decide(SignatureStatus.Expired, null, null);
        }

        bool suspended = false;
        bool reviewDue = false;
        CharterLevel? cap = null;
        var due = new Due();
        due.Offer(expiry.PlusDays(-1), DueKind.Expiry);

        // A renewing assessment is also that year's self-assessment: it counts as a review on its date.
        LocalDate[] reviews = signature.Reviews.Concat(used.Select(r => r.AssessedOn)).ToArray();
        CheckReviews(reviews, policy, periods, asOf, findings, ref suspended, ref reviewDue, ref due);
        CheckNonConformities(signature, policy, asOf, findings, ref suspended, ref cap, ref due);

        // Reading 28: suspended when no cluster membership of the company covers the as-of date.
        if (!company.Memberships.Any(m => m.Period.Covers(asOf)))
        {
            suspended = true;
            findings.Add(Finding.Create(FindingCatalog.MembershipEnded, "asOf", asOf));
        }

        SignatureStatus status = suspended ? SignatureStatus.Suspended : reviewDue ? SignatureStatus.ReviewDue : SignatureStatus.Active;
        return Decide(status, due, cap);

        SignatureDecision Decide(SignatureStatus s, Due? next, CharterLevel? levelCap) => new(
            signature, asOf, ruleSet, s, start, expiry, next?.Date, next?.Kind, levelCap, findings.AsReadOnly());
    }

    // Annual reviews (reading 24, 27): one per anniversary, except the one that coincides with expiry.
    private static void CheckReviews(
        LocalDate[] reviews,
        LifecyclePolicy policy,
        List<(LocalDate Start, LocalDate Expiry)> periods,
        LocalDate asOf,
        List<Finding> findings,
        ref bool suspended,
        ref bool reviewDue,
        ref Due due)
    {
        foreach ((LocalDate periodStart, LocalDate periodExpiry) in periods)
        {
            LocalDate previousClose = periodStart.PlusDays(-1);
            for (int k = 1; ; k++)
            {
                LocalDate anniversary = periodStart.PlusYears(k);
                if (anniversary >= periodExpiry)
                {
                    break;
                }

                LocalDate opens = anniversary.Minus(policy.ReviewWindowBefore);
                LocalDate closes = anniversary.Plus(policy.ReviewWindowAfter);
                if (opens > asOf)
                {
                    due.Offer(closes, DueKind.Review);
                    return;
                }

                bool given = reviews.Any(d => d >= opens && d <= closes && d <= asOf);
                if (!given)
                {
                    foreach (LocalDate early in reviews.Where(d => d > previousClose && d < opens && d <= asOf).OrderBy(d => d))
                    {
                        findings.Add(Finding.Create(FindingCatalog.ReviewTooEarly, ("reviewedOn", early), ("opens", opens)));
                    }

                    if (asOf <= closes)
                    {
                        reviewDue = true;
                        due.Offer(closes, DueKind.Review);
                        findings.Add(Finding.Create(FindingCatalog.ReviewDue, ("anniversary", anniversary), ("closes", closes)));
                    }
                    else if (!reviews.Any(d => d > closes && d <= asOf))
                    {
                        // A review dated after its window ends the suspension from its date (reading 27).
                        suspended = true;
                        findings.Add(Finding.Create(FindingCatalog.ReviewMissed, ("anniversary", anniversary), ("closes", closes)));
                    }
                }

                // A review given in its window is done: what is due next is the next window (or another date).
                previousClose = closes;
            }
        }
    }

    // Non-conformities (reading 26): a minor one becomes major the day after raised + P6M; deadlines include
    // their last day; a major one lifted late ends the suspension on the lifting date.
    private static void CheckNonConformities(
        Signature signature,
        LifecyclePolicy policy,
        LocalDate asOf,
        List<Finding> findings,
        ref bool suspended,
        ref CharterLevel? cap,
        ref Due due)
    {
        foreach (NonConformity nc in signature.NonConformities.Where(n => n.RaisedOn <= asOf).OrderBy(n => n.RaisedOn))
        {
            bool liftedByAsOf = nc.LiftedOn is LocalDate lifted && lifted <= asOf;
            LocalDate majorDeadline;
            if (nc.Severity == NonConformitySeverity.Minor)
            {
                LocalDate minorDeadline = nc.RaisedOn.Plus(policy.MinorNonConformityDeadline);
                if (nc.LiftedOn is LocalDate l && l <= minorDeadline && liftedByAsOf)
                {
                    continue;
                }

                if (asOf <= minorDeadline)
                {
                    due.Offer(minorDeadline, DueKind.NonConformity);
                    findings.Add(Finding.Create(FindingCatalog.MinorOpen, ("id", nc.Id), ("deadline", minorDeadline)));
                    continue;
                }

                findings.Add(Finding.Create(
                    FindingCatalog.MinorBecameMajor,
                    ("id", nc.Id),
                    ("deadline", minorDeadline),
                    ("becameMajorOn", minorDeadline.PlusDays(1))));
                majorDeadline = minorDeadline.Plus(policy.MajorNonConformityDeadline);
            }
            else
            {
                majorDeadline = nc.RaisedOn.Plus(policy.MajorNonConformityDeadline);
            }

            if (liftedByAsOf)
            {
                continue;
            }

            cap = CharterLevel.Signatory;
            if (asOf <= majorDeadline)
            {
                due.Offer(majorDeadline, DueKind.NonConformity);
                findings.Add(Finding.Create(FindingCatalog.MajorOpen, ("id", nc.Id), ("deadline", majorDeadline)));
            }
            else
            {
                suspended = true;
                findings.Add(Finding.Create(FindingCatalog.MajorOverdue, ("id", nc.Id), ("deadline", majorDeadline)));
            }
        }
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
